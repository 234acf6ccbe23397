/**
 * Faults, with the real provider process: a fleet applied and destroyed while the service
 * throttles, fails, resets connections and lags; the service going away mid-wait; and credentials
 * the service rejects. Afterwards the service holds exactly what the state says. The fleet runs on
 * every engine at the provider's default settings (each engine drives creates, updates, deletes and
 * taints its own way); the other cases are the provider's own retries, waits and messages, on one.
 */
import type { OperationName, RunningEmulator } from '../../src/emulator';
import { engineTable, oneEngineTable } from '../support/engines';
import { until } from '../support/until';
import { FAKE_AWS, Workspace, type RunResult } from '../support/workspace';
import {
  CONNECTOR,
  connectorsIn,
  FAST_POLL_ENV,
  FLEET,
  fleetConnectors,
  newEnvironments,
  startService,
  stateConnectors,
} from './support/world';

/**
 * The fault mix: 20% throttling (retryAfterSeconds 1), 5% 500s, 2% resets, 5% lost answers (EVS
 * acts, the answer is dropped or cut short), 40 ms latency.
 */
const FAULTS = { throttleRate: 0.2, retryAfterSeconds: 1, errorRate: 0.05, resetRate: 0.02, lostAnswerRate: 0.05, latencyMs: 40 } as const;
/** Besides the rate: the first answers of each write are lost for certain, so every write path meets one. */
const loseFirst = (operation: OperationName) => ({ loseNextAnswers: { operation, count: 3 } });

let svc: RunningEmulator;
beforeAll(async () => {
  svc = await startService();
});
afterAll(() => svc?.close());
afterEach(() => svc.control.clearFaults());

const flat = (r: RunResult) => (r.stdout + r.stderr).replace(/\s+/g, ' ');

/**
 * Zero orphans, zero duplicates: the ids the service holds are exactly the ids in state.
 * `afterFailedApply`: a replacement's delete can reach EVS while every answer to it is lost (retries
 * exhausted), so the engine rightly keeps that tainted instance while EVS finishes deleting it; the
 * next refresh drops it. Only such tainted leftovers may be missing from the service then.
 */
async function expectServiceMatchesState(ws: Workspace, environments: string[], afterFailedApply = false): Promise<void> {
  const held = await connectorsIn(svc, environments);
  const heldIds = new Set(held.map((c) => c.connectorId));
  const inState = stateConnectors(ws);
  const stateIds = inState.map((s) => s.connectorId).sort();
  expect(new Set(stateIds).size).toBe(stateIds.length);
  const goneFromService = inState.filter((s) => !heldIds.has(s.connectorId));
  if (afterFailedApply) expect(goneFromService.filter((s) => !s.tainted)).toEqual([]);
  const expected = afterFailedApply ? inState.filter((s) => heldIds.has(s.connectorId)).map((s) => s.connectorId).sort() : stateIds;
  expect(held.map((c) => c.connectorId).sort()).toEqual(expected);
  const slots = held.map((c) => `${c.environmentId}/${c.type}`);
  expect(new Set(slots).size).toBe(slots.length);
}

describe.each(engineTable())('%s', (_name, engine) => {
  test('30 connectors in 10 environments at -parallelism=10 under throttling, 500s, resets, lost answers and latency: exact match, an in-place update of all, then an empty destroy', async () => {
    const environments = await newEnvironments(svc, 10);
    const ws = await Workspace.create(engine, { fixture: FLEET, endpoint: svc.url, vars: { connectors: fleetConnectors(environments) } });
    await svc.control.resetCounters();
    await svc.control.setFaults({ ...FAULTS, ...loseFirst('CreateEnvironmentConnector'), seed: 4242 });

    const applied = await ws.run(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 600_000 });
    const counters = await svc.control.getCounters();
    // The faults really happened, on the writes too.
    const sum = (k: 'throttled' | 'faulted' | 'calls' | 'lostAnswers') => Object.values(counters).reduce((n, c) => n + c[k], 0);
    expect(sum('throttled')).toBeGreaterThan(5);
    expect(sum('faulted')).toBeGreaterThan(2);
    expect(counters.CreateEnvironmentConnector.throttled + counters.CreateEnvironmentConnector.faulted).toBeGreaterThan(0);
    expect(counters.CreateEnvironmentConnector.lostAnswers).toBeGreaterThanOrEqual(3);
    if (applied.code !== 0) throw new Error(`apply under faults failed:\n${applied.stdout}\n${applied.stderr}`);

    await expectServiceMatchesState(ws, environments);
    const held = await connectorsIn(svc, environments);
    expect(held).toHaveLength(30);
    expect(held.every((c) => c.state === 'ACTIVE')).toBe(true);
    expect(stateConnectors(ws).every((s) => !s.tainted)).toBe(true);
    // Exactly one create per connector reached the service's logic: no duplicate was even attempted.
    expect(counters.CreateEnvironmentConnector.ok).toBe(30);
    console.log(
      `[faults ${engine.name}] apply ${applied.ms} ms, ${sum('calls')} calls, ${sum('throttled')} throttled, ${sum('faulted')} faulted (500 or reset), ${sum('lostAnswers')} answers lost (${counters.CreateEnvironmentConnector.lostAnswers} of creates)`,
    );

    // Every connector changes its FQDN in place; lost update answers read back as UPDATING and are waited out.
    await svc.control.resetCounters();
    await svc.control.setFaults({ ...FAULTS, ...loseFirst('UpdateEnvironmentConnector'), seed: 4343 });
    ws.setVars({ connectors: fleetConnectors(environments, 'moved-') });
    const updated = await ws.run(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 600_000 });
    const upd = await svc.control.getCounters();
    expect(upd.UpdateEnvironmentConnector.lostAnswers).toBeGreaterThanOrEqual(3);
    if (updated.code !== 0) throw new Error(`update under faults failed:\n${updated.stdout}\n${updated.stderr}`);
    await expectServiceMatchesState(ws, environments);
    const moved = await connectorsIn(svc, environments);
    expect(moved.filter((c) => c.state === 'ACTIVE' && String(c.applianceFqdn).startsWith('moved-'))).toHaveLength(30);
    expect(upd.CreateEnvironmentConnector.calls).toBe(0);
    console.log(`[faults ${engine.name}] update ${updated.ms} ms, ${upd.UpdateEnvironmentConnector.calls} update calls, ${upd.UpdateEnvironmentConnector.lostAnswers} update answers lost`);

    await svc.control.resetCounters();
    await svc.control.setFaults({ ...FAULTS, ...loseFirst('DeleteEnvironmentConnector'), seed: 4444 });
    const destroyed = await ws.run(['destroy', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 600_000 });
    const after = await svc.control.getCounters();
    expect(after.DeleteEnvironmentConnector.throttled + after.DeleteEnvironmentConnector.faulted + after.ListEnvironmentConnectors.throttled).toBeGreaterThan(0);
    expect(after.DeleteEnvironmentConnector.lostAnswers).toBeGreaterThanOrEqual(3);
    if (destroyed.code !== 0) throw new Error(`destroy under faults failed:\n${destroyed.stdout}\n${destroyed.stderr}`);
    expect(await connectorsIn(svc, environments)).toEqual([]);
    expect(stateConnectors(ws)).toEqual([]);
    console.log(`[faults ${engine.name}] destroy ${destroyed.ms} ms`);
  });

});

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('with 2 retries the same faults either succeed or fail clearly, and the state matches the service either way', async () => {
    const environments = await newEnvironments(svc, 4);
    const connectors = fleetConnectors(environments);
    const ws = await Workspace.create(engine, { fixture: FLEET, endpoint: svc.url, vars: { connectors, max_retries: 2 } });
    // Much harsher than the mix above, so that retries do run out (each call fails ~60%).
    await svc.control.setFaults({ ...FAULTS, throttleRate: 0.45, errorRate: 0.2, seed: 7 });
    let failures = 0;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const r = await ws.run(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 600_000 });
      await expectServiceMatchesState(ws, environments, r.code !== 0);
      if (r.code === 0) break;
      failures++;
      // A failure names the operation, the error EVS gave, how often it was tried, and what to do.
      expect(flat(r)).toMatch(/Error: .*operation error EVS: \w+, exceeded maximum number of attempts, \d+, .*(ThrottlingException|InternalServerException|ECONNRESET|socket hang up).*(raise max_retries|retry|could not reach)/i);
    }
    expect(failures).toBeGreaterThan(0);
    console.log(`[faults ${engine.name}] 2 retries: ${failures} failed apply(s), state matched the service after each`);
    await svc.control.clearFaults();
    await ws.ok(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
    await expectServiceMatchesState(ws, environments);
    expect(await connectorsIn(svc, environments)).toHaveLength(12);
    await ws.ok(['destroy', '-auto-approve'], { env: FAST_POLL_ENV });
    expect(await connectorsIn(svc, environments)).toEqual([]);
  });

  test('the service becomes unreachable mid-wait: the wait rides it out until its timeout, the error says what was being waited for and why polls failed, and state keeps the connector', async () => {
    const own = await startService({ durations: { createMs: 10 * 60_000 } });
    try {
      const [env] = await newEnvironments(own, 1);
      const ws = await Workspace.create(engine, { fixture: CONNECTOR, endpoint: own.url, vars: { environment_id: env, create_timeout: '6s' } });
      const run = ws.start(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      const held = await until('the create to reach the service', async () => (await own.control.listConnectors())[0]);
      await new Promise((r) => setTimeout(r, 1000));
      await own.close();
      const r = await run.done;

      expect(r.code).toBe(1);
      const out = flat(r);
      expect(out).toMatch(/Waiting for the EVS connector failed/);
      expect(out).toContain(held.connectorId);
      expect(out).toMatch(/Timed out after 6s waiting for .* to become ACTIVE; it was last seen CREATING/);
      expect(out).toMatch(/Polls were failing at the end/);
      expect(out).toMatch(/ECONNREFUSED|could not reach the EVS endpoint/);
      expect(out).toMatch(/recorded in state and marked tainted/);
      const inState = stateConnectors(ws);
      expect(inState).toHaveLength(1);
      expect(inState[0]).toMatchObject({ connectorId: held.connectorId, environmentId: env });
    } finally {
      await own.close();
    }
  });

  test.each([
    ['a wrong secret key', { accessKeyId: FAKE_AWS.AWS_ACCESS_KEY_ID, secretAccessKey: 'the-real-secret-is-something-else-0000' }, /InvalidSignatureException/],
    ['an unknown access key id', { accessKeyId: 'AKIAOTHERKEY00000000', secretAccessKey: FAKE_AWS.AWS_SECRET_ACCESS_KEY }, /UnrecognizedClientException/],
  ])('credentials rejected (%s): a clear error naming the credentials, and no retry storm', async (_what, key, errorName) => {
    const own = await startService({ verifySignatures: [key] });
    try {
      const [env] = await newEnvironments(own, 1);
      const ws = await Workspace.create(engine, { fixture: CONNECTOR, endpoint: own.url, vars: { environment_id: env, max_retries: 5 } });
      const r = await ws.run(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
      expect(r.code).toBe(1);
      const out = flat(r);
      expect(out).toMatch(errorName);
      expect(out).toMatch(/operation error EVS: \w+, https response error StatusCode: 403, RequestID: \S+, /);
      expect(out).toMatch(/check the credentials/);
      const counters = await own.control.getCounters();
      const calls = Object.values(counters).reduce((n, c) => n + c.calls, 0);
      const denied = Object.values(counters).reduce((n, c) => n + c.denied, 0);
      // One refused call and the run stops: a 403 is never retried, even with max_retries = 5.
      expect(denied).toBe(calls);
      expect(calls).toBe(1);
      expect(await own.control.listConnectors()).toEqual([]);
      expect(stateConnectors(ws)).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
