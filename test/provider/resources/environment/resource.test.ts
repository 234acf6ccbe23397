/**
 * evs_environment against the local EVS service: create to CREATED with its hosts and VLANs, a
 * create EVS fails (CREATE_FAILED, recorded for replacement), a tag changed outside Terraform
 * planned back, and delete (hosts first).
 */
import { ListTagsForResourceCommand, TagResourceCommand } from '../../../../src/evs';
import { RESOURCE_ENVIRONMENT } from '../../../../src/names';
import { applyConfig, destroy, errors, expectEmptyPlan, expectForgotten, plan, PROVIDER_CONFIG_BASE, read, startWorld, type World } from '../harness';
import { envConfig, FAST_ENVIRONMENTS, outOfBandClient } from './env-config';

const T = RESOURCE_ENVIRONMENT;
let w: World;
beforeAll(async () => {
  w = await startWorld();
  await w.emulator.control.setDurations(FAST_ENVIRONMENTS);
  expect(
    await w.provider.configureProvider({ config: { ...PROVIDER_CONFIG_BASE, endpoint: w.emulator.url, default_tags: { tags: { team: 'vmware' } } }, terraformVersion: '1.9.0' }),
  ).toEqual([]);
});
afterAll(() => w?.emulator.close());

test('create waits for CREATED; a tag changed outside Terraform is planned back; delete removes hosts, then the environment', async () => {
  const cfg = envConfig({ tags: { app: 'erp' } });
  const res = await applyConfig(w.provider, cfg, null, T);
  expect(errors(res.diagnostics)).toEqual([]);
  const created = res.newState!;
  const id = created['environment_id'] as string;
  expect(created).toMatchObject({ state: 'CREATED', vcf_version: 'VCF-5.2.1', tags: { app: 'erp' }, tags_all: { app: 'erp', team: 'vmware' } });
  const hosts = (await w.emulator.control.listHosts()).filter((h) => h.environmentId === id);
  expect(hosts.map((h) => [h.hostName, h.hostState]).sort()).toEqual([1, 2, 3, 4].map((i) => [`esx-0${i}`, 'CREATED']));
  let state = await expectEmptyPlan(w.provider, cfg, created, T);

  // Out of band: TagResource changes a value and adds a key.
  const client = outOfBandClient(w);
  const arn = created['arn'] as string;
  await client.send(new TagResourceCommand({ resourceArn: arn, tags: { app: 'crm', owner: 'someone' } }));
  const refreshed = (await read(w.provider, state, T)).newState!;
  expect(refreshed).toMatchObject({ tags: { app: 'crm', owner: 'someone' }, tags_all: { app: 'crm', owner: 'someone', team: 'vmware' } });
  const back = await plan(w.provider, cfg, refreshed, T);
  expect(back.requiresReplace).toEqual([]);
  expect(back.plannedState).toMatchObject({ tags: { app: 'erp' }, tags_all: { app: 'erp', team: 'vmware' } });
  const undone = await applyConfig(w.provider, cfg, refreshed, T);
  expect(errors(undone.diagnostics)).toEqual([]);
  expect((await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual({ app: 'erp', team: 'vmware' });
  state = await expectEmptyPlan(w.provider, cfg, undone.newState!, T);

  const gone = await destroy(w.provider, state, T);
  expect(gone.diagnostics).toEqual([]);
  const env = (await w.emulator.control.listEnvironments()).find((e) => e.environmentId === id);
  expect(env === undefined || env.environmentState === 'DELETED').toBe(true);
  expect((await w.emulator.control.listHosts()).filter((h) => h.environmentId === id && h.hostState !== 'DELETED')).toEqual([]);

  // Gone (EVS answers not-found for a DELETED environment): a refresh drops it with a warning.
  await expectForgotten(w.provider, state, T, {
    summary: 'EVS environment not found: removed from the Terraform state',
    detail: `EVS environment ${id} was not found. If the resource is still configured, the next plan creates the environment again.`,
  });
});

test('EVS fails the create: the apply fails with its details and the environment is recorded (CREATE_FAILED) so it is replaced, never orphaned', async () => {
  await w.emulator.control.setFaults({ failNextEnvironmentCreates: { count: 1, stateDetails: 'DNS validation failed for vc.example.internal' } });
  const cfg = envConfig({ environment_name: 'broken', vpc_id: 'vpc-0123456789abcdef1' }, 'b');
  const res = await applyConfig(w.provider, cfg, null, T);
  const [err] = errors(res.diagnostics);
  expect(err!.summary).toBe('EVS environment creation failed');
  expect(err!.detail).toContain('CREATE_FAILED');
  expect(err!.detail).toContain('DNS validation failed for vc.example.internal');
  expect(err!.detail).toContain('tainted');
  expect(res.newState).toMatchObject({ state: 'CREATE_FAILED', environment_name: 'broken' });
  const id = res.newState!['environment_id'] as string;
  expect((await w.emulator.control.listEnvironments()).filter((e) => e.environmentName === 'broken').map((e) => e.environmentId)).toEqual([id]);
  // Destroying the failed one (what replacement does first) works.
  expect((await destroy(w.provider, res.newState!, T)).diagnostics).toEqual([]);
});

test('an environment an interrupted apply left is adopted with a warning; the same one older than timeouts.create is refused with the reason and the import block', async () => {
  const cfg = envConfig({ environment_name: 'left-over', vpc_id: 'vpc-0123456789abcdef2' }, 'c');
  const first = await applyConfig(w.provider, cfg, null, T);
  expect(errors(first.diagnostics)).toEqual([]);
  const id = first.newState!['environment_id'] as string;
  await w.emulator.control.resetCounters();

  // The state never heard of it (as after a killed apply): the create takes it over instead of requesting a second one.
  const again = await applyConfig(w.provider, cfg, null, T);
  expect(errors(again.diagnostics)).toEqual([]);
  expect(again.diagnostics).toEqual([expect.objectContaining({ summary: `Adopted the existing EVS environment ${id}` })]);
  expect(again.newState).toMatchObject({ environment_id: id, state: 'CREATED' });

  await new Promise((r) => setTimeout(r, 1100));
  const old = await applyConfig(w.provider, envConfig({ environment_name: 'left-over', vpc_id: 'vpc-0123456789abcdef2', timeouts: { create: '1s', delete: null } }, 'c'), null, T);
  const [err] = errors(old.diagnostics);
  expect(err).toMatchObject({ summary: 'An EVS environment already exists', attribute: [{ attributeName: 'environment_name' }] });
  expect(err!.detail).toMatch(/longer ago than timeouts\.create \(1s\)/);
  expect(err!.detail).toContain(`id = "${id}"`);
  expect(old.newState).toBeNull();
  expect((await w.emulator.control.getCounters()).CreateEnvironment.calls).toBe(0);
  expect((await destroy(w.provider, again.newState!, T)).diagnostics).toEqual([]);
});

test('every CreateEnvironment, DeleteEnvironmentHost and DeleteEnvironment answer lost: one environment is made, recorded and deleted with its hosts, with no error', async () => {
  await w.emulator.control.resetCounters();
  await w.emulator.control.setFaults({ loseNextAnswers: { operation: 'CreateEnvironment', count: 10 } });
  const cfg = envConfig({ environment_name: 'unanswered', vpc_id: 'vpc-0123456789abcdef3' }, 'd');
  const res = await applyConfig(w.provider, cfg, null, T);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ environment_name: 'unanswered', state: 'CREATED' });
  expect((await w.emulator.control.getCounters()).CreateEnvironment).toMatchObject({ ok: 1, lostAnswers: 3 });
  const id = res.newState!['environment_id'] as string;

  await w.emulator.control.setFaults({
    loseNextAnswers: [
      { operation: 'DeleteEnvironmentHost', count: 30 },
      { operation: 'DeleteEnvironment', count: 10 },
    ],
  });
  expect((await destroy(w.provider, res.newState!, T)).diagnostics).toEqual([]);
  const counters = await w.emulator.control.getCounters();
  expect(counters.DeleteEnvironment.lostAnswers).toBe(3);
  expect(counters.DeleteEnvironmentHost.lostAnswers).toBe(12);
  const env = (await w.emulator.control.listEnvironments()).find((e) => e.environmentId === id);
  expect(env === undefined || env.environmentState === 'DELETED').toBe(true);
  await w.emulator.control.clearFaults();
});
