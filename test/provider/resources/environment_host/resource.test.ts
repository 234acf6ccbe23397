/**
 * evs_environment_host and data "evs_environment_hosts" against the local EVS service: a fifth
 * host added and listed, a host EVS fails to create (CREATE_FAILED, recorded), delete.
 */
import { DATA_ENVIRONMENT_HOSTS, RESOURCE_ENVIRONMENT, RESOURCE_ENVIRONMENT_HOST } from '../../../../src/names';
import { applyConfig, configOf, destroy, errors, expectEmptyPlan, expectForgotten, startWorld, type World } from '../harness';
import { CreateEnvironmentHostCommand } from '../../../../src/evs';
import { envConfig, FAST_ENVIRONMENTS, outOfBandClient } from '../environment/env-config';

const T = RESOURCE_ENVIRONMENT_HOST;
let w: World;
let env: string;
beforeAll(async () => {
  w = await startWorld();
  await w.emulator.control.setDurations(FAST_ENVIRONMENTS);
  const created = await applyConfig(w.provider, envConfig(), null, RESOURCE_ENVIRONMENT);
  expect(errors(created.diagnostics)).toEqual([]);
  env = created.newState!['environment_id'] as string;
});
afterAll(() => w?.emulator.close());

const hostCfg = (name: string) => configOf(T, { environment_id: env, host_name: name, key_name: 'evs-key', instance_type: 'i4i.metal' });
const listHosts = (environmentId: string) => w.provider.readDataSource({ typeName: DATA_ENVIRONMENT_HOSTS, config: configOf(DATA_ENVIRONMENT_HOSTS, { environment_id: environmentId }, true) });

test('a fifth host: created, listed by the data source with the initial four, refreshed without changes, deleted', async () => {
  const res = await applyConfig(w.provider, hostCfg('esx-05'), null, T);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ id: `${env}/esx-05`, state: 'CREATED', instance_type: 'i4i.metal' });
  expect(res.newState!['ip_address']).toEqual(expect.any(String));
  const state = await expectEmptyPlan(w.provider, hostCfg('esx-05'), res.newState!, T);

  const listed = await listHosts(env);
  expect(listed.diagnostics).toEqual([]);
  expect(listed.state!['host_names']).toEqual(['esx-01', 'esx-02', 'esx-03', 'esx-04', 'esx-05']);
  const hosts = listed.state!['hosts'] as Record<string, unknown>[];
  expect(hosts.find((h) => h['host_name'] === 'esx-05')).toMatchObject({ state: 'CREATED', ip_address: res.newState!['ip_address'], key_name: 'evs-key' });

  expect((await destroy(w.provider, state, T)).diagnostics).toEqual([]);
  const after = (await w.emulator.control.listHosts()).find((h) => h.environmentId === env && h.hostName === 'esx-05');
  expect(after === undefined || after.hostState === 'DELETED').toBe(true);
  expect((await listHosts(env)).state!['host_names']).toEqual(['esx-01', 'esx-02', 'esx-03', 'esx-04']);
  await expectForgotten(w.provider, state, T, {
    summary: 'EVS host not found: removed from the Terraform state',
    detail: `EVS host esx-05 was not found in environment ${env}. If the resource is still configured, the next plan adds the host again.`,
  });
});

test('EVS fails the host: the apply fails with its details and the host is recorded as CREATE_FAILED', async () => {
  await w.emulator.control.setFaults({ failNextHostCreates: { count: 1, stateDetails: 'Insufficient i4i.metal capacity' } });
  const res = await applyConfig(w.provider, hostCfg('esx-06'), null, T);
  const [err] = errors(res.diagnostics);
  expect(err).toMatchObject({ summary: 'EVS host creation failed' });
  expect(err!.detail).toContain('Insufficient i4i.metal capacity');
  expect(res.newState).toMatchObject({ host_name: 'esx-06', state: 'CREATE_FAILED' });
  expect((await destroy(w.provider, res.newState!, T)).diagnostics).toEqual([]);
});

test('a host the environment was created with is not taken over: the create fails with the reason and the import block, and sends nothing', async () => {
  await w.emulator.control.resetCounters();
  const res = await applyConfig(w.provider, hostCfg('esx-01'), null, T);
  const [err] = errors(res.diagnostics);
  expect(err).toMatchObject({ summary: 'The host already exists', attribute: [{ attributeName: 'host_name' }] });
  expect(err!.detail).toContain(`EVS made it with environment ${env}`);
  expect(err!.detail).toContain(`id = "${env}/esx-01"`);
  expect(res.newState).toBeNull();
  expect((await w.emulator.control.getCounters()).CreateEnvironmentHost.calls).toBe(0);
});

test('a host an interrupted apply added is taken over with a warning; one with another key_name is refused with the difference', async () => {
  // Added later than the environment's own hosts, as CreateEnvironmentHost only can be.
  const envCreatedAt = Number((await w.emulator.control.listEnvironments()).find((e) => e.environmentId === env)!['createdAt']) * 1000;
  await new Promise((r) => setTimeout(r, Math.max(0, envCreatedAt + 1100 - Date.now())));
  const client = outOfBandClient(w);
  for (const [hostName, keyName] of [['esx-07', 'evs-key'], ['esx-08', 'other-key']]) {
    await client.send(new CreateEnvironmentHostCommand({ environmentId: env, host: { hostName, keyName, instanceType: 'i4i.metal' } }));
  }
  await w.emulator.control.resetCounters();

  const adopted = await applyConfig(w.provider, hostCfg('esx-07'), null, T);
  expect(errors(adopted.diagnostics)).toEqual([]);
  expect(adopted.diagnostics).toEqual([expect.objectContaining({ summary: 'Adopted the existing EVS host esx-07' })]);
  expect(adopted.newState).toMatchObject({ id: `${env}/esx-07`, state: 'CREATED' });

  const refused = await applyConfig(w.provider, hostCfg('esx-08'), null, T);
  expect(errors(refused.diagnostics)[0]!.detail).toContain('its key_name is other-key (configured: evs-key)');
  expect(refused.newState).toBeNull();
  expect((await w.emulator.control.getCounters()).CreateEnvironmentHost.calls).toBe(0);
  expect((await destroy(w.provider, adopted.newState!, T)).diagnostics).toEqual([]);
});

test('every CreateEnvironmentHost and DeleteEnvironmentHost answer lost: one host is added, recorded and deleted, with no error', async () => {
  await w.emulator.control.resetCounters();
  await w.emulator.control.setFaults({ loseNextAnswers: { operation: 'CreateEnvironmentHost', count: 10 } });
  const res = await applyConfig(w.provider, hostCfg('esx-09'), null, T);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ id: `${env}/esx-09`, state: 'CREATED' });
  expect((await w.emulator.control.getCounters()).CreateEnvironmentHost).toMatchObject({ ok: 1, lostAnswers: 3 });

  await w.emulator.control.setFaults({ loseNextAnswers: { operation: 'DeleteEnvironmentHost', count: 10 } });
  expect((await destroy(w.provider, res.newState!, T)).diagnostics).toEqual([]);
  expect((await w.emulator.control.getCounters()).DeleteEnvironmentHost.lostAnswers).toBe(3);
  const after = (await w.emulator.control.listHosts()).find((h) => h.environmentId === env && h.hostName === 'esx-09');
  expect(after === undefined || after.hostState === 'DELETED').toBe(true);
  await w.emulator.control.clearFaults();
});

test('the data source names an unknown environment at environment_id', async () => {
  const res = await listHosts('env-9999999999');
  expect(res.state).toBeNull();
  expect(errors(res.diagnostics)[0]).toMatchObject({ summary: 'EVS environment not found', attribute: [{ attributeName: 'environment_id' }] });
});
