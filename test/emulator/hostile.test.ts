/** Hostile input gets the AWS error shape and never crashes or stalls the server. */
import * as http from 'http';
import * as net from 'net';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, signedRequest } from './support/aws-json';

let emu: RunningEmulator;
beforeAll(async () => (emu = await startEmulator()));
afterAll(() => emu.close());

const healthy = async () => {
  const r = await call(emu.url, 'GetEnvironment', { environmentId: 'env-0000000001' });
  expect(r.status).toBe(200);
};

/** Posts a signed request with a raw body through node:http (so huge bodies stream). */
async function rawPost(body: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: http.IncomingHttpHeaders }> {
  const signed = await signedRequest(emu.url, 'ListEnvironments', undefined, { rawBody: '' });
  const u = new URL(emu.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, method: 'POST', path: '/', headers: { ...signed.headers, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('malformed JSON answers cannotParse', async () => {
  for (const body of ['{', '{"a":}', 'null', '"text"', '\u0000\u0001', '{"environmentId": "env-0000000001"']) {
    const r = await call(emu.url, 'GetEnvironment', undefined, { rawBody: body });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ __type: 'ValidationException', reason: 'cannotParse' });
  }
  await healthy();
});

test('wrong content type answers the AWS error shape', async () => {
  for (const contentType of ['application/json', 'text/html', 'multipart/form-data; boundary=x', '']) {
    const r = await call(emu.url, 'ListEnvironments', {}, { contentType });
    expect(r.status).toBe(400);
    expect(r.body.__type).toBe('ValidationException');
  }
  await healthy();
});

test('a 2 MiB body is refused with 413 without buffering it', async () => {
  const big = Buffer.alloc(2 * 1024 * 1024, 'a');
  const r = await rawPost(big);
  expect(r.status).toBe(413);
  expect(r.body).toMatchObject({ __type: 'ValidationException', reason: 'cannotParse' });
  expect(r.headers['x-amzn-errortype']).toBe('ValidationException');
  // Chunked (no Content-Length) too.
  const chunked = await rawPost(big, { 'transfer-encoding': 'chunked' });
  expect(chunked.status).toBe(413);
  await healthy();
});

test('10,000-deep nesting is refused quickly', async () => {
  const deep = '{"a":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
  const t = Date.now();
  const r = await call(emu.url, 'ListEnvironments', undefined, { rawBody: deep });
  expect(r.body).toMatchObject({ __type: 'ValidationException', reason: 'cannotParse' });
  const unbalanced = await call(emu.url, 'ListEnvironments', undefined, { rawBody: '['.repeat(100_000) });
  expect(unbalanced.body.reason).toBe('cannotParse');
  expect(Date.now() - t).toBeLessThan(2000);
  await healthy();
});

test('garbage targets, wrong types of members, unknown fields', async () => {
  for (const target of ['', 'AmazonElasticVMwareService.', 'AmazonElasticVMwareService.__proto__', 'A'.repeat(5000), '../../etc/passwd']) {
    const r = await call(emu.url, 'x', {}, { target });
    expect(r.body).toMatchObject({ __type: 'UnknownOperationException' });
  }
  const wrongTypes = await call(emu.url, 'CreateEnvironmentConnector', {
    environmentId: 42,
    type: ['VCENTER'],
    applianceFqdn: { x: 1 },
    secretIdentifier: true,
    __proto__: { polluted: true },
    constructor: 'x',
  });
  expect(wrongTypes.body.reason).toBe('fieldValidationFailed');
  expect(wrongTypes.body.fieldList).toHaveLength(4);
  expect(({} as any).polluted).toBeUndefined();
  await healthy();
});

test('broken HTTP and abandoned connections do not stall the server', async () => {
  const u = new URL(emu.url);
  // Raw garbage instead of HTTP.
  await new Promise<void>((resolve) => {
    const s = net.connect(Number(u.port), u.hostname, () => s.write('NOT HTTP AT ALL\r\n\r\n'));
    s.on('data', () => undefined);
    s.on('close', () => resolve());
    s.on('error', () => resolve());
  });
  // A request whose body never arrives, left open while others are served.
  const half = net.connect(Number(u.port), u.hostname, () =>
    half.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"a":'),
  );
  await healthy();
  half.destroy();
});

test('concurrent garbage, then the server still answers a valid request', async () => {
  const garbage = [
    () => call(emu.url, 'GetEnvironment', undefined, { rawBody: '{'.repeat(5000) }),
    () => call(emu.url, 'Nope', {}),
    () => call(emu.url, 'GetEnvironment', {}, { unsigned: true }),
    () => call(emu.url, 'GetEnvironment', {}, { authorization: 'AWS4-HMAC-SHA256 ,,,,==,' }),
    () => call(emu.url, 'ListEnvironments', { maxResults: 'many', nextToken: { a: 1 } }),
    () => rawPost(Buffer.alloc(1024 * 1024 + 1, '{')),
    () => call(emu.url, 'ListEnvironments', {}, { contentType: 'application/xml' }),
  ];
  const results = await Promise.allSettled(Array.from({ length: 140 }, (_, i) => garbage[i % garbage.length]!()));
  for (const r of results) {
    expect(r.status).toBe('fulfilled');
    const status = (r as PromiseFulfilledResult<{ status: number }>).value.status;
    expect([400, 403, 413]).toContain(status);
  }
  await healthy();
});
