# Internet access for HCX: two Elastic IPs on the environment's public HCX VLAN.
resource "evs_vlan_eip_association" "hcx" {
  for_each = toset(["eipalloc-0123456789abcdef0", "eipalloc-0123456789abcdef1"])

  environment_id = "env-0123456789"
  vlan_name      = "hcx"
  allocation_id  = each.value
}

output "hcx_public_ips" {
  value = [for a in evs_vlan_eip_association.hcx : a.ip_address]
}
