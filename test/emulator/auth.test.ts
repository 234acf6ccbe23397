/** SigV4: form checks always; signature verification when keys are configured. */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, DUMMY_KEYS } from './support/aws-json';

const ENV = { environmentId: 'env-0000000001' };

describe('form checks (no keys configured)', () => {
  let emu: RunningEmulator;
  beforeAll(async () => (emu = await startEmulator()));
  afterAll(() => emu.close());

  test('any well-formed signature with service evs is accepted', async () => {
    expect((await call(emu.url, 'GetEnvironment', ENV)).status).toBe(200);
    const other = await call(emu.url, 'GetEnvironment', ENV, { keys: { accessKeyId: 'X', secretAccessKey: 'Y' }, region: 'eu-west-1' });
    expect(other.status).toBe(200);
  });

  test('no Authorization header: MissingAuthenticationTokenException 403', async () => {
    const r = await call(emu.url, 'GetEnvironment', ENV, { unsigned: true });
    expect(r.status).toBe(403);
    expect(r.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(r.body).toEqual({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
  });

  test('malformed headers: IncompleteSignatureException naming what is missing', async () => {
    const bearer = await call(emu.url, 'GetEnvironment', ENV, { authorization: 'Bearer abc' });
    expect(bearer.status).toBe(403);
    expect(bearer.errorType).toBe('IncompleteSignatureException');
    expect(bearer.body.message).toContain("requires 'Credential' parameter");
    const noEq = await call(emu.url, 'GetEnvironment', ENV, { authorization: 'AWS4-HMAC-SHA256 Credential' });
    expect(noEq.body.message).toContain('missing equal-sign');
    const badScope = await call(emu.url, 'GetEnvironment', ENV, {
      authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1, SignedHeaders=host, Signature=' + 'a'.repeat(64),
    });
    expect(badScope.errorType).toBe('IncompleteSignatureException');
  });

  test('a signature scoped to another service: InvalidSignatureException', async () => {
    const r = await call(emu.url, 'GetEnvironment', ENV, { service: 'dynamodb' });
    expect(r.status).toBe(403);
    expect(r.errorType).toBe('InvalidSignatureException');
    expect(r.body.message).toContain("'evs'");
  });

  test('auth failures are counted as denied', async () => {
    await emu.control.resetCounters();
    await call(emu.url, 'GetEnvironment', ENV, { unsigned: true });
    expect((await emu.control.getCounters()).GetEnvironment).toMatchObject({ calls: 1, denied: 1, ok: 0 });
  });
});

describe('signature verification', () => {
  let emu: RunningEmulator;
  beforeAll(async () => (emu = await startEmulator({ verifySignatures: [DUMMY_KEYS] })));
  afterAll(() => emu.close());

  test('a correct signature passes', async () => {
    expect((await call(emu.url, 'GetEnvironment', ENV)).status).toBe(200);
    expect((await call(emu.url, 'GetEnvironment', ENV, { region: 'ap-southeast-2' })).status).toBe(200);
  });

  test('a wrong secret: InvalidSignatureException', async () => {
    const r = await call(emu.url, 'GetEnvironment', ENV, { keys: { ...DUMMY_KEYS, secretAccessKey: 'wrong' } });
    expect(r.status).toBe(403);
    expect(r.errorType).toBe('InvalidSignatureException');
    expect(r.body.message).toContain('does not match');
  });

  test('an unknown access key: UnrecognizedClientException', async () => {
    const r = await call(emu.url, 'GetEnvironment', ENV, { keys: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' } });
    expect(r.errorType).toBe('UnrecognizedClientException');
  });

  test('a tampered body fails verification', async () => {
    const { signedRequest } = await import('./support/aws-json');
    const req = await signedRequest(emu.url, 'GetEnvironment', ENV);
    const { host: _h, ...headers } = req.headers;
    const res = await fetch(emu.url + '/', { method: 'POST', headers, body: JSON.stringify({ environmentId: 'env-0000000002' }) });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
  });

  test('a signature from an hour ago has expired', async () => {
    const r = await call(emu.url, 'GetEnvironment', ENV, { signingDate: new Date(Date.now() - 3600_000) });
    expect(r.errorType).toBe('InvalidSignatureException');
    expect(r.body.message).toContain('expired');
  });
});
