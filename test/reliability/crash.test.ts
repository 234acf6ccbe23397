/**
 * Crashes on every engine: SIGKILL of the provider process (the engine's child) or of the engine
 * itself while a connector is being created, updated or deleted. Running the same command again
 * converges with no manual step and no duplicate: the re-run's create is refused (one connector per
 * type) and the interrupted create's connector is adopted (with a warning), because it matches the
 * configuration exactly and was created within timeouts.create before the re-run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { engineTable } from '../support/engines';
import { Workspace, type RunningCommand } from '../support/workspace';
import { until } from '../support/until';
import { CONNECTOR, FAST_POLL_ENV, isAlive, newEnvironments, providerProcessOf, startService, stateConnectors } from './support/world';

const SLOW = 4000;
let svc: RunningEmulator;
beforeAll(async () => {
  svc = await startService();
});
afterAll(() => svc?.close());
afterEach(() => svc.control.setDurations({ createMs: 300, updateMs: 300, deleteMs: 300 }));

type Target = 'provider' | 'engine';

/** SIGKILLs the provider process under the running engine, or the engine alone (not its group). */
async function crash(run: RunningCommand, target: Target): Promise<void> {
  const enginePid = run.child.pid!;
  const providerPid = await until('the provider process', () => providerProcessOf(enginePid), 10_000);
  process.kill(target === 'provider' ? providerPid : enginePid, 'SIGKILL');
  const r = await run.done;
  expect(r.code === 0).toBe(false);
  if (target === 'provider') expect(r.stdout + r.stderr).toMatch(/plugin|provider/i);
  // Either way no provider process is left behind (an orphan would keep polling EVS forever).
  await until('the provider to exit', () => (isAlive(providerPid) ? undefined : true), 10_000).catch((err: Error) => {
    process.kill(providerPid, 'SIGKILL');
    throw err;
  });
}

/** What the engine left: the local backend's lock info file (it does not stop the next run). */
function staleLock(ws: Workspace): boolean {
  return existsSync(join(ws.dir, '.terraform.tfstate.lock.info'));
}

async function connectorOf(env: string) {
  return (await svc.control.listConnectors()).filter((c) => c.environmentId === env);
}

describe.each(engineTable())('%s', (_name, engine) => {
  describe.each<[Target]>([['provider'], ['engine']])('SIGKILL of the %s', (target) => {
    test('while creating: the re-run adopts the connector (with a warning) instead of duplicating it', async () => {
      const [env] = await newEnvironments(svc, 1);
      const ws = await Workspace.create(engine, { fixture: CONNECTOR, endpoint: svc.url, vars: { environment_id: env } });
      await svc.control.setDurations({ createMs: SLOW });
      const run = ws.start(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      const held = await until('the create to reach the service', async () => (await connectorOf(env!))[0]);
      expect(held.state).toBe('CREATING');
      await crash(run, target);
      expect(stateConnectors(ws)).toEqual([]);
      const lockLeft = staleLock(ws);

      await svc.control.resetCounters();
      const again = await ws.ok(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      expect((again.stdout + again.stderr).replace(/\s+/g, ' ')).toContain(`Adopted the existing VCENTER connector ${held.connectorId}`);
      expect((await svc.control.getCounters()).CreateEnvironmentConnector).toMatchObject({ calls: 1, ok: 0, validation: 1 });
      const now = await connectorOf(env!);
      expect(now).toHaveLength(1);
      expect(now[0]).toMatchObject({ connectorId: held.connectorId, state: 'ACTIVE' });
      expect(stateConnectors(ws)).toEqual([expect.objectContaining({ connectorId: held.connectorId, tainted: false })]);
      expect((await ws.planExitCode()).code).toBe(0);
      console.log(`[crash ${engine.name}] create, SIGKILL ${target}: stale .terraform.tfstate.lock.info left: ${lockLeft}; re-run needed no -lock=false`);
    });

    test('while updating: the re-run converges on the new configuration', async () => {
      const [env] = await newEnvironments(svc, 1);
      const ws = await Workspace.create(engine, { fixture: CONNECTOR, endpoint: svc.url, vars: { environment_id: env } });
      await ws.ok(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      const [before] = await connectorOf(env!);
      await svc.control.setDurations({ updateMs: SLOW });
      ws.setVars({ appliance_fqdn: 'vcenter-2.example.internal' });
      const run = ws.start(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      await until('the update to reach the service', async () => ((await connectorOf(env!))[0]?.state === 'UPDATING' ? true : undefined));
      await crash(run, target);

      await ws.ok(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      await until('the connector to settle', async () => ((await connectorOf(env!))[0]?.state === 'ACTIVE' ? true : undefined), 30_000);
      const now = await connectorOf(env!);
      expect(now).toHaveLength(1);
      expect(now[0]).toMatchObject({ connectorId: before!.connectorId, applianceFqdn: 'vcenter-2.example.internal', state: 'ACTIVE' });
      expect((await ws.planExitCode()).code).toBe(0);
      expect(stateConnectors(ws)).toEqual([expect.objectContaining({ connectorId: before!.connectorId })]);
    });

    test('while deleting: the re-run of destroy leaves the service and the state empty', async () => {
      const [env] = await newEnvironments(svc, 1);
      const ws = await Workspace.create(engine, { fixture: CONNECTOR, endpoint: svc.url, vars: { environment_id: env } });
      await ws.ok(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      await svc.control.setDurations({ deleteMs: SLOW });
      const run = ws.start(['destroy', '-auto-approve'], { env: FAST_POLL_ENV });
      await until('the delete to reach the service', async () => ((await connectorOf(env!))[0]?.state === 'DELETING' ? true : undefined));
      await crash(run, target);
      expect(stateConnectors(ws)).toHaveLength(1);

      await ws.ok(['destroy', '-auto-approve'], { env: FAST_POLL_ENV });
      expect(await connectorOf(env!)).toEqual([]);
      expect(stateConnectors(ws)).toEqual([]);
    });
  });
});
