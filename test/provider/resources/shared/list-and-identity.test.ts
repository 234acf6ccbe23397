/**
 * List resources of environments, hosts and Elastic IP associations against the local EVS service
 * (through the provider's RPCs): ordered results with identities and display names, the whole
 * resource read as an import reads it when asked, a filter by state, an unknown environment an
 * error at `environment_id`. And identity for every resource: each has an identity schema and a
 * list resource, and a bad identity is refused naming the identity attribute.
 */
import { RESOURCE_ACCOUNT_SETTING, RESOURCE_ENVIRONMENT, RESOURCE_ENVIRONMENT_HOST, RESOURCE_VLAN_EIP_ASSOCIATION, RESOURCE_VM_ENTITLEMENT } from '../../../../src/names';
import type { ListResourceResult, ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { LIST_RESOURCES, RESOURCES } from '../../../../src/provider/resources/registry';
import { applyConfig, config, configOf, connectorConfig, errors, FAST_DURATIONS, read, startWorld, type World } from '../harness';
import { envConfig, FAST_ENVIRONMENTS } from '../environment/env-config';

const ALLOC = 'eipalloc-0123456789abcdef0';
let w: World;
let env: string;
let second: string;
let connectorId: string;
beforeAll(async () => {
  w = await startWorld();
  await w.emulator.control.setDurations({ ...FAST_DURATIONS, ...FAST_ENVIRONMENTS, entitlementMs: 150 });
  const a = await applyConfig(w.provider, envConfig({ tags: { team: 'vmware' } }), null, RESOURCE_ENVIRONMENT);
  expect(errors(a.diagnostics)).toEqual([]);
  env = a.newState!['environment_id'] as string;
  const b = await applyConfig(w.provider, envConfig({ environment_name: 'dr', vpc_id: 'vpc-0123456789abcdef1' }, 'b'), null, RESOURCE_ENVIRONMENT);
  expect(errors(b.diagnostics)).toEqual([]);
  second = b.newState!['environment_id'] as string;
  const host = await applyConfig(w.provider, configOf(RESOURCE_ENVIRONMENT_HOST, { environment_id: env, host_name: 'esx-05', key_name: 'evs-key', instance_type: 'i4i.metal' }), null, RESOURCE_ENVIRONMENT_HOST);
  expect(errors(host.diagnostics)).toEqual([]);
  const eip = await applyConfig(w.provider, configOf(RESOURCE_VLAN_EIP_ASSOCIATION, { environment_id: env, allocation_id: ALLOC }), null, RESOURCE_VLAN_EIP_ASSOCIATION);
  expect(errors(eip.diagnostics)).toEqual([]);
  const vc = await applyConfig(w.provider, connectorConfig({ environment_id: env, type: 'VCENTER', appliance_fqdn: 'vc.example.internal', secret_identifier: 'evs/vc' }), null);
  expect(errors(vc.diagnostics)).toEqual([]);
  connectorId = vc.newState!['connector_id'] as string;
  const ent = await applyConfig(w.provider, configOf(RESOURCE_VM_ENTITLEMENT, { environment_id: env, connector_id: connectorId, vm_ids: ['vm-1001', 'vm-1002'] }), null, RESOURCE_VM_ENTITLEMENT);
  expect(errors(ent.diagnostics)).toEqual([]);
});
afterAll(() => w?.emulator.close());

async function list(typeName: string, values: ObjectValue, includeResource = false): Promise<ListResourceResult[]> {
  const schema = LIST_RESOURCES.find((l) => l.typeName === typeName)!.schema;
  const out: ListResourceResult[] = [];
  for await (const r of w.provider.listResource({ typeName, config: config(schema, values), includeResource })) out.push(r);
  return out;
}
const noErrors = (found: ListResourceResult[]) => expect(found.flatMap((f) => errors(f.diagnostics))).toEqual([]);

test('every resource has an identity schema and a list resource', () => {
  const all = RESOURCES.map((r) => r.typeName).sort();
  expect(Object.keys(w.provider.schemas().identitySchemas ?? {}).sort()).toEqual(all);
  expect(Object.keys(w.provider.schemas().listResourceSchemas ?? {}).sort()).toEqual(all);
});

test('list "evs_environment": ordered, by state, identities only unless the resource is asked for, then read as an import reads it', async () => {
  const all = await list(RESOURCE_ENVIRONMENT, {});
  noErrors(all);
  const ids = all.map((f) => f.state!['environment_id']);
  expect(ids).toEqual(expect.arrayContaining([env, second]));
  expect(ids).toEqual([...ids].sort());
  const mine = all.find((f) => f.state!['environment_id'] === env)!;
  expect(mine.displayName).toBe(`prod VCF-5.2.1 CREATED (${env})`);
  // Identity only: nothing fetched per environment.
  expect(mine.state).toMatchObject({ id: env, vpc_id: null, tags: null });

  await w.emulator.control.resetCounters();
  const whole = (await list(RESOURCE_ENVIRONMENT, {}, true)).find((f) => f.state!['environment_id'] === env)!;
  noErrors([whole]);
  expect(whole.state).toMatchObject({ id: env, vpc_id: 'vpc-0123456789abcdef0', vcf_version: 'VCF-5.2.1', state: 'CREATED', tags: { team: 'vmware' } });
  const imported = await w.provider.importResourceState({ typeName: RESOURCE_ENVIRONMENT, id: env });
  const refreshed = await read(w.provider, imported.importedResources[0]!.state, RESOURCE_ENVIRONMENT);
  expect(whole.state).toEqual(refreshed.newState);

  expect(await list(RESOURCE_ENVIRONMENT, { states: ['CREATING', 'DELETED'] })).toEqual([]);
  expect((await list(RESOURCE_ENVIRONMENT, { states: ['CREATED'] })).length).toBe(all.length);
  const [bad] = await list(RESOURCE_ENVIRONMENT, { states: ['READY'] });
  expect(bad!.diagnostics[0]).toMatchObject({ severity: 'error', attribute: [{ attributeName: 'states' }] });
});

test('list "evs_environment_host": one environment or all, ordered, as the resource state; an unknown environment is an error at environment_id', async () => {
  const here = await list(RESOURCE_ENVIRONMENT_HOST, { environment_id: env }, true);
  noErrors(here);
  expect(here.map((f) => f.state!['host_name'])).toEqual(['esx-01', 'esx-02', 'esx-03', 'esx-04', 'esx-05']);
  const fifth = here[4]!;
  expect(fifth.displayName).toBe(`esx-05 i4i.metal CREATED (${env}/esx-05)`);
  expect(fifth.state).toMatchObject({ id: `${env}/esx-05`, environment_id: env, key_name: 'evs-key', state: 'CREATED', esx_version: null, timeouts: null });

  const all = await list(RESOURCE_ENVIRONMENT_HOST, {});
  noErrors(all);
  expect(all.map((f) => f.state!['id'])).toEqual(expect.arrayContaining([`${env}/esx-05`, `${second}/esx-01-b`]));

  const [missing] = await list(RESOURCE_ENVIRONMENT_HOST, { environment_id: 'env-0000000999' });
  expect(missing!.diagnostics[0]).toMatchObject({ severity: 'error', summary: 'EVS environment not found', attribute: [{ attributeName: 'environment_id' }] });
});

test('list "evs_vlan_eip_association": the Elastic IPs of every environment, as the resource state', async () => {
  const found = await list(RESOURCE_VLAN_EIP_ASSOCIATION, {});
  noErrors(found);
  expect(found).toHaveLength(1);
  expect(found[0]!.state).toMatchObject({ id: `${env}/hcx/${ALLOC}`, vlan_name: 'hcx', allocation_id: ALLOC, timeouts: null });
  expect(found[0]!.displayName).toBe(`${found[0]!.state!['ip_address']} on hcx (${env}/hcx/${ALLOC})`);
  expect(await list(RESOURCE_VLAN_EIP_ASSOCIATION, { environment_id: second })).toEqual([]);
});

test('list "evs_vm_entitlement": one result per VCENTER connector and type with entitled VMs; the resource holds every VM, as an import takes them', async () => {
  const found = await list(RESOURCE_VM_ENTITLEMENT, {});
  noErrors(found);
  expect(found.map((f) => f.state!['id'])).toEqual([`${env}/${connectorId}/WINDOWS_SERVER`]);
  expect(found[0]!.displayName).toBe(`WINDOWS_SERVER for 2 VMs through vc.example.internal (${env}/${connectorId})`);
  expect(found[0]!.state).toMatchObject({ connector_id: connectorId, entitlement_type: 'WINDOWS_SERVER', vm_ids: null });
  const [whole] = await list(RESOURCE_VM_ENTITLEMENT, { environment_id: env }, true);
  expect(whole!.state).toMatchObject({ vm_ids: ['vm-1001', 'vm-1002'] });
  expect(await list(RESOURCE_VM_ENTITLEMENT, { environment_id: second })).toEqual([]);
});

test('list "evs_account_setting": the settings EVS holds a value for, as the resource state', async () => {
  expect(await list(RESOURCE_ACCOUNT_SETTING, {})).toEqual([]);
  const set = await applyConfig(w.provider, configOf(RESOURCE_ACCOUNT_SETTING, { name: 'vcfPortedCoreCount', value: '256' }), null, RESOURCE_ACCOUNT_SETTING);
  expect(errors(set.diagnostics)).toEqual([]);
  const found = await list(RESOURCE_ACCOUNT_SETTING, {});
  noErrors(found);
  expect(found.map((f) => [f.state, f.displayName])).toEqual([[{ id: 'vcfPortedCoreCount', name: 'vcfPortedCoreCount', value: '256' }, 'vcfPortedCoreCount = 256']]);
});

test.each([
  [RESOURCE_ENVIRONMENT, { environment_id: 'prod' }, /^The identity's environment_id \("prod"\) is not an environment id: expected "env-"/],
  [RESOURCE_ENVIRONMENT_HOST, { environment_id: 'env-0000000001', host_name: null }, /^The identity's host_name \(missing\) is not a host name/],
  [RESOURCE_ENVIRONMENT_HOST, { environment_id: 'env-0000000001', host_name: 'esx-05.example.com' }, /^The identity's host_name \("esx-05.example.com"\) is not a host name/],
])('%s: a bad identity is refused naming the identity attribute', async (typeName, identity, message) => {
  const r = await w.provider.importResourceState({ typeName, id: '', identity });
  expect(r.importedResources).toEqual([]);
  expect(r.diagnostics[0]).toMatchObject({ severity: 'error', summary: 'Invalid import identity' });
  expect(r.diagnostics[0]!.detail).toMatch(message);
});

test('import by identity names the same object as the id', async () => {
  const byIdentity = await w.provider.importResourceState({ typeName: RESOURCE_ENVIRONMENT_HOST, id: '', identity: { environment_id: env, host_name: 'esx-05' } });
  const byId = await w.provider.importResourceState({ typeName: RESOURCE_ENVIRONMENT_HOST, id: `${env}/esx-05` });
  expect(byIdentity).toEqual(byId);
  const envByIdentity = await w.provider.importResourceState({ typeName: RESOURCE_ENVIRONMENT, id: '', identity: { environment_id: env } });
  expect(envByIdentity).toEqual(await w.provider.importResourceState({ typeName: RESOURCE_ENVIRONMENT, id: env }));
});
