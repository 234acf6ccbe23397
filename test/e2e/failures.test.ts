/**
 * When things go wrong during a create: the service reports CREATE_FAILED, the create timeout runs
 * out, or the user presses Ctrl-C. In every case the connector the service accepted stays in state
 * (tainted), so nothing is orphaned, and the next apply converges. Tainting and interruption
 * (StopProvider) are the engine's part and run on every engine; the provider's timeout on one.
 */
import { engineTable, oneEngineTable } from '../support/engines';
import { until } from '../support/until';
import { Workspace } from '../support/workspace';
import { FAST_DURATIONS, useTestService } from './support/service';

const ADDR = 'evs_environment_connector.this';
const svc = useTestService();
afterEach(async () => {
  await svc.control.clearFaults();
  await svc.control.setDurations(FAST_DURATIONS);
});

describe.each(engineTable())('%s', (_name, engine) => {
  test('CREATE_FAILED: the error carries stateDetails, the connector is tainted and replaced on the next apply', async () => {
    const env = await svc.newEnvironment();
    await svc.control.setFaults({ failNextCreates: { count: 1, stateDetails: 'e2e: appliance did not answer' } });
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });

    const first = await ws.run(['apply', '-auto-approve']);
    expect(first.code).toBe(1);
    const message = first.stderr.replace(/\s+/g, ' ');
    expect(message).toMatch(/CREATE_FAILED/);
    expect(message).toContain('e2e: appliance did not answer');
    const [failed] = await svc.connectors(env);
    expect(failed).toMatchObject({ state: 'CREATE_FAILED' });
    expect(ws.instanceStatus('evs_environment_connector', 'this')).toBe('tainted');
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(failed!.connectorId);

    const plan = await ws.run(['plan']);
    expect(plan.stdout).toMatch(/tainted/);
    expect(plan.stdout).toMatch(/1 to add, 0 to change, 1 to destroy/);
    await ws.apply();

    const held = await svc.connectors(env);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ state: 'ACTIVE' });
    expect(held[0]!.connectorId).not.toBe(failed!.connectorId);
    expect(ws.instanceStatus('evs_environment_connector', 'this')).toBe('ok');
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });

  test('SIGINT while waiting for ACTIVE: the engine stops within seconds and state keeps the connector', async () => {
    const env = await svc.newEnvironment();
    await svc.control.setDurations({ createMs: 10 * 60_000 });
    const ws = await Workspace.create(engine, {
      fixture: 'connector',
      endpoint: svc.url,
      vars: { environment_id: env, create_timeout: '30m' },
    });

    const run = ws.start(['apply', '-auto-approve']);
    const held = await until('the create to reach the service', async () => (await svc.connectors(env))[0]);
    // Let the provider settle into its wait loop.
    await new Promise((r) => setTimeout(r, 1500));
    const interruptedAt = Date.now();
    run.signal('SIGINT');
    const r = await run.done;
    const stopMs = Date.now() - interruptedAt;

    expect(r.code).not.toBe(0);
    expect(stopMs).toBeLessThan(10_000);
    expect(r.stdout + r.stderr).toMatch(/interrupt/i);
    expect(ws.instanceStatus('evs_environment_connector', 'this')).not.toBe('absent');
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(held.connectorId);
    expect(await svc.connectors(env)).toHaveLength(1);
  });
});

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('create timeout exceeded: a clear error, and the connector stays in state', async () => {
    const env = await svc.newEnvironment();
    await svc.control.setDurations({ createMs: 10 * 60_000 });
    const ws = await Workspace.create(engine, {
      fixture: 'connector',
      endpoint: svc.url,
      vars: { environment_id: env, create_timeout: '3s' },
    });

    const r = await ws.run(['apply', '-auto-approve']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(60_000);
    const message = r.stderr.replace(/\s+/g, ' ');
    expect(message).toMatch(/time(d)? ?out/i);
    expect(message).toMatch(/CREATING/);
    const [held] = await svc.connectors(env);
    expect(held).toMatchObject({ state: 'CREATING' });
    expect(ws.instanceStatus('evs_environment_connector', 'this')).not.toBe('absent');
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(held!.connectorId);
  });
});
