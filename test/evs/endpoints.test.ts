import { EndpointError } from '@smithy/util-endpoints';
import { defaultEndpointResolver, EvsClient, ListEnvironmentsCommand, type EndpointParameters } from '../../src/evs';
import { readReference } from '../support/reference';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';
import { ok, startScriptedServer, type ScriptedServer } from './support/scripted-server';

interface Vector {
  documentation: string;
  /** Absent in the "Missing region" vector: every parameter takes its default. */
  params?: EndpointParameters;
  expect: { endpoint?: { url: string; headers?: Record<string, string[]>; properties?: unknown }; error?: string };
}

const vectors: Vector[] = readReference<{ testCases: Vector[] }>('endpoint-tests-1.json').testCases;

describe('endpoint rule vectors (endpoint-tests-1.json)', () => {
  test('the reference file has vectors, including error cases', () => {
    expect(vectors.length).toBeGreaterThan(10);
    expect(vectors.some((v) => v.expect.error)).toBe(true);
  });

  test.each(vectors.map((v) => [v.documentation, v] as const))('%s', (_doc, v) => {
    if (v.expect.error !== undefined) {
      let thrown: unknown;
      try {
        defaultEndpointResolver(v.params ?? {});
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(EndpointError);
      expect((thrown as Error).message).toBe(v.expect.error);
    } else {
      const ep = defaultEndpointResolver(v.params ?? {});
      expect(ep.url.href.replace(/\/$/, '')).toBe(v.expect.endpoint!.url.replace(/\/$/, ''));
      expect(ep.headers ?? {}).toEqual(v.expect.endpoint!.headers ?? {});
    }
  });
});

describe('rules beyond the vectors', () => {
  test('missing region without a custom endpoint is a configuration error', () => {
    expect(() => defaultEndpointResolver({ UseFIPS: false, UseDualStack: false })).toThrow(
      'Invalid Configuration: Missing Region',
    );
  });
  test('a custom endpoint keeps its path and port', () => {
    expect(defaultEndpointResolver({ Endpoint: 'http://127.0.0.1:4566/evs' }).url.href).toBe('http://127.0.0.1:4566/evs');
  });
  test('unknown regions fall into the aws partition as the SDK does', () => {
    expect(defaultEndpointResolver({ Region: 'xx-nowhere-9' }).url.href).toBe('https://evs.xx-nowhere-9.amazonaws.com/');
  });
});

describe('endpoint selection in the client', () => {
  let a: ScriptedServer;
  let b: ScriptedServer;
  let c: ScriptedServer;
  beforeAll(async () => {
    [a, b, c] = await Promise.all([startScriptedServer(), startScriptedServer(), startScriptedServer()]);
    for (const s of [a, b, c]) s.fallback = () => ok({ environmentSummaries: [] });
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close(), c.close()]);
  });
  beforeEach(() => {
    isolateAwsEnv();
    for (const s of [a, b, c]) s.requests.length = 0;
  });

  async function callWith(config: ConstructorParameters<typeof EvsClient>[0]) {
    const client = new EvsClient({ region: 'us-west-2', credentials: TEST_CREDENTIALS, ...config });
    try {
      return await client.send(new ListEnvironmentsCommand({}));
    } finally {
      client.destroy();
    }
  }
  const hits = () => [a.requests.length, b.requests.length, c.requests.length];

  test('config endpoint wins over AWS_ENDPOINT_URL_EVS and AWS_ENDPOINT_URL', async () => {
    process.env.AWS_ENDPOINT_URL_EVS = b.url;
    process.env.AWS_ENDPOINT_URL = c.url;
    await callWith({ endpoint: a.url });
    expect(hits()).toEqual([1, 0, 0]);
  });
  test('AWS_ENDPOINT_URL_EVS wins over AWS_ENDPOINT_URL', async () => {
    process.env.AWS_ENDPOINT_URL_EVS = b.url;
    process.env.AWS_ENDPOINT_URL = c.url;
    await callWith({});
    expect(hits()).toEqual([0, 1, 0]);
  });
  test('AWS_ENDPOINT_URL applies when nothing more specific is set', async () => {
    process.env.AWS_ENDPOINT_URL = c.url;
    await callWith({});
    expect(hits()).toEqual([0, 0, 1]);
  });
  test('AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ignores the environment endpoints', async () => {
    process.env.AWS_ENDPOINT_URL_EVS = b.url;
    process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = 'true';
    // Would go to the real https://evs.us-west-2.amazonaws.com: stop it at the endpoint with a spy resolver.
    const seen: string[] = [];
    await expect(
      callWith({
        endpointProvider: (p: EndpointParameters) => {
          seen.push(defaultEndpointResolver(p).url.href);
          throw new Error('stop before the network');
        },
      }),
    ).rejects.toThrow('stop before the network');
    expect(seen).toEqual(['https://evs.us-west-2.amazonaws.com/']);
    expect(hits()).toEqual([0, 0, 0]);
  });
  test('custom endpoint plus FIPS from AWS_USE_FIPS_ENDPOINT is refused before sending', async () => {
    process.env.AWS_USE_FIPS_ENDPOINT = 'true';
    await expect(callWith({ endpoint: a.url })).rejects.toThrow('Invalid Configuration: FIPS and custom endpoint are not supported');
    expect(hits()).toEqual([0, 0, 0]);
  });
  test('custom endpoint plus useDualstackEndpoint config is refused', async () => {
    await expect(callWith({ endpoint: a.url, useDualstackEndpoint: true })).rejects.toThrow(
      'Invalid Configuration: Dualstack and custom endpoint are not supported',
    );
  });
  test('FIPS and dual-stack from config and env reach the resolver', async () => {
    process.env.AWS_USE_DUALSTACK_ENDPOINT = 'true';
    const seen: EndpointParameters[] = [];
    const stop = (p: EndpointParameters) => {
      seen.push(p);
      throw new Error('stop');
    };
    await expect(callWith({ useFipsEndpoint: true, endpointProvider: stop })).rejects.toThrow('stop');
    expect(seen[0]).toMatchObject({ Region: 'us-west-2', UseFIPS: true, UseDualStack: true });
    expect(defaultEndpointResolver(seen[0]!).url.href).toBe('https://evs-fips.us-west-2.api.aws/');
  });
  test('region from AWS_REGION when config has none', async () => {
    process.env.AWS_REGION = 'eu-central-1';
    const seen: EndpointParameters[] = [];
    const client = new EvsClient({
      credentials: TEST_CREDENTIALS,
      endpointProvider: (p: EndpointParameters) => {
        seen.push(p);
        throw new Error('stop');
      },
    });
    await expect(client.send(new ListEnvironmentsCommand({}))).rejects.toThrow('stop');
    expect(seen[0]!.Region).toBe('eu-central-1');
    client.destroy();
  });
});
