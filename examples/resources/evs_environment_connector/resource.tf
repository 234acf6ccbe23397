resource "evs_environment_connector" "vcenter" {
  environment_id    = "env-0123456789"
  type              = "VCENTER"
  appliance_fqdn    = "vcenter.evs.example.internal"
  secret_identifier = "arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-AbCdEf"

  # Also wait until the connector's health checks pass.
  wait_for_healthy = true

  timeouts {
    create = "45m"
  }
}
