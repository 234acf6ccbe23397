import { RESOURCE_CONNECTOR } from '../../../../src/names';
import { isUnknown, type ObjectValue } from '../../../../src/provider/protocol/provider-api';
import {
  applyConfig,
  connectorConfig,
  destroy,
  ENV,
  errors,
  expectEmptyPlan,
  expectForgotten,
  logHooks,
  logLines,
  plan,
  read,
  startWorld,
  type World,
} from '../harness';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('evs_environment_connector against the local EVS service', () => {
  let w: World;
  beforeEach(async () => {
    w = await startWorld();
  });
  afterEach(async () => {
    logHooks.length = 0;
    await w.emulator.close();
  });

  const vcenter = (o: ObjectValue = {}) =>
    connectorConfig({
      environment_id: ENV,
      type: 'VCENTER',
      appliance_fqdn: 'vcenter.example.internal',
      secret_identifier: 'evs/vcenter',
      ...o,
    });

  it('creates, waits for ACTIVE, fills every computed attribute, and the next plan is empty', async () => {
    const cfg = vcenter();
    const res = await applyConfig(w.provider, cfg, null);
    expect(errors(res.diagnostics)).toEqual([]);
    const planned = res.planned.plannedState!;
    expect(isUnknown(planned['id']!)).toBe(true);
    expect(planned['wait_for_healthy']).toBe(false);
    const s = res.newState!;
    expect(s['id']).toMatch(new RegExp(`^${ENV}/cnctr-[a-zA-Z0-9]{10}$`));
    expect(s['connector_id']).toBe((s['id'] as string).split('/')[1]);
    expect(s).toMatchObject({ state: 'ACTIVE', appliance_fqdn: 'vcenter.example.internal', secret_identifier: 'evs/vcenter', secret_arn: 'evs/vcenter' });
    expect(s['created_at']).toMatch(RFC3339);
    expect(s['modified_at']).toMatch(RFC3339);
    const checks = s['checks'] as ObjectValue[];
    expect(checks.map((c) => c['type'])).toEqual(['VCENTER_REACHABILITY', 'VCENTER_VM_SYNC', 'VCENTER_VM_EVENT']);
    expect(checks[0]!['last_check_attempt']).toMatch(RFC3339);
    await expectEmptyPlan(w.provider, cfg, s);
    const [remote] = await w.emulator.control.listConnectors();
    expect(remote).toMatchObject({ connectorId: s['connector_id'], state: 'ACTIVE' });
    // The create carried an idempotency token (a UUID).
    expect(logLineWith('creating connector')?.['client_token']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a create makes no calls before CreateEnvironmentConnector: one create, then the polls', async () => {
    // No service delay: the first poll already sees ACTIVE, so the calls per create are exact.
    await w.emulator.control.setDurations({ createMs: 0 });
    await w.emulator.control.resetCounters();
    const res = await applyConfig(w.provider, vcenter(), null);
    expect(errors(res.diagnostics)).toEqual([]);
    const c = await w.emulator.control.getCounters();
    const calls = Object.fromEntries(Object.entries(c).filter(([, n]) => n.calls > 0).map(([op, n]) => [op, n.calls]));
    expect(calls).toEqual({ CreateEnvironmentConnector: 1, ListEnvironmentConnectors: 1 });
  });

  it('updates fqdn and secret in two waited steps, then plans empty', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    await w.emulator.control.resetCounters();
    const cfg = vcenter({ appliance_fqdn: 'vc2.example.internal', secret_identifier: 'evs/vcenter-2' });
    const p = await plan(w.provider, cfg, created);
    expect(p.requiresReplace).toEqual([]);
    expect(p.plannedState!['id']).toBe(created['id']);
    expect(isUnknown(p.plannedState!['state']!)).toBe(true);
    const res = await applyConfig(w.provider, cfg, created);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(res.newState).toMatchObject({
      appliance_fqdn: 'vc2.example.internal',
      secret_identifier: 'evs/vcenter-2',
      secret_arn: 'evs/vcenter-2',
      state: 'ACTIVE',
      created_at: created['created_at'],
    });
    const counters = await w.emulator.control.getCounters();
    expect(counters.UpdateEnvironmentConnector.ok).toBe(2);
    await expectEmptyPlan(w.provider, cfg, res.newState!);
  });

  it.each([
    ['appliance_fqdn', { appliance_fqdn: 'vc2.example.internal' }, ['secret_arn']],
    ['secret_identifier', { secret_identifier: 'evs/vcenter-2' }, []],
  ])('changing %s plans unknown only what an update can alter, and apply matches the plan', async (_what, change, keptToo) => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    const cfg = vcenter(change);
    const p = await plan(w.provider, cfg, created);
    const unknown = Object.keys(p.plannedState!).filter((k) => isUnknown(p.plannedState![k]!)).sort();
    const canChange = ['checks', 'modified_at', 'state', 'state_details', 'status'];
    expect(unknown).toEqual([...canChange, ...(keptToo.length ? [] : ['secret_arn'])].sort());
    for (const k of ['id', 'connector_id', 'created_at', ...keptToo]) expect(p.plannedState![k]).toEqual(created[k]);
    // applyConfig holds the applied state to every known planned value, as the engine does.
    const res = await applyConfig(w.provider, cfg, created);
    expect(errors(res.diagnostics)).toEqual([]);
  });

  it('a failure in the second update step leaves the first change in state', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    logHooks.push((line) => {
      if (line['@message'] === 'updating connector' && line['member'] === 'secretIdentifier') {
        void w.emulator.control.setFaults({ failNextUpdates: { count: 1, stateDetails: 'secret has no password field' } });
      }
    });
    const cfg = vcenter({ appliance_fqdn: 'vc2.example.internal', secret_identifier: 'evs/broken' });
    const res = await applyConfig(w.provider, cfg, created);
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('EVS connector update failed');
    expect(err!.detail).toContain('UPDATE_FAILED');
    expect(err!.detail).toContain('secret has no password field');
    expect(res.newState).toMatchObject({
      appliance_fqdn: 'vc2.example.internal',
      secret_identifier: 'evs/vcenter',
      state: 'UPDATE_FAILED',
    });
  });

  it('changing only timeouts or wait_for_healthy calls no API and keeps computed values known', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    await w.emulator.control.resetCounters();
    const cfg = vcenter({ timeouts: { create: '1h', update: null, delete: null }, wait_for_healthy: true });
    const res = await applyConfig(w.provider, cfg, created);
    expect(res.planned.plannedState!['state']).toBe('ACTIVE');
    expect(res.newState!['timeouts']).toEqual({ create: '1h', update: null, delete: null });
    const counters = await w.emulator.control.getCounters();
    expect(counters.UpdateEnvironmentConnector.calls).toBe(0);
  });

  it('type and environment changes require replacement', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    const p = await plan(w.provider, vcenter({ type: 'OPERATIONS_MANAGER' }), created);
    expect(p.requiresReplace).toEqual([[{ attributeName: 'type' }]]);
    const p2 = await plan(w.provider, vcenter({ environment_id: 'env-0000000002' }), created);
    expect(p2.requiresReplace).toEqual([[{ attributeName: 'environment_id' }]]);
  });

  it('deletes and waits until gone; an already-deleted connector is success', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    const res = await destroy(w.provider, created);
    expect(res).toEqual({ newState: null, diagnostics: [] });
    expect(await w.emulator.control.listConnectors()).toEqual([]);
    const again = await destroy(w.provider, created);
    expect(again).toEqual({ newState: null, diagnostics: [] });
  });

  it('a delete that outlasts its timeout keeps the connector in state', async () => {
    const created = (await applyConfig(w.provider, vcenter({ timeouts: { create: null, update: null, delete: '300ms' } }), null)).newState!;
    await w.emulator.control.setDurations({ deleteMs: 5000 });
    const res = await destroy(w.provider, created);
    expect(res.newState).toEqual(created);
    expect(errors(res.diagnostics)[0]!.detail).toMatch(/Timed out after 300ms waiting for .* to be deleted; it is still DELETING\. If it needs longer, raise timeouts\.delete/);
  });

  it('drift: an out-of-band fqdn change shows up and plans an in-place update back', async () => {
    const cfg = vcenter();
    const created = (await applyConfig(w.provider, cfg, null)).newState!;
    await w.emulator.control.updateConnector(created['connector_id'] as string, { applianceFqdn: 'elsewhere.example.internal' });
    const refreshed = await read(w.provider, created);
    expect(refreshed.newState!['appliance_fqdn']).toBe('elsewhere.example.internal');
    const p = await plan(w.provider, cfg, refreshed.newState);
    expect(p.requiresReplace).toEqual([]);
    expect(p.plannedState!['appliance_fqdn']).toBe('vcenter.example.internal');
    const res = await applyConfig(w.provider, cfg, refreshed.newState);
    expect(errors(res.diagnostics)).toEqual([]);
    await expectEmptyPlan(w.provider, cfg, res.newState!);
  });

  it('drift: secret named by name stays as configured when EVS reports its ARN; another secret shows up', async () => {
    const cfg = vcenter();
    const created = (await applyConfig(w.provider, cfg, null)).newState!;
    const id = created['connector_id'] as string;
    await w.emulator.control.updateConnector(id, {
      secretIdentifier: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter-AbCdEf',
    });
    const same = await expectEmptyPlan(w.provider, cfg, created);
    expect(same['secret_identifier']).toBe('evs/vcenter');
    expect(same['secret_arn']).toBe('arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter-AbCdEf');
    await w.emulator.control.updateConnector(id, { secretIdentifier: 'evs/other' });
    const other = await read(w.provider, same);
    expect(other.newState!['secret_identifier']).toBe('evs/other');
  });

  it('out-of-band delete removes it from state with a warning', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    await w.emulator.control.deleteConnector(created['connector_id'] as string);
    await expectForgotten(w.provider, created, RESOURCE_CONNECTOR, {
      summary: 'EVS connector not found: removed from the Terraform state',
      detail: `EVS connector ${created['connector_id']} was not found in environment ${ENV}. If the resource is still configured, the next plan creates the connector again.`,
    });
  });

  it('environment gone removes it from state', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    await w.emulator.control.deleteEnvironment(ENV);
    const res = await read(w.provider, created);
    expect(res.newState).toBeNull();
  });

  it('CREATE_FAILED: state keeps the connector id (the engine taints it) and the error has stateDetails', async () => {
    await w.emulator.control.setFaults({ failNextCreates: { count: 1, stateDetails: 'appliance unreachable on 443' } });
    const res = await applyConfig(w.provider, vcenter(), null);
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('EVS connector creation failed');
    expect(err!.detail).toBe(
      `EVS could not create connector ${res.newState!['connector_id']} (CREATE_FAILED): appliance unreachable on 443. ` +
        'The connector exists in EVS, so it is recorded in state and marked tainted: the next apply deletes it and creates it again ' +
        '(untaint it first to keep it, e.g. once it is ACTIVE).',
    );
    expect(res.newState).toMatchObject({ state: 'CREATE_FAILED', state_details: 'appliance unreachable on 443' });
    expect(res.newState!['connector_id']).toMatch(/^cnctr-/);
    expect(res.newState!['id']).toBe(`${ENV}/${res.newState!['connector_id']}`);
    // Tainted → replaced: destroying the failed one works.
    expect((await destroy(w.provider, res.newState!)).newState).toBeNull();
  });

  it('create timeout: a clear error naming the timeout, and the connector stays in state', async () => {
    await w.emulator.control.setDurations({ createMs: 10_000 });
    const started = Date.now();
    const res = await applyConfig(w.provider, vcenter({ timeouts: { create: '400ms', update: null, delete: null } }), null);
    expect(Date.now() - started).toBeLessThan(3000);
    const [err] = errors(res.diagnostics);
    expect(err!.detail).toMatch(
      /Timed out after 400ms waiting for .* to become ACTIVE; it is still CREATING\. If it needs longer, raise timeouts\.create\. The connector exists in EVS, so it is recorded in state and marked tainted/,
    );
    expect(res.newState).toMatchObject({ state: 'CREATING' });
    expect(res.newState!['connector_id']).toMatch(/^cnctr-/);
  });

  it('stop() makes an in-flight create return promptly, keeping the connector in state', async () => {
    await w.emulator.control.setDurations({ createMs: 30_000 });
    const pending = applyConfig(w.provider, vcenter(), null);
    await new Promise((r) => setTimeout(r, 300));
    const stoppedAt = Date.now();
    await w.provider.stop();
    const res = await pending;
    expect(Date.now() - stoppedAt).toBeLessThan(1000);
    expect(errors(res.diagnostics)[0]!.detail).toContain('asked the provider to stop');
    expect(res.newState!['connector_id']).toMatch(/^cnctr-/);
  });

  it('refuses an environment that is not ready, naming its state, the refused call and its request id', async () => {
    await w.emulator.control.updateEnvironment(ENV, { state: 'CREATING' });
    const res = await applyConfig(w.provider, vcenter(), null);
    expect(res.newState).toBeNull();
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('EVS environment not ready');
    expect(err!.detail).toContain(`Environment ${ENV} is CREATING; connectors can be created only once it is CREATED. Apply again when it is.`);
    expect(err!.detail).toMatch(/EVS answered: operation error EVS: CreateEnvironmentConnector, https response error StatusCode: 400, RequestID: \S+, ValidationException: /);
    expect(err!.attribute).toEqual([{ attributeName: 'environment_id' }]);
  });

  it('an unknown environment is a clear error at environment_id', async () => {
    const res = await applyConfig(w.provider, vcenter({ environment_id: 'env-9999999999' }), null);
    expect(res.newState).toBeNull();
    expect(errors(res.diagnostics)[0]).toMatchObject({ summary: 'EVS environment not found', attribute: [{ attributeName: 'environment_id' }] });
  });

  it('an existing connector of the type: the error says why it is not taken over and shows the import block', async () => {
    await w.emulator.control.seedEnvironments([{ id: 'env-0000000005', state: 'CREATED', vcfVersion: 'VCF-5.2.1' }]);
    const [sddc] = (await w.emulator.control.listConnectors()).filter((c) => c.environmentId === 'env-0000000005');
    expect(sddc).toBeDefined();
    const res = await applyConfig(
      w.provider,
      connectorConfig({ environment_id: 'env-0000000005', type: 'SDDC_MANAGER', appliance_fqdn: 'sddc.example.internal', secret_identifier: 's' }),
      null,
    );
    expect(res.newState).toBeNull();
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('An SDDC_MANAGER connector already exists');
    expect(err!.attribute).toEqual([{ attributeName: 'type' }]);
    expect(err!.detail).toContain('EVS made it when it deployed VCF (VCF-5.2.1)');
    expect(err!.detail).toContain(`import {\n  to = ${RESOURCE_CONNECTOR}.<name>\n  id = "env-0000000005/${sddc!.connectorId}"\n}`);
    expect(err!.detail).toContain("your resource's address");
    // One import block serves Terraform and OpenTofu; no engine-specific CLI command.
    expect(err!.detail).not.toMatch(/terraform import|tofu import/);
  });

  it('imports by environment_id/connector_id and by environment_id/TYPE; the refreshed import plans empty', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    for (const id of [created['id'] as string, `${ENV}/VCENTER`]) {
      const imp = await w.provider.importResourceState({ typeName: RESOURCE_CONNECTOR, id });
      expect(imp.diagnostics).toEqual([]);
      const state = imp.importedResources[0]!.state;
      expect(state).toMatchObject({ id: created['id'], connector_id: created['connector_id'], environment_id: ENV });
      const refreshed = await read(w.provider, state);
      expect(refreshed.newState).toMatchObject({ type: 'VCENTER', appliance_fqdn: 'vcenter.example.internal', wait_for_healthy: false });
      await expectEmptyPlan(w.provider, vcenter(), refreshed.newState!);
    }
  });

  it('declares a resource identity and imports by it (engines ≥ 1.12)', async () => {
    expect(w.provider.schemas().identitySchemas?.[RESOURCE_CONNECTOR]?.attributes.map((a) => a.name)).toEqual([
      'environment_id',
      'connector_id',
    ]);
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    const imp = await w.provider.importResourceState({
      typeName: RESOURCE_CONNECTOR,
      id: '',
      identity: { environment_id: ENV, connector_id: created['connector_id']! },
    });
    expect(imp.diagnostics).toEqual([]);
    expect(imp.importedResources[0]!.state).toMatchObject({ id: created['id'], connector_id: created['connector_id'] });
  });

  it('import: malformed ids and missing types get clear errors', async () => {
    for (const id of ['cnctr-0123456789', 'env-0000000001/cnctr-1', 'env-1/VCENTER', 'env-0000000001/vcenter', 'a/b/c']) {
      const imp = await w.provider.importResourceState({ typeName: RESOURCE_CONNECTOR, id });
      expect(imp.importedResources).toEqual([]);
      expect(imp.diagnostics[0]!.summary).toBe('Invalid import id');
      expect(imp.diagnostics[0]!.detail).toContain('environment_id/connector_id');
      expect(imp.diagnostics[0]!.detail).toContain('environment_id/TYPE');
    }
    const none = await w.provider.importResourceState({ typeName: RESOURCE_CONNECTOR, id: `${ENV}/OPERATIONS_MANAGER` });
    expect(none.diagnostics[0]!.detail).toContain(`Environment ${ENV} has no OPERATIONS_MANAGER connector.`);
  });

  it('wait_for_healthy waits until status PASSED', async () => {
    const res = await applyConfig(w.provider, vcenter({ wait_for_healthy: true }), null);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(res.newState).toMatchObject({ state: 'ACTIVE', status: 'PASSED', wait_for_healthy: true });
  });

  it('logs API calls and state transitions, never the secret key', async () => {
    await applyConfig(w.provider, vcenter(), null);
    expect(logLineWith('EVS API call')).toMatchObject({ operation: expect.any(String), outcome: 'ok' });
    expect(logLineWith('connector state')).toMatchObject({ to: expect.any(String) });
    expect(JSON.stringify(logLines)).not.toContain('wJalrXUtnFEMI');
  });
});

function logLineWith(message: string): Record<string, unknown> | undefined {
  return [...logLines].reverse().find((l) => l['@message'] === message);
}
