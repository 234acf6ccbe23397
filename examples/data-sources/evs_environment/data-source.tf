# One environment by id ...
data "evs_environment" "by_id" {
  environment_id = "env-0123456789"
}

# ... or by its name (an error when no environment or several have it).
data "evs_environment" "production" {
  environment_name = "production"
}

output "vcenter_host_name" {
  value = data.evs_environment.production.vcf_hostnames.vcenter
}

output "ready" {
  value = data.evs_environment.by_id.state == "CREATED"
}
