/**
 * evs_vlan_eip_association and data "evs_environment_vlans", "evs_versions", "evs_depot_url"
 * against the local EVS service.
 */
import { DATA_DEPOT_URL, DATA_ENVIRONMENT_VLANS, DATA_VERSIONS, RESOURCE_ENVIRONMENT, RESOURCE_VLAN_EIP_ASSOCIATION } from '../../../../src/names';
import type { ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { dataSourceType } from '../../../../src/provider/resources/registry';
import { applyConfig, configOf, destroy, errors, expectEmptyPlan, expectForgotten, logLines, read, startWorld, type World } from '../harness';
import { envConfig, FAST_ENVIRONMENTS } from '../environment/env-config';

const T = RESOURCE_VLAN_EIP_ASSOCIATION;
const ALLOC = 'eipalloc-0123456789abcdef0';
let w: World;
let env: string;
/** An environment whose HCX VLAN is private. */
let privateEnv: string;
beforeAll(async () => {
  w = await startWorld();
  await w.emulator.control.setDurations(FAST_ENVIRONMENTS);
  const created = await applyConfig(w.provider, envConfig(), null, RESOURCE_ENVIRONMENT);
  expect(errors(created.diagnostics)).toEqual([]);
  env = created.newState!['environment_id'] as string;
  const vlans = envConfig()['initial_vlans'] as ObjectValue;
  const priv = await applyConfig(
    w.provider,
    envConfig({ environment_name: 'private', vpc_id: 'vpc-0123456789abcdef1', initial_vlans: { ...vlans, is_hcx_public: null, hcx_network_acl_id: null, hcx: { cidr: '10.0.7.0/24' } } }, 'b'),
    null,
    RESOURCE_ENVIRONMENT,
  );
  expect(errors(priv.diagnostics)).toEqual([]);
  privateEnv = priv.newState!['environment_id'] as string;
});
afterAll(() => w?.emulator.close());

const cfg = (allocationId = ALLOC, environmentId = env) => configOf(T, { environment_id: environmentId, allocation_id: allocationId });
const remoteAssociations = async (environmentId = env) =>
  ((await w.emulator.control.listVlans()).find((v) => v.environmentId === environmentId && v.functionName === 'hcx')!['eipAssociations'] as Record<string, string>[]);
const readData = (typeName: string, values: ObjectValue) => w.provider.readDataSource({ typeName, config: configOf(typeName, values, true) });

test('associate: waits until the VLAN lists it, records the address, refreshes clean; the data source shows it; import by id and identity; disassociate', async () => {
  const res = await applyConfig(w.provider, cfg(), null, T);
  expect(errors(res.diagnostics)).toEqual([]);
  const [remote] = await remoteAssociations();
  expect(res.newState).toMatchObject({ id: `${env}/hcx/${ALLOC}`, vlan_name: 'hcx', allocation_id: ALLOC, association_id: remote!['associationId'], ip_address: remote!['ipAddress'] });
  const state = await expectEmptyPlan(w.provider, cfg(), res.newState!, T);

  const vlans = await readData(DATA_ENVIRONMENT_VLANS, { environment_id: env });
  expect(vlans.diagnostics).toEqual([]);
  const list = vlans.state!['vlans'] as ObjectValue[];
  expect(list).toHaveLength(10);
  expect(list.find((v) => v['vlan_name'] === 'hcx')).toMatchObject({
    is_public: true,
    cidr: '203.0.113.0/28',
    network_acl_id: 'acl-0123456789abcdef0',
    state: 'CREATED',
    eip_associations: [{ association_id: remote!['associationId'], allocation_id: ALLOC, ip_address: remote!['ipAddress'] }],
  });

  for (const how of [{ id: `${env}/hcx/${ALLOC}` }, { id: '', identity: { environment_id: env, vlan_name: 'hcx', allocation_id: ALLOC } }]) {
    const imported = await w.provider.importResourceState({ typeName: T, id: how.id, ...(how.identity && { identity: how.identity }) });
    expect(imported.diagnostics).toEqual([]);
    const refreshed = await read(w.provider, imported.importedResources[0]!.state as ObjectValue, T);
    expect(refreshed.newState).toMatchObject({ association_id: remote!['associationId'], ip_address: remote!['ipAddress'] });
  }

  expect((await destroy(w.provider, state, T)).diagnostics).toEqual([]);
  expect(await remoteAssociations()).toEqual([]);
  // Gone outside Terraform: refresh drops it with a warning.
  await expectForgotten(w.provider, state, T, { summary: 'EVS Elastic IP association not found: removed from the Terraform state' });
});

test('lost answers: every AssociateEipToVlan and DisassociateEipFromVlan answer lost, yet one association is made, recorded and removed', async () => {
  const warned = (action: string) => logLines.some((l) => l['@level'] === 'warn' && String(l['@message']).startsWith(`${action} failed, but EVS shows`));
  await w.emulator.control.setFaults({ loseNextAnswers: { operation: 'AssociateEipToVlan', count: 10 } });
  const res = await applyConfig(w.provider, cfg('eipalloc-0123456789abcdef1'), null, T);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(warned('associate elastic ip')).toBe(true);
  const held = await remoteAssociations();
  expect(held.map((a) => a['allocationId'])).toEqual(['eipalloc-0123456789abcdef1']);
  expect(res.newState).toMatchObject({ association_id: held[0]!['associationId'] });

  await w.emulator.control.setFaults({ loseNextAnswers: { operation: 'DisassociateEipFromVlan', count: 10 } });
  expect((await destroy(w.provider, res.newState!, T)).diagnostics).toEqual([]);
  expect(warned('disassociate elastic ip')).toBe(true);
  expect(await remoteAssociations()).toEqual([]);
  await w.emulator.control.clearFaults();
});

test('a private HCX VLAN: EVS refuses, the apply says why, nothing is recorded', async () => {
  const res = await applyConfig(w.provider, cfg(ALLOC, privateEnv), null, T);
  const [err] = errors(res.diagnostics);
  expect(err!.summary).toBe('Associating the Elastic IP with the EVS VLAN failed');
  expect(err!.detail).toMatch(/AssociateEipToVlan.*RequestID: .*private/);
  expect(res.newState).toBeNull();
});

test('bad import ids and identities are refused naming the part that is wrong', async () => {
  const cases: [string, ObjectValue | undefined, string][] = [
    [`${env}/hcx`, undefined, 'is not in the supported form'],
    [`${env}/hcx/eipassoc-0123456789`, undefined, "import id's allocation_id"],
    ['', { environment_id: 'env-1', vlan_name: 'hcx', allocation_id: ALLOC }, "identity's environment_id"],
  ];
  for (const [id, identity, says] of cases) {
    const r = await w.provider.importResourceState({ typeName: T, id, ...(identity && { identity }) });
    expect(errors(r.diagnostics)[0]!.detail).toContain(says);
  }
});

test('data "evs_versions" lists what GetVersions answers', async () => {
  const res = await readData(DATA_VERSIONS, {});
  expect(res.diagnostics).toEqual([]);
  const vcf = res.state!['vcf_versions'] as ObjectValue[];
  expect(vcf.map((v) => v['vcf_version'])).toEqual(expect.arrayContaining(['VCF-5.2.1', 'VCF-5.2.2']));
  expect(vcf[0]).toMatchObject({ status: expect.any(String), default_esx_version: expect.any(String), instance_types: expect.arrayContaining(['i4i.metal']) });
  expect(res.state!['available_vcf_versions']).toEqual(vcf.filter((v) => v['status'] === 'AVAILABLE').map((v) => v['vcf_version']));
  const types = res.state!['instance_type_esx_versions'] as ObjectValue[];
  expect(types.find((t) => t['instance_type'] === 'i4i.metal')!['esx_versions']).toEqual(expect.arrayContaining([expect.any(String)]));
});

test('data "evs_depot_url": the same URL and token on every read; rotate = true issues a new token on each read', async () => {
  const depot = (rotate: boolean | null) => readData(DATA_DEPOT_URL, { environment_id: env, rotate });
  const a = await depot(null);
  expect(a.diagnostics).toEqual([]);
  expect(a.state!['token']).toEqual(expect.any(String));
  expect(String(a.state!['depot_url'])).toContain(String(a.state!['token']));
  expect((await depot(false)).state).toMatchObject({ token: a.state!['token'], depot_url: a.state!['depot_url'] });
  const r1 = await depot(true);
  const r2 = await depot(true);
  expect(new Set([a.state!['token'], r1.state!['token'], r2.state!['token']]).size).toBe(3);
  expect((await depot(null)).state!['token']).toBe(r2.state!['token']);
  const attrs = Object.entries(dataSourceType(DATA_DEPOT_URL).schema.attributes);
  expect(attrs.filter(([, x]) => x.sensitive).map(([n]) => n).sort()).toEqual(['depot_url', 'token']);
});
