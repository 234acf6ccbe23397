import {
  to = evs_vlan_eip_association.hcx["eipalloc-0123456789abcdef0"]
  id = "env-0123456789/hcx/eipalloc-0123456789abcdef0"
}
