# A fifth host for an environment created with four (see evs_environment).
resource "evs_environment_host" "esx05" {
  environment_id = "env-0123456789"
  host_name      = "esx-05"
  key_name       = "evs-hosts"
  instance_type  = "i4i.metal"
}
