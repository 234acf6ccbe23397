import { AdaptiveRetryStrategy, StandardRetryStrategy } from '@smithy/util-retry';
import type { RetryStrategyV2 } from '@smithy/types';
import {
  EvsClient,
  type EvsClientConfig,
  InternalServerException,
  ListEnvironmentsCommand,
  PerCallRetryStrategy,
  ResourceNotFoundException,
  RetryAfterRetryStrategy,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '../../src/evs';
import { withRetryAfterHint } from '../../src/evs/retry';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';
import { awsError, ok, startScriptedServer, type ScriptedServer } from './support/scripted-server';

/** A tiny fixed backoff, so tests measure retry-after and retry counts rather than jitter. */
const FAST_BACKOFF = { computeNextBackoffDelay: () => 5, setDelayBase: () => undefined };
/** The SDK's strategy with the tiny backoff. */
const fast = (maxAttempts: number) => new StandardRetryStrategy({ maxAttempts, backoff: FAST_BACKOFF });

let server: ScriptedServer;
const clients: EvsClient[] = [];

beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});
beforeEach(() => {
  isolateAwsEnv();
  server.requests.length = 0;
  server.fallback = () => ok({ environmentSummaries: [] });
});

function client(config: EvsClientConfig = {}): EvsClient {
  const c = new EvsClient({ region: 'us-east-1', endpoint: server.url, credentials: TEST_CREDENTIALS, ...config });
  clients.push(c);
  return c;
}
const list = (c: EvsClient) => c.send(new ListEnvironmentsCommand({}));
const throttle = (extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  awsError(429, 'ThrottlingException', extra, headers);

describe('what is retried', () => {
  test('throttling is retried until success; $metadata counts the attempts', async () => {
    server.push(throttle(), throttle());
    const out = await list(client({ retryStrategy: fast(3) }));
    expect(server.requests).toHaveLength(3);
    expect(out.$metadata.attempts).toBe(3);
    expect(out.$metadata.totalRetryDelay).toBeGreaterThan(0);
  });

  test('retries reuse the invocation id and number their attempts', async () => {
    server.push(throttle());
    await list(client({ retryStrategy: fast(3), maxAttempts: 3 }));
    const [a, b] = server.requests;
    expect(a!.headers['amz-sdk-invocation-id']).toBe(b!.headers['amz-sdk-invocation-id']);
    expect(a!.headers['amz-sdk-request']).toBe('attempt=1; max=3');
    expect(b!.headers['amz-sdk-request']).toBe('attempt=2; max=3');
    // Each attempt is signed afresh.
    expect(a!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(b!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  test('InternalServerException (500) is retried with the default standard strategy', async () => {
    server.push(awsError(500, 'InternalServerException'));
    const out = await list(client());
    expect(server.requests).toHaveLength(2);
    expect(out.$metadata.attempts).toBe(2);
  });

  test('a 503 with a non-JSON body is retried', async () => {
    server.push({ status: 503, body: '<html>unavailable</html>', headers: { 'content-type': 'text/html' } });
    await list(client({ retryStrategy: fast(3) }));
    expect(server.requests).toHaveLength(2);
  });

  test('a connection reset (ECONNRESET) is retried', async () => {
    server.push({ reset: true }, { reset: true });
    const out = await list(client({ retryStrategy: fast(3) }));
    expect(server.requests).toHaveLength(3);
    expect(out.$metadata.attempts).toBe(3);
  });

  test.each([
    ['ValidationException', 400, ValidationException, { reason: 'fieldValidationFailed' }],
    ['ResourceNotFoundException', 404, ResourceNotFoundException, { resourceId: 'env-0123456789', resourceType: 'environment' }],
    ['ServiceQuotaExceededException', 402, ServiceQuotaExceededException, {}],
  ] as const)('%s is not retried', async (type, status, ctor, members) => {
    server.push(awsError(status, type, members));
    const err = await list(client({ retryStrategy: fast(3) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ctor);
    expect(server.requests).toHaveLength(1);
    expect((err as ValidationException).$metadata.attempts).toBe(1);
  });

  test('maxAttempts bounds the attempts; the last error surfaces with its attempt count', async () => {
    server.fallback = () => throttle();
    const err = await list(client({ maxAttempts: 2, retryStrategy: fast(2) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(server.requests).toHaveLength(2);
    expect((err as ThrottlingException).$metadata.attempts).toBe(2);
  });

  test('maxAttempts from config applies to the default strategy', async () => {
    server.fallback = () => awsError(500, 'InternalServerException');
    const err = await list(client({ maxAttempts: 4 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InternalServerException);
    expect(server.requests).toHaveLength(4);
  });

  test('AWS_MAX_ATTEMPTS from the environment applies', async () => {
    process.env.AWS_MAX_ATTEMPTS = '1';
    server.push(awsError(500, 'InternalServerException'));
    await expect(list(client())).rejects.toBeInstanceOf(InternalServerException);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retry-after', () => {
  test('retryAfterSeconds in the ThrottlingException body sets the wait', async () => {
    server.push(throttle({ retryAfterSeconds: 1 }));
    const out = await list(client({ retryStrategy: fast(3) }));
    const [a, b] = server.requests;
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(950);
    expect(out.$metadata.totalRetryDelay).toBeGreaterThanOrEqual(950);
  });

  test('the Retry-After header sets the wait', async () => {
    server.push(throttle({}, { 'Retry-After': '1' }));
    await list(client({ retryStrategy: fast(3) }));
    const [a, b] = server.requests;
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(950);
  });

  test('without a hint the fast backoff applies (the hint, not the test, made the waits above)', async () => {
    server.push(throttle());
    await list(client({ retryStrategy: fast(3) }));
    const [a, b] = server.requests;
    expect(b!.at - a!.at).toBeLessThan(500);
  });

  test('the header wins over the body', () => {
    const header = new Date(Date.now() + 2000);
    const info = withRetryAfterHint({ errorType: 'THROTTLING', retryAfterHint: header, error: Object.assign(new Error(), { retryAfterSeconds: 9 }) as never });
    expect(info.retryAfterHint).toBe(header);
    const fromBody = withRetryAfterHint({ errorType: 'THROTTLING', error: Object.assign(new Error(), { retryAfterSeconds: 3 }) as never }, 1000);
    expect(fromBody.retryAfterHint!.getTime()).toBe(4000);
    expect(withRetryAfterHint({ errorType: 'THROTTLING', error: Object.assign(new Error(), { retryAfterSeconds: -1 }) as never }).retryAfterHint).toBeUndefined();
  });
});

describe('retry modes', () => {
  async function innerStrategy(c: EvsClient): Promise<RetryStrategyV2> {
    const s = await c.config.retryStrategy();
    expect(s).toBeInstanceOf(RetryAfterRetryStrategy);
    return (s as RetryAfterRetryStrategy).inner;
  }
  test('standard is the default', async () => {
    const s = await innerStrategy(client());
    expect(s).toBeInstanceOf(StandardRetryStrategy);
    expect((s as StandardRetryStrategy).mode).toBe('standard');
  });
  test('retryMode adaptive uses the SDK adaptive strategy and still retries throttling', async () => {
    const c = client({ retryMode: 'adaptive' });
    expect(await innerStrategy(c)).toBeInstanceOf(AdaptiveRetryStrategy);
    server.push(throttle({ retryAfterSeconds: 0 }));
    const out = await list(c);
    expect(out.$metadata.attempts).toBe(2);
  });
  test('AWS_RETRY_MODE=adaptive from the environment', async () => {
    process.env.AWS_RETRY_MODE = 'adaptive';
    expect(await innerStrategy(client())).toBeInstanceOf(AdaptiveRetryStrategy);
  });
  test('a caller-supplied strategy is wrapped, not replaced', async () => {
    const mine = fast(5);
    expect(await innerStrategy(client({ retryStrategy: mine }))).toBe(mine);
  });
});

describe('retries per call: no client-wide retry quota, as in the Terraform AWS provider', () => {
  const perCall = (retryMode = 'standard') =>
    new PerCallRetryStrategy({ maxAttempts: async () => 26, retryMode: async () => retryMode, backoff: FAST_BACKOFF });

  /** 40 calls at once while the first 200 requests answer 500: about 5 failures per call. */
  async function burst(retryStrategy: EvsClientConfig['retryStrategy']) {
    let served = 0;
    server.fallback = () => (served++ < 200 ? awsError(500, 'InternalServerException') : ok({ environmentSummaries: [] }));
    const c = client({ retryStrategy, maxAttempts: 26 });
    return Promise.allSettled(Array.from({ length: 40 }, () => list(c)));
  }

  test('one SDK strategy shared by every call runs out of retry tokens under the burst (why the provider does not use it)', async () => {
    const results = await burst(fast(26));
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed.length).toBeGreaterThan(0);
    expect((failed[0] as PromiseRejectedResult).reason).toBeInstanceOf(InternalServerException);
    expect(((failed[0] as PromiseRejectedResult).reason as InternalServerException).$metadata.attempts).toBeLessThan(26);
  });

  test('a strategy per call: every call of the burst succeeds within its own 25 retries', async () => {
    const results = await burst(perCall());
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(server.requests.length).toBe(240);
  });

  test('a call still stops after its max attempts', async () => {
    server.fallback = () => awsError(500, 'InternalServerException');
    const err = await list(client({ retryStrategy: perCall() })).catch((e: unknown) => e);
    expect((err as InternalServerException).$metadata.attempts).toBe(26);
    expect(server.requests).toHaveLength(26);
  });

  test('adaptive mode: the SDK adaptive strategy per call, throttling retried, the retry-after hint honoured', async () => {
    const strategy = perCall('adaptive');
    server.push(throttle({ retryAfterSeconds: 1 }));
    const out = await list(client({ retryStrategy: strategy }));
    expect(out.$metadata.attempts).toBe(2);
    expect(strategy.mode).toBe('adaptive');
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });
});
