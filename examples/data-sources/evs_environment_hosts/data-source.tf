# The hosts of an environment, and the addresses of those that are running.
data "evs_environment_hosts" "prod" {
  environment_id = "env-0123456789"
}

output "host_ips" {
  value = { for h in data.evs_environment_hosts.prod.hosts : h.host_name => h.ip_address if h.state == "CREATED" }
}
