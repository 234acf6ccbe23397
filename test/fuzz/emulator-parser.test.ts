/** Fixed-seed fuzzing of the local EVS service's request parsing for CI (long run: `npm run fuzz`). */
import fc from 'fast-check';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { httpTotal, operationsTotal, parserTotal } from './properties';

const SEED = 20261130;
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(() => emu?.close());

test('parse: any text is a JSON object or ValidationException cannotParse, never slowly', () => {
  fc.assert(parserTotal(), { seed: SEED, numRuns: 3000 });
});

test('operations: any input to any operation is answered or refused with a 4xx AWS error', () => {
  fc.assert(operationsTotal(), { seed: SEED, numRuns: 3000 });
});

test('real HTTP: any target, content type and body gets an AWS-shaped answer below 500; the server keeps serving', async () => {
  await fc.assert(httpTotal(emu.url), { seed: SEED, numRuns: 300 });
  const health = await fetch(`${emu.url}/_emulator/health`);
  expect(await health.json()).toMatchObject({ ok: true });
  const counters = await emu.control.getCounters();
  expect(Object.values(counters).reduce((n, c) => n + c.other, 0)).toBe(0);
});

test('found by fuzzing: null members are absent members (was a TypeError → 500 for {"nextToken": null})', async () => {
  const { call } = await import('../emulator/support/aws-json');
  for (const [op, input] of [
    ['ListEnvironments', { nextToken: null, maxResults: null, state: null }],
    ['ListEnvironmentConnectors', { environmentId: 'env-0000000001', nextToken: null }],
  ] as const) {
    const r = await call(emu.url, op, input);
    expect(r.status).toBe(200);
  }
});
