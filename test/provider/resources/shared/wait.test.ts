/**
 * The generic waiter (shared/wait.ts) against the real local EVS service: polls through the real
 * client, faults injected by the service. A transient failure never ends a wait before its
 * deadline; an error retrying cannot fix ends it at once; a stop ends it promptly.
 */
import { startEmulator, type RunningEmulator } from '../../../../src/emulator';
import { createEvsClient, type Connector, type EvsClient } from '../../../../src/evs';
import { StoppedError } from '../../../../src/provider/framework/stop';
import { setLogSink } from '../../../../src/provider/log';
import { listConnectors } from '../../../../src/provider/resources/environment_connector/find';
import { explain } from '../../../../src/provider/resources/shared/explain';
import { isTransient } from '../../../../src/provider/resources/shared/transient';
import {
  deadlineIn,
  nextPollDelay,
  pauseAfterFailures,
  waitFor,
  WaitPollError,
  WaitTimeoutError,
  type WaitSpec,
} from '../../../../src/provider/resources/shared/wait';

const ENV = 'env-0000000001';
const POLL = { minDelayMs: 20, maxDelayMs: 100 };
const KEY = { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

const logged: Array<Record<string, unknown>> = [];
setLogSink((line) => logged.push(JSON.parse(line) as Record<string, unknown>));

describe('nextPollDelay and the back-off after failures', () => {
  const poll = { minDelayMs: 250, maxDelayMs: 10_000 };
  it('is a tenth of the time waited, within bounds', () => {
    expect(nextPollDelay(0, poll, () => 0.5)).toBe(250);
    expect(nextPollDelay(5_000, poll, () => 0.5)).toBe(500);
    expect(nextPollDelay(60_000, poll, () => 0.5)).toBe(6_000);
    expect(nextPollDelay(3_600_000, poll, () => 0.5)).toBe(10_000);
  });
  it('jitters by ±20%', () => {
    expect(nextPollDelay(5_000, poll, () => 0)).toBeCloseTo(400);
    expect(nextPollDelay(5_000, poll, () => 1)).toBeCloseTo(600);
  });
  it('doubles the minimum per failure in a row, up to the maximum', () => {
    expect(pauseAfterFailures(0, 1, poll, () => 0.5)).toBe(500);
    expect(pauseAfterFailures(0, 3, poll, () => 0.5)).toBe(2_000);
    expect(pauseAfterFailures(0, 30, poll, () => 0.5)).toBe(10_000);
  });
});

describe('isTransient', () => {
  it('counts throttling, 5xx, resets, refusals and timeouts as transient; denial, validation and not-found not', () => {
    const err = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });
    for (const e of [
      err('ThrottlingException', { $metadata: { httpStatusCode: 429 } }),
      err('InternalServerException', { $metadata: { httpStatusCode: 500 } }),
      err('ServiceUnavailable', { $metadata: { httpStatusCode: 503 } }),
      err('Error', { code: 'ECONNRESET' }),
      err('Error', { code: 'ECONNREFUSED' }),
      err('TimeoutError', { code: 'ECONNRESET' }),
    ]) {
      expect([e.name, isTransient(e)]).toEqual([e.name, true]);
    }
    for (const e of [
      err('AccessDeniedException', { $metadata: { httpStatusCode: 403 } }),
      err('UnrecognizedClientException', { $metadata: { httpStatusCode: 403 } }),
      err('ValidationException', { $metadata: { httpStatusCode: 400 } }),
      err('ResourceNotFoundException', { $metadata: { httpStatusCode: 404 } }),
      err('AbortError'),
      'a string',
    ]) {
      expect([e, isTransient(e)]).toEqual([e, false]);
    }
  });
});

describe('waitFor against the local EVS service', () => {
  let emulator: RunningEmulator;
  let client: EvsClient;
  let connectorId: string;
  beforeAll(async () => {
    emulator = await startEmulator({ durations: { createMs: 150, updateMs: 150, deleteMs: 150, checkIntervalMs: 60_000 } });
    // No SDK retries: each poll is one request, so every injected fault reaches the waiter.
    client = createEvsClient({ region: 'us-east-1', endpoint: emulator.url, maxRetries: 0, ...KEY });
  });
  afterAll(() => emulator.close());
  beforeEach(async () => {
    await emulator.control.clearFaults();
    for (const c of await emulator.control.listConnectors()) await emulator.control.deleteConnector(c.connectorId);
    const { CreateEnvironmentConnectorCommand } = await import('../../../../src/evs');
    const out = await client.send(
      new CreateEnvironmentConnectorCommand({ environmentId: ENV, type: 'VCENTER', applianceFqdn: 'vc.example.internal', secretIdentifier: 's' }),
    );
    connectorId = out.connector!.connectorId!;
    await emulator.control.resetCounters();
    logged.length = 0;
  });

  /** Waits for the connector to be ACTIVE, counting the polls that failed. */
  function activeSpec(polls: { failed: number; ok: number }, via: EvsClient = client): WaitSpec<Connector | undefined> {
    return {
      what: `connector ${connectorId}`,
      goal: 'become ACTIVE',
      kind: 'connector',
      refresh: async (signal) => {
        try {
          const found = (await listConnectors(via, ENV, signal)).find((c) => c.connectorId === connectorId);
          polls.ok++;
          return found;
        } catch (err) {
          polls.failed++;
          throw err;
        }
      },
      judge: (c) => (c?.state === 'ACTIVE' ? { done: true } : c?.state === 'CREATING' ? { done: false } : { failed: `went ${c?.state}` }),
      describe: (c) => c?.state ?? 'GONE',
    };
  }
  const ctx = (signal: AbortSignal = new AbortController().signal) => ({ signal, poll: POLL });

  it.each([
    ['500s', { errorRate: 1 }, 'InternalServerException'],
    ['throttling', { throttleRate: 1, retryAfterSeconds: 0 }, 'ThrottlingException'],
    // Connection resets: Node's socket errors cross into jest's sandbox without their code (the SDK
    // wraps them), so they are classified below and proven end to end in test/reliability/faults.test.ts.
  ])('rides out %s while polling and reaches the goal once polls answer again', async (_what, faults, errorName) => {
    await emulator.control.setFaults({ ...faults, operations: ['ListEnvironmentConnectors'] });
    const polls = { failed: 0, ok: 0 };
    const waiting = waitFor(ctx(), activeSpec(polls), deadlineIn(30_000));
    // Let several polls fail (the connector becomes ACTIVE meanwhile), then the service recovers.
    while (polls.failed < 3) await new Promise((r) => setTimeout(r, 20));
    await emulator.control.clearFaults();
    const c = await waiting;
    expect(c?.state).toBe('ACTIVE');
    expect(polls.failed).toBeGreaterThanOrEqual(3);
    const warnings = logged.filter((l) => l['@level'] === 'warn' && l['@message'] === 'connector poll failed; polling again until the deadline');
    expect(warnings.length).toBe(polls.failed);
    expect(JSON.stringify(warnings)).toContain(errorName);
  });

  it('polls that keep failing end at the deadline, saying what was last seen and why polls failed', async () => {
    const polls = { failed: 0, ok: 0 };
    const spec = activeSpec(polls);
    // One answered poll (CREATING), then the service fails every poll.
    await emulator.control.setDurations({ createMs: 60_000 });
    const first = spec.refresh;
    let answered = false;
    const once: WaitSpec<Connector | undefined> = {
      ...spec,
      refresh: async (signal) => {
        if (answered) await emulator.control.setFaults({ errorRate: 1, operations: ['ListEnvironmentConnectors'] });
        answered = true;
        return first(signal);
      },
    };
    try {
      await emulator.control.updateConnector(connectorId, { state: 'CREATING' });
      const err = await waitFor(ctx(), once, deadlineIn(400)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WaitTimeoutError);
      expect((err as WaitTimeoutError).message).toMatch(/^Timed out after 400ms waiting for connector .* to become ACTIVE; it was last seen CREATING\.$/);
      expect((err as WaitTimeoutError).lastError).toMatchObject({ name: 'InternalServerException' });
      expect(explain(err, { timeoutArgument: 'timeouts.create' })).toMatch(
        /Polls were failing at the end: operation error EVS: ListEnvironmentConnectors, (exceeded maximum number of attempts, \d+, )?https response error StatusCode: 500, RequestID: \S+, InternalServerException: .*\. If it needs longer, raise timeouts\.create\.$/,
      );
      expect(polls.failed).toBeGreaterThan(0);
    } finally {
      await emulator.control.setDurations({ createMs: 150 });
    }
  });

  it('an error retrying cannot fix (credentials refused) ends the wait at once', async () => {
    const strict = await startEmulator({ verifySignatures: [{ accessKeyId: 'AKIAOTHERKEY00000000', secretAccessKey: 'x' }] });
    try {
      const refused = createEvsClient({ region: 'us-east-1', endpoint: strict.url, maxRetries: 0, ...KEY });
      const polls = { failed: 0, ok: 0 };
      const err = await waitFor(ctx(), activeSpec(polls, refused), deadlineIn(30_000)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WaitPollError);
      expect(polls.failed).toBe(1);
      expect(explain(err)).toMatch(/^Polling EVS failed while waiting for connector .* to become ACTIVE: operation error EVS: ListEnvironmentConnectors, https response error StatusCode: 403, RequestID: \S+, UnrecognizedClientException: .*check the credentials/);
    } finally {
      await strict.close();
    }
  });

  it('a stop ends a wait promptly even while polls are failing', async () => {
    await emulator.control.setFaults({ errorRate: 1, operations: ['ListEnvironmentConnectors'] });
    const stop = new AbortController();
    const polls = { failed: 0, ok: 0 };
    const waiting = waitFor(ctx(stop.signal), activeSpec(polls), deadlineIn(60_000)).catch((e: unknown) => e);
    while (polls.failed < 2) await new Promise((r) => setTimeout(r, 10));
    stop.abort(new StoppedError());
    // The deadline is a minute away: only the stop can end this wait within the test's time.
    expect(await waiting).toBeInstanceOf(StoppedError);
  });
});
