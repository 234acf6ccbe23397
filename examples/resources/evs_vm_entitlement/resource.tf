resource "evs_environment_connector" "vcenter" {
  environment_id    = "env-0123456789"
  type              = "VCENTER"
  appliance_fqdn    = "vcenter.evs.example.internal"
  secret_identifier = "arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-AbCdEf"
}

# Windows Server licences for three VMs, seen through the environment's vCenter connector.
resource "evs_vm_entitlement" "windows" {
  environment_id = evs_environment_connector.vcenter.environment_id
  connector_id   = evs_environment_connector.vcenter.connector_id
  vm_ids         = ["vm-1001", "vm-1002", "vm-1003"]

  timeouts {
    create = "45m"
  }
}

output "entitlement_status" {
  value = { for vm in evs_vm_entitlement.windows.vms : vm.vm_id => vm.status }
}
