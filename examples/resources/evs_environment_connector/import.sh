# By environment id and connector id:
terraform import evs_environment_connector.vcenter env-0123456789/cnctr-0123456789
# By environment id and type (an environment has at most one connector of each type):
terraform import evs_environment_connector.sddc_manager env-0123456789/SDDC_MANAGER
