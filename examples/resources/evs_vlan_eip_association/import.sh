terraform import 'evs_vlan_eip_association.hcx["eipalloc-0123456789abcdef0"]' env-0123456789/hcx/eipalloc-0123456789abcdef0
