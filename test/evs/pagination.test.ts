import {
  EvsClient,
  paginateListEnvironmentConnectors,
  paginateListEnvironments,
  ValidationException,
} from '../../src/evs';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';
import { awsError, ok, startScriptedServer, type ScriptedServer, type RecordedRequest } from './support/scripted-server';

let server: ScriptedServer;
let client: EvsClient;

/** A paged list served from memory: the token is the next index, the page size is maxResults (default 2). */
function pagedConnectors(total: number) {
  return (req: RecordedRequest) => {
    const start = req.json.nextToken ? Number(req.json.nextToken) : 0;
    const size = req.json.maxResults ?? 2;
    const items = Array.from({ length: total }, (_, i) => ({ connectorId: `cnctr-${String(i).padStart(10, '0')}`, createdAt: 1700000000 + i }));
    const page = items.slice(start, start + size);
    const next = start + size < total ? String(start + size) : undefined;
    return ok({ connectors: page, ...(next && { nextToken: next }) });
  };
}

beforeAll(async () => {
  isolateAwsEnv();
  server = await startScriptedServer();
  client = new EvsClient({ region: 'us-east-1', endpoint: server.url, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

test('follows nextToken across pages and stops when it is absent', async () => {
  server.fallback = pagedConnectors(7);
  const pages: string[][] = [];
  for await (const page of paginateListEnvironmentConnectors({ client }, { environmentId: 'env-0123456789' })) {
    pages.push((page.connectors ?? []).map((c) => c.connectorId!));
    expect(page.$metadata.httpStatusCode).toBe(200);
  }
  expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
  expect(pages.flat()).toHaveLength(7);
  expect(new Set(pages.flat()).size).toBe(7);
  expect(server.requests.map((r) => r.json.nextToken)).toEqual([undefined, '2', '4', '6']);
  expect(server.requests.every((r) => r.json.environmentId === 'env-0123456789')).toBe(true);
});

test('pageSize fills maxResults; startingToken starts mid-way', async () => {
  server.fallback = pagedConnectors(10);
  const ids: string[] = [];
  for await (const page of paginateListEnvironmentConnectors({ client, pageSize: 3, startingToken: '4' }, { environmentId: 'env-0123456789' })) {
    ids.push(...(page.connectors ?? []).map((c) => c.connectorId!));
  }
  expect(ids).toEqual(['cnctr-0000000004', 'cnctr-0000000005', 'cnctr-0000000006', 'cnctr-0000000007', 'cnctr-0000000008', 'cnctr-0000000009']);
  expect(server.requests.map((r) => r.json.maxResults)).toEqual([3, 3]);
});

test('ListEnvironments paginator walks environmentSummaries', async () => {
  server.fallback = (req) =>
    req.json.nextToken === 'p2'
      ? ok({ environmentSummaries: [{ environmentId: 'env-bbbbbbbbbb' }] })
      : ok({ environmentSummaries: [{ environmentId: 'env-aaaaaaaaaa', createdAt: 1.5 }], nextToken: 'p2' });
  const ids: string[] = [];
  for await (const page of paginateListEnvironments({ client }, { state: ['CREATED'] })) {
    ids.push(...page.environmentSummaries!.map((e) => e.environmentId!));
  }
  expect(ids).toEqual(['env-aaaaaaaaaa', 'env-bbbbbbbbbb']);
  expect(server.requests.map((r) => r.json)).toEqual([{ state: ['CREATED'] }, { state: ['CREATED'], nextToken: 'p2' }]);
});

test('an error on a later page surfaces from the iterator', async () => {
  let n = 0;
  server.fallback = () => (n++ === 0 ? ok({ connectors: [{ connectorId: 'cnctr-0000000000' }], nextToken: 'x' }) : awsError(400, 'ValidationException', { reason: 'other' }));
  const seen: number[] = [];
  await expect(
    (async () => {
      for await (const page of paginateListEnvironmentConnectors({ client }, { environmentId: 'env-0123456789' })) {
        seen.push(page.connectors!.length);
      }
    })(),
  ).rejects.toBeInstanceOf(ValidationException);
  expect(seen).toEqual([1]);
});

test('the paginator refuses a client that is not an EvsClient', () => {
  const it = paginateListEnvironments({ client: {} as EvsClient }, {});
  return expect(it.next()).rejects.toThrow('Invalid client');
});
