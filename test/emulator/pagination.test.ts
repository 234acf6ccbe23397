/** Pagination: opaque tokens, maxResults, invalid tokens. */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, ok } from './support/aws-json';

let emu: RunningEmulator;
const ids = Array.from({ length: 25 }, (_, i) => `env-page${String(i).padStart(6, '0')}`);
beforeAll(async () => {
  emu = await startEmulator({
    durations: { createMs: 0 },
    environments: ids.map((id, i) => ({ id, state: i % 5 === 0 ? 'CREATING' : 'CREATED', vcfVersion: 'SELF_DEPLOYED' })),
  });
});
afterAll(() => emu.close());

async function all(op: string, input: object, key: string, maxResults: number) {
  const pages: any[][] = [];
  let nextToken: string | undefined;
  do {
    const out = await ok(emu.url, op, { ...input, maxResults, nextToken });
    pages.push(out[key]);
    nextToken = out.nextToken;
    if (nextToken) expect(nextToken).not.toMatch(/env-|cnctr-/); // opaque
  } while (nextToken);
  return pages;
}

test('ListEnvironments pages through every environment exactly once', async () => {
  const pages = await all('ListEnvironments', {}, 'environmentSummaries', 10);
  expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
  expect(pages.flat().map((e) => e.environmentId).sort()).toEqual([...ids].sort());
  const unpaged = await ok(emu.url, 'ListEnvironments', {});
  expect(unpaged.environmentSummaries).toHaveLength(25);
  expect(unpaged.nextToken).toBeUndefined();
});

test('a state filter is part of the token scope', async () => {
  const pages = await all('ListEnvironments', { state: ['CREATING'] }, 'environmentSummaries', 2);
  expect(pages.flat()).toHaveLength(5);
  const first = await ok(emu.url, 'ListEnvironments', { state: ['CREATING'], maxResults: 2 });
  const reused = await call(emu.url, 'ListEnvironments', { maxResults: 2, nextToken: first.nextToken });
  expect(reused.status).toBe(400);
});

test('ListEnvironmentConnectors pages with maxResults 1 across three pages', async () => {
  const env = ids[1]!;
  for (const type of ['VCENTER', 'SDDC_MANAGER', 'OPERATIONS_MANAGER']) {
    await ok(emu.url, 'CreateEnvironmentConnector', { environmentId: env, type, applianceFqdn: `${type.toLowerCase().replace(/_/g, '-')}.example`, secretIdentifier: 's' });
  }
  const pages = await all('ListEnvironmentConnectors', { environmentId: env }, 'connectors', 1);
  expect(pages.map((p) => p.length)).toEqual([1, 1, 1]);
  expect(new Set(pages.flat().map((c) => c.type)).size).toBe(3);
});

test('invalid, forged or foreign tokens answer ValidationException', async () => {
  const first = await ok(emu.url, 'ListEnvironments', { maxResults: 1 });
  const forged = first.nextToken.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
  for (const nextToken of ['garbage', '', 'a.b', forged, 'x'.repeat(5000)]) {
    const r = await call(emu.url, 'ListEnvironments', { nextToken });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ __type: 'ValidationException', fieldList: [{ name: 'nextToken', message: expect.any(String) }] });
  }
  const foreign = await call(emu.url, 'ListEnvironmentConnectors', { environmentId: ids[1], nextToken: first.nextToken });
  expect(foreign.status).toBe(400);
});
