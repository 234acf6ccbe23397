# The EVS Custom Addon depot for vSphere Lifecycle Manager. Reading it changes nothing;
# set rotate = true only for the one apply that should issue a new token.
data "evs_depot_url" "prod" {
  environment_id = "env-0123456789"
}

output "depot_url" {
  value     = data.evs_depot_url.prod.depot_url
  sensitive = true
}
