# Every VM entitled through the connector, by environment id, connector id and entitlement type:
terraform import evs_vm_entitlement.windows env-0123456789/cnctr-0123456789/WINDOWS_SERVER
