# The VLAN subnets of an environment, and the Elastic IPs on its public HCX VLAN.
data "evs_environment_vlans" "prod" {
  environment_id = "env-0123456789"
}

output "vlan_subnets" {
  value = { for v in data.evs_environment_vlans.prod.vlans : v.vlan_name => v.subnet_id }
}

output "hcx_public_ips" {
  value = flatten([for v in data.evs_environment_vlans.prod.vlans : v.eip_associations[*].ip_address if v.vlan_name == "hcx"])
}
