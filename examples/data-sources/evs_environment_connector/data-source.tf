# One connector, by environment id and connector id ...
data "evs_environment_connector" "by_id" {
  environment_id = "env-0123456789"
  connector_id   = "cnctr-0123456789"
}

# ... or by environment id and type (an environment has at most one connector of each type).
data "evs_environment_connector" "sddc_manager" {
  environment_id = "env-0123456789"
  type           = "SDDC_MANAGER"
}

output "sddc_manager_status" {
  value = data.evs_environment_connector.sddc_manager.status
}
