/** Injected faults (seeded, deterministic), rate limits and call counters. */
import * as http from 'http';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, signedRequest } from './support/aws-json';

const ENV = { environmentId: 'env-0000000001' };
let emu: RunningEmulator;
beforeEach(async () => (emu = await startEmulator({ durations: { createMs: 0 } })));
afterEach(() => emu.close());

async function statuses(n: number, op = 'GetEnvironment', input: object = ENV): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call(emu.url, op, input)).status);
  return out;
}

test('throttling rate answers ThrottlingException 429 with retryAfterSeconds and Retry-After', async () => {
  await emu.control.setFaults({ throttleRate: 0.5, retryAfterSeconds: 3, seed: 42 });
  const first = await statuses(40);
  const throttled = first.filter((s) => s === 429).length;
  expect(throttled).toBeGreaterThan(8);
  expect(throttled).toBeLessThan(32);
  expect(first.every((s) => s === 200 || s === 429)).toBe(true);
  // Same seed, same sequence.
  await emu.control.setFaults({ throttleRate: 0.5, retryAfterSeconds: 3, seed: 42 });
  expect(await statuses(40)).toEqual(first);
  await emu.control.setFaults({ throttleRate: 1, retryAfterSeconds: 3 });
  const r = await call(emu.url, 'GetEnvironment', ENV);
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toBe('3');
  expect(r.body).toMatchObject({ __type: 'ThrottlingException', retryAfterSeconds: 3, message: expect.any(String) });
});

test('5xx rate answers InternalServerException 500', async () => {
  await emu.control.setFaults({ errorRate: 1 });
  const r = await call(emu.url, 'ListEnvironments', {});
  expect(r.status).toBe(500);
  expect(r.body.__type).toBe('InternalServerException');
  expect(r.headers.get('x-amzn-requestid')).toBeTruthy();
});

test('connection resets destroy the socket without an answer', async () => {
  await emu.control.setFaults({ resetRate: 1 });
  await expect(call(emu.url, 'GetEnvironment', ENV)).rejects.toThrow();
  await emu.control.clearFaults();
  expect((await call(emu.url, 'GetEnvironment', ENV)).status).toBe(200);
  expect((await emu.control.getCounters()).GetEnvironment).toMatchObject({ calls: 2, faulted: 1, ok: 1 });
});

/** Posts a signed request through node:http and reports what arrived: status, body, and whether it was cut short. */
async function rawCall(op: string, input: object): Promise<{ status?: number; body: string; declared?: number; error?: string }> {
  const req = await signedRequest(emu.url, op, input);
  const u = new URL(emu.url);
  return new Promise((resolve) => {
    let status: number | undefined;
    let declared: number | undefined;
    let body = '';
    const r = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/', headers: req.headers, agent: false }, (res) => {
      status = res.statusCode;
      declared = Number(res.headers['content-length']);
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status, body, declared }));
      res.on('error', (e) => resolve({ status, body, declared, error: e.message }));
      res.on('aborted', () => resolve({ status, body, declared, error: 'aborted' }));
    });
    r.on('error', (e) => resolve({ status, body, declared, error: e.message }));
    r.end(req.body);
  });
}

const VCENTER = { ...ENV, type: 'VCENTER', applianceFqdn: 'vc.example.internal', secretIdentifier: 'evs/vc' };

test('a lost answer (dropped): EVS made the connector, the client got nothing, a retry finds it', async () => {
  await emu.control.setFaults({ loseNextAnswers: { operation: 'CreateEnvironmentConnector', count: 1, style: 'drop' } });
  const lost = await rawCall('CreateEnvironmentConnector', VCENTER);
  expect(lost).toMatchObject({ status: undefined, body: '', error: expect.stringMatching(/socket hang up|ECONNRESET/) });
  // The operation ran and stays done.
  const held = await emu.control.listConnectors();
  expect(held.map((c) => [c.type, c.applianceFqdn])).toEqual([['VCENTER', 'vc.example.internal']]);
  // The charge is used up: the retry is answered, and refused because the connector exists.
  const retry = await call(emu.url, 'CreateEnvironmentConnector', VCENTER);
  expect(retry.status).toBe(400);
  expect(retry.body.message).toContain(held[0]!.connectorId);
  expect((await emu.control.getCounters()).CreateEnvironmentConnector).toMatchObject({ calls: 2, ok: 1, validation: 1, lostAnswers: 1 });
  expect((await emu.control.getFaults()).loseNextAnswers).toMatchObject({ count: 0 });
});

test('a lost answer (truncated): status and headers arrive, the body stops halfway and the connection closes', async () => {
  await emu.control.setFaults({ loseNextAnswers: { operation: 'CreateEnvironmentConnector', count: 1, style: 'truncate' } });
  const cut = await rawCall('CreateEnvironmentConnector', VCENTER);
  expect(cut.status).toBe(200);
  expect(cut.error).toBeDefined();
  expect(cut.body.length).toBeGreaterThan(0);
  expect(cut.body.length).toBeLessThan(cut.declared!);
  expect(() => JSON.parse(cut.body)).toThrow();
  expect(await emu.control.listConnectors()).toHaveLength(1);
  expect((await emu.control.getCounters()).CreateEnvironmentConnector).toMatchObject({ calls: 1, ok: 1, lostAnswers: 1 });
});

test('lost answers charged to several operations at once: each operation loses its own next answers', async () => {
  await emu.control.setFaults({
    loseNextAnswers: [
      { operation: 'CreateEnvironmentConnector', count: 1, style: 'drop' },
      { operation: 'ListEnvironmentConnectors', count: 2, style: 'drop' },
    ],
  });
  expect((await rawCall('CreateEnvironmentConnector', VCENTER)).error).toBeDefined();
  for (let i = 0; i < 2; i++) expect((await rawCall('ListEnvironmentConnectors', ENV)).error).toBeDefined();
  expect((await call(emu.url, 'ListEnvironmentConnectors', ENV)).status).toBe(200);
  const counters = await emu.control.getCounters();
  expect(counters.CreateEnvironmentConnector).toMatchObject({ calls: 1, ok: 1, lostAnswers: 1 });
  expect(counters.ListEnvironmentConnectors).toMatchObject({ calls: 3, lostAnswers: 2 });
  await expect(emu.control.setFaults({ loseNextAnswers: [{ operation: 'GetEnvironment', count: 1 }, { operation: 'Nope' as never, count: 1 }] })).rejects.toMatchObject({ status: 400 });
});

test('lost answers by rate: seeded, both styles, every lost operation still applied', async () => {
  const envs = Array.from({ length: 30 }, (_, i) => `env-lost${String(i).padStart(6, '0')}`);
  await emu.control.seedEnvironments(envs.map((id) => ({ id })));
  const run = async () => {
    const out: string[] = [];
    for (const environmentId of envs) {
      const r = await rawCall('CreateEnvironmentConnector', { ...VCENTER, environmentId });
      out.push(r.error ? (r.status ? 'truncated' : 'dropped') : String(r.status));
    }
    return out;
  };
  await emu.control.setFaults({ lostAnswerRate: 0.4, seed: 11, operations: ['CreateEnvironmentConnector'] });
  const first = await run();
  expect(first).toContain('dropped');
  expect(first).toContain('truncated');
  expect(first).toContain('200');
  // Every create took effect, answered or not.
  const held = await emu.control.listConnectors();
  expect(held.map((c) => c.environmentId).sort()).toEqual(envs);
  const lost = first.filter((s) => s !== '200').length;
  expect((await emu.control.getCounters()).CreateEnvironmentConnector).toMatchObject({ calls: 30, ok: 30, lostAnswers: lost });
  // Same seed, same requests: the same answers are lost.
  for (const c of held) await emu.control.deleteConnector(c.connectorId);
  await emu.control.setFaults({ lostAnswerRate: 0.4, seed: 11, operations: ['CreateEnvironmentConnector'] });
  expect(await run()).toEqual(first);
});

test('lost-answer settings are checked', async () => {
  await expect(emu.control.setFaults({ lostAnswerRate: 1.5 })).rejects.toMatchObject({ status: 400 });
  await expect(emu.control.setFaults({ lostAnswerStyle: 'late' as never })).rejects.toMatchObject({ status: 400 });
  await expect(emu.control.setFaults({ loseNextAnswers: { operation: 'Nope' as never, count: 1 } })).rejects.toMatchObject({ status: 400 });
  await expect(emu.control.setFaults({ loseNextAnswers: { operation: 'GetEnvironment', count: -1 } })).rejects.toMatchObject({ status: 400 });
});

test('added latency delays answers', async () => {
  await emu.control.setFaults({ latencyMs: 120 });
  const t = Date.now();
  await call(emu.url, 'GetEnvironment', ENV);
  expect(Date.now() - t).toBeGreaterThanOrEqual(110);
});

test('faults can be scoped to operations', async () => {
  await emu.control.setFaults({ throttleRate: 1, operations: ['CreateEnvironmentConnector'] });
  expect((await call(emu.url, 'GetEnvironment', ENV)).status).toBe(200);
  const c = await call(emu.url, 'CreateEnvironmentConnector', { ...ENV, type: 'VCENTER', applianceFqdn: 'a.b', secretIdentifier: 's' });
  expect(c.status).toBe(429);
});

test('"next N creates fail" counts down', async () => {
  await emu.control.setFaults({ failNextCreates: { count: 2, stateDetails: 'boom' } });
  for (const type of ['VCENTER', 'SDDC_MANAGER', 'OPERATIONS_MANAGER']) {
    await call(emu.url, 'CreateEnvironmentConnector', { ...ENV, type, applianceFqdn: `${type.toLowerCase().replace(/_/g, '-')}.example`, secretIdentifier: 's' });
  }
  const states = (await emu.control.listConnectors()).map((c) => [c.type, c.state, c.stateDetails]);
  expect(states).toEqual([
    ['VCENTER', 'CREATE_FAILED', 'boom'],
    ['SDDC_MANAGER', 'CREATE_FAILED', 'boom'],
    ['OPERATIONS_MANAGER', 'ACTIVE', undefined],
  ]);
  expect((await emu.control.getFaults()).failNextCreates?.count).toBe(0);
});

test('token-bucket rate limit per operation throttles beyond the burst and refills', async () => {
  // One token a second: the five quick calls cannot earn a refill even on a loaded machine.
  await emu.control.setRateLimits({ GetEnvironment: { ratePerSecond: 1, burst: 3 } });
  expect(await statuses(5)).toEqual([200, 200, 200, 429, 429]);
  const r = await call(emu.url, 'GetEnvironment', ENV);
  expect(r.body.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(r.headers.get('retry-after')).toBe(String(r.body.retryAfterSeconds));
  // Other operations are not limited.
  expect((await call(emu.url, 'ListEnvironments', {})).status).toBe(200);
  await new Promise((res) => setTimeout(res, 1100));
  expect((await call(emu.url, 'GetEnvironment', ENV)).status).toBe(200);
  expect((await emu.control.getCounters()).GetEnvironment).toMatchObject({ calls: 7, ok: 4, throttled: 3 });
});

test('counters by outcome: ok, throttled, faulted, validation, notFound', async () => {
  await call(emu.url, 'GetEnvironment', ENV);
  await call(emu.url, 'GetEnvironment', { environmentId: 'bad' });
  await call(emu.url, 'GetEnvironment', { environmentId: 'env-nothere000' });
  await emu.control.setFaults({ throttleRate: 1 });
  await call(emu.url, 'GetEnvironment', ENV);
  await emu.control.setFaults({ errorRate: 1 });
  await call(emu.url, 'GetEnvironment', ENV);
  const c = await emu.control.getCounters();
  expect(c.GetEnvironment).toEqual({ calls: 5, ok: 1, throttled: 1, faulted: 1, validation: 1, notFound: 1, denied: 0, other: 0, lostAnswers: 0 });
  expect(c.ListEnvironments.calls).toBe(0);
  await emu.control.resetCounters();
  expect((await emu.control.getCounters()).GetEnvironment.calls).toBe(0);
});

test('a reset connection fault does not disturb other keep-alive clients', async () => {
  await emu.control.setFaults({ resetRate: 0.5, seed: 7 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const u = new URL(emu.url);
  const results = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const req = await signedRequest(emu.url, 'GetEnvironment', ENV);
      return new Promise<string>((resolve) => {
        const r = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/', headers: req.headers, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.statusCode)));
        });
        r.on('error', () => resolve('reset'));
        r.end(req.body);
      });
    }),
  );
  agent.destroy();
  expect(results).toContain('reset');
  expect(results).toContain('200');
});
