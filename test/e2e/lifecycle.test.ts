/**
 * Create, no-op plan, in-place updates, replacement and destroy, with the real provider process
 * and the local EVS service. Every engine plans a create, an in-place update and a replacement;
 * the variants of each (other attributes, two-step updates) run on one engine.
 */
import { engineTable, oneEngineTable } from '../support/engines';
import { actionsFor, Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const ADDR = 'evs_environment_connector.this';
const svc = useTestService();

describe.each(engineTable())('%s', (_name, engine) => {
  test('creates all three connector types; the next plan is empty; destroy leaves the service empty', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'all-types', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();

    const held = await svc.connectors(env);
    expect(held.map((c) => c.type).sort()).toEqual(['OPERATIONS_MANAGER', 'SDDC_MANAGER', 'VCENTER']);
    expect(held.every((c) => c.state === 'ACTIVE')).toBe(true);

    const state = (await ws.state()).filter((r) => r.mode === 'managed');
    expect(state).toHaveLength(3);
    for (const r of state) {
      const c = held.find((h) => h.connectorId === r.values.connector_id);
      expect(c).toBeDefined();
      expect(r.values).toMatchObject({
        id: `${env}/${c!.connectorId}`,
        environment_id: env,
        type: c!.type,
        appliance_fqdn: c!.applianceFqdn,
        state: 'ACTIVE',
      });
      expect(typeof r.values.created_at).toBe('string');
      expect(Number.isNaN(Date.parse(String(r.values.created_at)))).toBe(false);
      expect(Array.isArray(r.values.checks)).toBe(true);
    }

    expect((await ws.planExitCode()).code).toBe(0);

    await ws.destroy();
    expect(await svc.connectors(env)).toEqual([]);
    expect((await ws.state()).filter((r) => r.mode === 'managed')).toEqual([]);
  });

  test('updates appliance_fqdn in place', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const before = await ws.resource(ADDR);

    ws.setVars({ appliance_fqdn: 'vcenter-2.example.internal' });
    expect(actionsFor(await ws.planJson(), ADDR)).toEqual(['update']);
    await ws.apply();

    const [held] = await svc.connectors(env);
    expect(held).toMatchObject({ connectorId: before!.values.connector_id, applianceFqdn: 'vcenter-2.example.internal', state: 'ACTIVE' });
    expect((await ws.resource(ADDR))!.values).toMatchObject({
      connector_id: before!.values.connector_id,
      appliance_fqdn: 'vcenter-2.example.internal',
      state: 'ACTIVE',
    });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });

  test('replaces the connector when its type changes', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const before = await ws.resource(ADDR);

    ws.setVars({ type: 'OPERATIONS_MANAGER', appliance_fqdn: 'vrops.example.internal' });
    const actions = actionsFor(await ws.planJson(), ADDR);
    expect([...actions].sort()).toEqual(['create', 'delete']);
    await ws.apply();

    const held = await svc.connectors(env);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ type: 'OPERATIONS_MANAGER', state: 'ACTIVE' });
    expect(held[0]!.connectorId).not.toBe(before!.values.connector_id);
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(held[0]!.connectorId);
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });
});

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('updates secret_identifier in place', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const before = await ws.resource(ADDR);

    const secret = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-rotated-QwErTy';
    ws.setVars({ secret_identifier: secret });
    expect(actionsFor(await ws.planJson(), ADDR)).toEqual(['update']);
    await ws.apply();

    const [held] = await svc.connectors(env);
    expect(held).toMatchObject({ connectorId: before!.values.connector_id, secretArn: secret, state: 'ACTIVE' });
    expect((await ws.resource(ADDR))!.values).toMatchObject({ secret_identifier: secret, secret_arn: secret });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });

  test('updates both fqdn and secret: two service updates, one apply', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const before = await ws.resource(ADDR);
    const updatesBefore = (await svc.control.getCounters()).UpdateEnvironmentConnector.ok;

    const secret = 'evs/vcenter-both';
    ws.setVars({ appliance_fqdn: 'vcenter-both.example.internal', secret_identifier: secret });
    expect(actionsFor(await ws.planJson(), ADDR)).toEqual(['update']);
    await ws.apply();

    const [held] = await svc.connectors(env);
    expect(held).toMatchObject({
      connectorId: before!.values.connector_id,
      applianceFqdn: 'vcenter-both.example.internal',
      secretArn: secret,
      state: 'ACTIVE',
    });
    // The API forbids changing both in one request: the provider sends two.
    expect((await svc.control.getCounters()).UpdateEnvironmentConnector.ok - updatesBefore).toBe(2);
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });

  test('replaces the connector when its environment changes', async () => {
    const envA = await svc.newEnvironment();
    const envB = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: envA } });
    await ws.apply();

    ws.setVars({ environment_id: envB });
    expect([...actionsFor(await ws.planJson(), ADDR)].sort()).toEqual(['create', 'delete']);
    await ws.apply();

    expect(await svc.connectors(envA)).toEqual([]);
    const held = await svc.connectors(envB);
    expect(held).toHaveLength(1);
    expect((await ws.resource(ADDR))!.values).toMatchObject({ environment_id: envB, id: `${envB}/${held[0]!.connectorId}` });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
    expect(await svc.connectors(envB)).toEqual([]);
  });
});
