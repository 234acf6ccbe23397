import { RESOURCE_ENVIRONMENT } from '../../../../src/names';
import type { ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { EvsClient } from '../../../../src/evs';
import { configOf, PROVIDER_CONFIG_BASE, type World } from '../harness';

const VLANS = ['vmk_management', 'vm_management', 'vmotion', 'vsan', 'vtep', 'edge_vtep', 'nsx_uplink', 'hcx', 'expansion_vlan1', 'expansion_vlan2'];
const KEY = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';
const host = (name: string) => ({ host_name: name, key_name: 'evs-key', instance_type: 'i4i.metal', placement_group_id: null, dedicated_host_id: null });
const HOSTNAMES = { vcenter: 'vc', nsx: 'nsx', nsx_manager1: 'nsxm1', nsx_manager2: 'nsxm2', nsx_manager3: 'nsxm3', nsx_edge1: 'edge1', nsx_edge2: 'edge2', sddc_manager: 'sddcm', cloud_builder: 'cb' };

/**
 * A VCF environment with a public HCX VLAN (a /28 with its network ACL), so Elastic IPs can go on it.
 * EVS wants host names unique across environments: `tag` (e.g. `b`) makes another environment's.
 */
export function envConfig(over: ObjectValue = {}, tag = ''): ObjectValue {
  const t = tag ? `-${tag}` : '';
  return configOf(RESOURCE_ENVIRONMENT, {
    environment_name: 'prod',
    vpc_id: 'vpc-0123456789abcdef0',
    service_access_subnet_id: 'subnet-0123456789abcdef0',
    vcf_version: 'VCF-5.2.1',
    terms_accepted: true,
    initial_vlans: {
      is_hcx_public: true,
      hcx_network_acl_id: 'acl-0123456789abcdef0',
      ...Object.fromEntries(VLANS.map((v, i) => [v, { cidr: v === 'hcx' ? '203.0.113.0/28' : `10.0.${i}.0/24` }])),
    },
    hosts: [1, 2, 3, 4].map((i) => host(`esx-0${i}${t}`)),
    license_info: [{ solution_key: KEY, vsan_key: KEY }],
    connectivity_info: { private_route_server_peerings: ['rsp-0123456789abcdef0', 'rsp-0123456789abcdef1'] },
    vcf_hostnames: Object.fromEntries(Object.entries(HOSTNAMES).map(([k, v]) => [k, `${v}${t}`])),
    site_id: 'site-01',
    service_access_security_groups: null,
    timeouts: null,
    ...over,
  });
}

/** The local service's lifecycles shortened for tests. */
export const FAST_ENVIRONMENTS = { environmentCreateMs: 150, environmentDeleteMs: 150, hostCreateMs: 150, hostDeleteMs: 150 };

/** A client of its own, for changes made outside Terraform. */
export function outOfBandClient(w: World): EvsClient {
  return new EvsClient({
    region: String(PROVIDER_CONFIG_BASE.region),
    endpoint: w.emulator.url,
    credentials: { accessKeyId: String(PROVIDER_CONFIG_BASE.access_key), secretAccessKey: String(PROVIDER_CONFIG_BASE.secret_key) },
  });
}
