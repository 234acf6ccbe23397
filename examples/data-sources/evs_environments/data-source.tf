# The environments that are ready, and their names.
data "evs_environments" "ready" {
  states = ["CREATED"]
}

output "ready_environment_names" {
  value = { for e in data.evs_environments.ready.environments : e.environment_id => e.environment_name }
}
