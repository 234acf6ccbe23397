# The environment's ACTIVE connectors, and which of them are not healthy.
data "evs_environment_connectors" "active" {
  environment_id = "env-0123456789"
  states         = ["ACTIVE"]
}

output "unhealthy_connectors" {
  value = [for c in data.evs_environment_connectors.active.connectors : c.connector_id if c.status != "PASSED"]
}
