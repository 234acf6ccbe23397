/**
 * evs_environment at plan: validation of the model's rules, replacement of every argument but
 * tags, tags_all from default_tags, and an imported state that never recorded the initial VLANs
 * and hosts. Plans call no API (the local service counts zero calls).
 */
import { RESOURCE_ENVIRONMENT } from '../../../../src/names';
import { isUnknown, UNKNOWN, type ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { configOf, errors, plan, PROVIDER_CONFIG_BASE, startWorld, type World } from '../harness';

const VLANS = ['vmk_management', 'vm_management', 'vmotion', 'vsan', 'vtep', 'edge_vtep', 'nsx_uplink', 'hcx', 'expansion_vlan1', 'expansion_vlan2'];
const KEY = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';
const host = (i: number) => ({ host_name: `esx-0${i}`, key_name: 'evs-key', instance_type: 'i4i.metal', placement_group_id: null, dedicated_host_id: null });
const hostnames = { vcenter: 'vc', nsx: 'nsx', nsx_manager1: 'nsxm1', nsx_manager2: 'nsxm2', nsx_manager3: 'nsxm3', nsx_edge1: 'edge1', nsx_edge2: 'edge2', sddc_manager: 'sddcm', cloud_builder: 'cb' };

function envConfig(over: ObjectValue = {}): ObjectValue {
  return configOf(RESOURCE_ENVIRONMENT, {
    environment_name: 'prod',
    vpc_id: 'vpc-0123456789abcdef0',
    service_access_subnet_id: 'subnet-0123456789abcdef0',
    vcf_version: 'VCF-5.2.1',
    terms_accepted: true,
    initial_vlans: { is_hcx_public: null, hcx_network_acl_id: null, ...Object.fromEntries(VLANS.map((v, i) => [v, { cidr: `10.0.${i}.0/24` }])) },
    hosts: [1, 2, 3, 4].map(host),
    license_info: [{ solution_key: KEY, vsan_key: KEY }],
    connectivity_info: { private_route_server_peerings: ['rsp-0123456789abcdef0', 'rsp-0123456789abcdef1'] },
    vcf_hostnames: hostnames,
    site_id: '1234567',
    service_access_security_groups: null,
    timeouts: null,
    ...over,
  });
}

/** The configuration with one VLAN's CIDR changed. */
function vlan(name: string, cidr: string): ObjectValue {
  return { initial_vlans: { is_hcx_public: null, hcx_network_acl_id: null, ...Object.fromEntries(VLANS.map((v, i) => [v, { cidr: v === name ? cidr : `10.0.${i}.0/24` }])) } };
}

/** A state as create leaves it, from a plan's known values. */
function stateFrom(planned: ObjectValue): ObjectValue {
  return { ...planned, id: 'env-0123456789', environment_id: 'env-0123456789', arn: 'arn:aws:evs:us-east-1:111122223333:environment/env-0123456789', kms_key_id: 'aws/secretsmanager', state: 'CREATED', state_details: null, status: 'PASSED', checks: [], credentials: [], created_at: '2025-01-01T00:00:00Z', modified_at: '2025-01-01T00:00:00Z' };
}

let world: World;
beforeAll(async () => {
  world = await startWorld();
  const diags = await world.provider.configureProvider({
    config: { ...PROVIDER_CONFIG_BASE, endpoint: world.emulator.url, default_tags: { tags: { team: 'vmware', env: 'prod' } } },
    terraformVersion: '1.9.0',
  });
  expect(diags).toEqual([]);
  await world.emulator.control.resetCounters();
});
afterAll(() => world?.emulator.close());

test('a valid configuration plans a create with tags_all merged from default_tags', async () => {
  const p = await plan(world.provider, envConfig({ tags: { env: 'test', app: 'hcx' } }), null, RESOURCE_ENVIRONMENT);
  expect(errors(p.diagnostics)).toEqual([]);
  expect(p.plannedState!['tags_all']).toEqual({ team: 'vmware', env: 'test', app: 'hcx' });
  expect(isUnknown(p.plannedState!['arn'])).toBe(true);
});

test('the model\'s cross-argument rules are refused at their attribute', async () => {
  expect(errors(await world.provider.validateResourceConfig(RESOURCE_ENVIRONMENT, envConfig()))).toEqual([]);
  const cases: Array<[ObjectValue, string]> = [
    [{ vcf_version: 'SELF_DEPLOYED' }, 'license_info'],
    [{ vcf_version: 'SELF_DEPLOYED' }, 'site_id'],
    [{ hosts: [1, 2, 3].map(host) }, 'hosts'],
    [{ hosts: [1, 2, 3, 3].map(host) }, 'host_name'],
    [{ vcf_hostnames: { ...hostnames, nsx_edge2: 'edge1' } }, 'nsx_edge2'],
    // EVS deploys VCF for every other version and needs these (the local service refuses them missing).
    [{ site_id: null }, 'site_id'],
    [{ license_info: [] }, 'license_info'],
    [{ hosts: [] }, 'hosts'],
    [{ vcf_hostnames: null }, 'vcf_hostnames'],
    [{ connectivity_info: null }, 'connectivity_info'],
    // The VLAN layout rules (src/evs/vlan-rules.ts): size, network address, overlap, a public HCX VLAN's /28.
    [vlan('vsan', '10.0.0.0/23'), 'vsan'],
    [vlan('vtep', '10.0.4.1/24'), 'vtep'],
    [vlan('expansion_vlan2', '10.0.0.128/25'), 'expansion_vlan2'],
    [{ initial_vlans: { ...vlan('hcx', '10.0.7.0/24').initial_vlans as ObjectValue, is_hcx_public: true, hcx_network_acl_id: 'acl-0123456789abcdef0' } }, 'hcx'],
  ];
  for (const [over, at] of cases) {
    const diags = await world.provider.validateResourceConfig(RESOURCE_ENVIRONMENT, envConfig(over));
    const found = errors(diags).find((d) => JSON.stringify(d.attribute ?? []).includes(`"${at}"`));
    expect(found).toBeDefined();
  }
  // A missing site_id names what to add; a VCF version not yet known (e.g. from a data source) is judged at plan, once known.
  const [overlap] = errors(await world.provider.validateResourceConfig(RESOURCE_ENVIRONMENT, envConfig(vlan('expansion_vlan2', '10.0.0.128/25'))));
  expect(overlap!.detail).toBe('initial_vlans.expansion_vlan2.cidr 10.0.0.128/25 overlaps initial_vlans.vmk_management.cidr; VLAN subnets must not overlap.');
  const [missing] = errors(await world.provider.validateResourceConfig(RESOURCE_ENVIRONMENT, envConfig({ site_id: null })));
  expect(missing!.detail).toBe('EVS deploys VCF into a VCF-5.2.1 environment and needs your Broadcom Site ID for it. Add site_id, or choose SELF_DEPLOYED to have EVS make only the VLAN subnets.');
  expect(errors(await world.provider.validateResourceConfig(RESOURCE_ENVIRONMENT, envConfig({ site_id: null, vcf_version: UNKNOWN })))).toEqual([]);
});

test('every argument but tags replaces the environment; tags and default tags update in place', async () => {
  const first = await plan(world.provider, envConfig(), null, RESOURCE_ENVIRONMENT);
  const state = stateFrom(first.plannedState!);
  const replaced = async (over: ObjectValue) => (await plan(world.provider, envConfig(over), state, RESOURCE_ENVIRONMENT)).requiresReplace;

  expect(await replaced({})).toEqual([]);
  expect(await replaced({ vpc_id: 'vpc-0123456789abcdef1' })).toEqual([[{ attributeName: 'vpc_id' }]]);
  expect(await replaced({ hosts: [1, 2, 3, 5].map(host) })).toEqual([[{ attributeName: 'hosts' }]]);
  expect(await replaced({ initial_vlans: { ...(envConfig()['initial_vlans'] as ObjectValue), hcx: { cidr: '203.0.113.0/28' }, is_hcx_public: true, hcx_network_acl_id: 'acl-0123' } })).toEqual([[{ attributeName: 'initial_vlans' }]]);
  expect(await replaced({ license_info: [{ solution_key: KEY.replace('A', 'Z'), vsan_key: KEY }] })).toEqual([[{ attributeName: 'license_info' }]]);

  const tagged = await plan(world.provider, envConfig({ tags: { app: 'x' } }), state, RESOURCE_ENVIRONMENT);
  expect(tagged.requiresReplace).toEqual([]);
  expect(tagged.plannedState!['tags_all']).toEqual({ team: 'vmware', env: 'prod', app: 'x' });
  // Computed values stay known through a tags-only update.
  expect(tagged.plannedState!['arn']).toBe(state['arn']);
});

test('an imported state without initial VLANs and hosts takes the configured ones in place', async () => {
  const first = await plan(world.provider, envConfig(), null, RESOURCE_ENVIRONMENT);
  const imported = { ...stateFrom(first.plannedState!), initial_vlans: null, hosts: [] };
  const p = await plan(world.provider, envConfig(), imported, RESOURCE_ENVIRONMENT);
  expect(p.requiresReplace).toEqual([]);
});

test('plans made no EVS call', async () => {
  const counters = await world.emulator.control.getCounters();
  expect(Object.values(counters).reduce((n, o) => n + o.calls, 0)).toBe(0);
});
