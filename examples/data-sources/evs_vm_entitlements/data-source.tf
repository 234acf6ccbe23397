# The VMs licensed through the environment's vCenter connector, and those EVS reports at risk.
data "evs_environment_connector" "vcenter" {
  environment_id = "env-0123456789"
  type           = "VCENTER"
}

data "evs_vm_entitlements" "windows" {
  environment_id = data.evs_environment_connector.vcenter.environment_id
  connector_id   = data.evs_environment_connector.vcenter.connector_id
}

output "entitled_vms" {
  value = data.evs_vm_entitlements.windows.entitled_vm_ids
}

output "at_risk" {
  value = { for vm in data.evs_vm_entitlements.windows.vms : vm.vm_id => vm.error_message if vm.status == "AT_RISK" }
}
