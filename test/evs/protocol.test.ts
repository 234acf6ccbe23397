import {
  CreateEnvironmentConnectorCommand,
  DeleteEnvironmentConnectorCommand,
  EvsClient,
  GetEnvironmentCommand,
  ListEnvironmentConnectorsCommand,
  ListEnvironmentsCommand,
  UpdateEnvironmentConnectorCommand,
} from '../../src/evs';
import * as Evs from '../../src/evs';
import { readReference } from '../support/reference';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';
import { ok, startScriptedServer, type ScriptedServer } from './support/scripted-server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const wireConnector = {
  environmentId: 'env-0123456789',
  connectorId: 'cnctr-abcdefghij',
  type: 'VCENTER',
  applianceFqdn: 'vcenter.example.internal',
  secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vc-AbCdEf',
  state: 'ACTIVE',
  stateDetails: 'ok',
  status: 'PASSED',
  checks: [
    { type: 'VCENTER_REACHABILITY', result: 'PASSED', lastCheckAttempt: 1751234567.125 },
    { type: 'VCENTER_VM_SYNC', result: 'FAILED', lastCheckAttempt: 1751234568, impairedSince: 1751230000.5 },
  ],
  createdAt: 1751230000.123,
  modifiedAt: 1751234567,
};

let server: ScriptedServer;
let client: EvsClient;

beforeAll(async () => {
  isolateAwsEnv();
  server = await startScriptedServer();
  client = new EvsClient({ region: 'eu-west-1', endpoint: server.url, credentials: TEST_CREDENTIALS });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

function lastRequest() {
  const r = server.requests.at(-1);
  if (!r) throw new Error('no request reached the server');
  return r;
}

describe('requests on the wire', () => {
  test('POST / with the awsJson1_0 headers and a SigV4 signature for evs in the region', async () => {
    server.push(ok({ environment: {} }));
    await client.send(new GetEnvironmentCommand({ environmentId: 'env-0123456789' }));
    const r = lastRequest();
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/');
    expect(r.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(r.headers['x-amz-target']).toBe('AmazonElasticVMwareService.GetEnvironment');
    expect(r.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTESTEVS\/\d{8}\/eu-west-1\/evs\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/,
    );
    expect(r.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(r.headers['amz-sdk-invocation-id']).toMatch(UUID);
    expect(r.headers['user-agent']).toContain('api/evs#');
    expect(r.json).toEqual({ environmentId: 'env-0123456789' });
  });

  test('an empty input is sent as {}', async () => {
    server.push(ok({}));
    await client.send(new ListEnvironmentsCommand({}));
    expect(lastRequest().body).toBe('{}');
    expect(lastRequest().headers['x-amz-target']).toBe('AmazonElasticVMwareService.ListEnvironments');
  });

  test('each operation names its target and sends every member in the body', async () => {
    const cases: [string, { send(): Promise<unknown> }, Record<string, unknown>][] = [
      [
        'ListEnvironmentConnectors',
        { send: () => client.send(new ListEnvironmentConnectorsCommand({ environmentId: 'env-0123456789', maxResults: 5, nextToken: 't1' })) },
        { environmentId: 'env-0123456789', maxResults: 5, nextToken: 't1' },
      ],
      [
        'ListEnvironments',
        { send: () => client.send(new ListEnvironmentsCommand({ state: ['CREATED', 'CREATING'], maxResults: 2 })) },
        { state: ['CREATED', 'CREATING'], maxResults: 2 },
      ],
      [
        'UpdateEnvironmentConnector',
        {
          send: () =>
            client.send(
              new UpdateEnvironmentConnectorCommand({
                clientToken: 'tok-1',
                environmentId: 'env-0123456789',
                connectorId: 'cnctr-abcdefghij',
                applianceFqdn: 'new.example.internal',
              }),
            ),
        },
        { clientToken: 'tok-1', environmentId: 'env-0123456789', connectorId: 'cnctr-abcdefghij', applianceFqdn: 'new.example.internal' },
      ],
    ];
    for (const [op, call, body] of cases) {
      server.push(ok({}));
      await call.send();
      expect(lastRequest().headers['x-amz-target']).toBe(`AmazonElasticVMwareService.${op}`);
      expect(lastRequest().json).toEqual(body);
    }
  });

  test('members outside the model are not sent', async () => {
    server.push(ok({}));
    await client.send(new GetEnvironmentCommand({ environmentId: 'env-0123456789', extra: 'x' } as never));
    expect(lastRequest().json).toEqual({ environmentId: 'env-0123456789' });
  });
});

const model = readReference('service-2.json');

/** A value for every member of a model shape, recursively (timestamps as epoch seconds with a fraction). */
function sample(shapeName: string, depth = 0): unknown {
  const shape = model.shapes[shapeName];
  switch (shape.type) {
    case 'structure':
      return Object.fromEntries(Object.entries(shape.members).map(([k, m]: [string, any]) => [k, sample(m.shape, depth + 1)]));
    case 'list':
      return [sample(shape.member.shape, depth + 1)];
    case 'map':
      return { k: sample(shape.value.shape, depth + 1) };
    case 'timestamp':
      return 1751230000.25;
    case 'integer':
    case 'long':
      return 7;
    case 'boolean':
      return true;
    default:
      return shape.enum ? shape.enum[0] : `${shapeName}-value`;
  }
}

/** The same value as the client gives it back: timestamps as Dates. */
function asClientSees(shapeName: string, value: unknown): unknown {
  const shape = model.shapes[shapeName];
  if (shape.type === 'timestamp') return new Date((value as number) * 1000);
  if (shape.type === 'list') return (value as unknown[]).map((v) => asClientSees(shape.member.shape, v));
  if (shape.type === 'structure') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, asClientSees(shape.members[k].shape, v)]));
  }
  return value;
}

const COMMANDS = Object.entries(Evs)
  .filter(([name]) => name.endsWith('Command') && name !== '$Command')
  .map(([name, cls]) => [name.slice(0, -'Command'.length), cls] as [string, new (input: object) => any]);

describe('every command against the official model, member by member', () => {
  test('there is exactly one command per operation of the model', () => {
    expect(COMMANDS.map(([op]) => op).sort()).toEqual(Object.keys(model.operations).sort());
  });

  test('every paginator of the model has its paginate<Operation>, and only those', () => {
    const paginators: Record<string, any> = readReference('paginators-1.json').pagination;
    const exported = Object.keys(Evs).filter((n) => n.startsWith('paginate')).sort();
    expect(exported).toEqual(Object.keys(paginators).map((op) => `paginate${op}`).sort());
    for (const spec of Object.values(paginators)) {
      expect(spec).toMatchObject({ input_token: 'nextToken', output_token: 'nextToken', limit_key: 'maxResults' });
    }
  });

  test.each(COMMANDS)('%s fills a fresh UUID in every idempotency token member of the model', async (op, Command) => {
    const spec = model.operations[op];
    const members: Record<string, any> = model.shapes[spec.input.shape].members;
    const tokens = Object.entries(members).filter(([, m]) => m.idempotencyToken).map(([k]) => k);
    const input = sample(spec.input.shape) as Record<string, unknown>;
    for (const t of tokens) delete input[t];
    server.push(ok({}));
    await client.send(new Command(input));
    for (const t of tokens) expect(lastRequest().json[t]).toMatch(UUID);
    expect(Object.keys(lastRequest().json).filter((k) => !(k in input)).sort()).toEqual(tokens.sort());
  });

  test.each(COMMANDS)('%s sends every input member and reads every output member', async (op, Command) => {
    const spec = model.operations[op];
    const input = sample(spec.input.shape) as Record<string, unknown>;
    const output = sample(spec.output.shape);
    server.push(ok(output));
    const out = await client.send(new Command(input));
    expect(lastRequest().headers['x-amz-target']).toBe(`AmazonElasticVMwareService.${op}`);
    expect(lastRequest().json).toEqual(input);
    const { $metadata, ...members } = out;
    expect($metadata.httpStatusCode).toBe(200);
    expect(members).toEqual(asClientSees(spec.output.shape, output));
  });
});

describe('idempotency token', () => {
  const ops: [string, () => Promise<unknown>][] = [
    [
      'CreateEnvironmentConnector',
      () =>
        client.send(
          new CreateEnvironmentConnectorCommand({ environmentId: 'env-0123456789', type: 'VCENTER', applianceFqdn: 'a.b', secretIdentifier: 's' }),
        ),
    ],
    [
      'UpdateEnvironmentConnector',
      () =>
        client.send(
          new UpdateEnvironmentConnectorCommand({ environmentId: 'env-0123456789', connectorId: 'cnctr-abcdefghij', secretIdentifier: 's2' }),
        ),
    ],
    [
      'DeleteEnvironmentConnector',
      () => client.send(new DeleteEnvironmentConnectorCommand({ environmentId: 'env-0123456789', connectorId: 'cnctr-abcdefghij' })),
    ],
    [
      'CreateEntitlement',
      () =>
        client.send(
          new Evs.CreateEntitlementCommand({ environmentId: 'env-0123456789', connectorId: 'cnctr-abcdefghij', entitlementType: 'WINDOWS_SERVER', vmIds: ['vm-1'] }),
        ),
    ],
    [
      'DeleteEntitlement',
      () =>
        client.send(
          new Evs.DeleteEntitlementCommand({ environmentId: 'env-0123456789', connectorId: 'cnctr-abcdefghij', entitlementType: 'WINDOWS_SERVER', vmIds: ['vm-1'] }),
        ),
    ],
  ];
  test.each(ops)('%s fills a fresh UUID clientToken when absent', async (_n, send) => {
    server.push(ok({}), ok({}));
    await send();
    await send();
    const [a, b] = server.requests.map((r) => r.json.clientToken);
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });
  test('a given clientToken is kept, and reused on retries', async () => {
    server.push({ reset: true }, ok({}));
    await client.send(
      new CreateEnvironmentConnectorCommand({
        clientToken: 'my-token',
        environmentId: 'env-0123456789',
        type: 'SDDC_MANAGER',
        applianceFqdn: 'sddc.example.internal',
        secretIdentifier: 'sddc-secret',
      }),
    );
    expect(server.requests.map((r) => r.json.clientToken)).toEqual(['my-token', 'my-token']);
  });
  test('a generated token is the same on every attempt of one call', async () => {
    server.push({ status: 500, body: { __type: 'InternalServerException', message: 'x' } }, ok({}));
    await ops[0]![1]();
    const tokens = server.requests.map((r) => r.json.clientToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
  });
});

describe('responses', () => {
  test('connector members, epoch-second timestamps with fractions become Dates', async () => {
    server.push(ok({ connector: wireConnector }, { 'x-amzn-requestid': 'rid-123' }));
    const out = await client.send(
      new CreateEnvironmentConnectorCommand({
        environmentId: 'env-0123456789',
        type: 'VCENTER',
        applianceFqdn: 'vcenter.example.internal',
        secretIdentifier: 'vc',
      }),
    );
    const c = out.connector!;
    expect(c.connectorId).toBe('cnctr-abcdefghij');
    expect(c.createdAt).toBeInstanceOf(Date);
    expect(c.createdAt!.getTime()).toBe(1751230000123);
    expect(c.modifiedAt!.toISOString()).toBe(new Date(1751234567000).toISOString());
    expect(c.checks![0]!.lastCheckAttempt!.getTime()).toBe(1751234567125);
    expect(c.checks![0]!.impairedSince).toBeUndefined();
    expect(c.checks![1]!.impairedSince!.getTime()).toBe(1751230000500);
    expect(c.secretArn).toBe(wireConnector.secretArn);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: 'rid-123', attempts: 1, totalRetryDelay: 0 });
  });

  test('delete returns the connector and the environment summary', async () => {
    server.push(
      ok({
        connector: { ...wireConnector, state: 'DELETING' },
        environmentSummary: { environmentId: 'env-0123456789', environmentName: 'lab', vcfVersion: 'VCF-5.2.1', environmentState: 'CREATED', createdAt: 1700000000.75 },
      }),
    );
    const out = await client.send(new DeleteEnvironmentConnectorCommand({ environmentId: 'env-0123456789', connectorId: 'cnctr-abcdefghij' }));
    expect(out.connector!.state).toBe('DELETING');
    expect(out.environmentSummary!.createdAt!.getTime()).toBe(1700000000750);
    expect(out.environmentSummary!.vcfVersion).toBe('VCF-5.2.1');
  });

  test('list outputs keep order and nextToken', async () => {
    server.push(ok({ connectors: [wireConnector, { ...wireConnector, connectorId: 'cnctr-0000000002' }], nextToken: 'n2' }));
    const out = await client.send(new ListEnvironmentConnectorsCommand({ environmentId: 'env-0123456789' }));
    expect(out.connectors!.map((c) => c.connectorId)).toEqual(['cnctr-abcdefghij', 'cnctr-0000000002']);
    expect(out.nextToken).toBe('n2');
  });

  test('environment with nested structures and unknown members ignored', async () => {
    server.push(
      ok({
        environment: {
          environmentId: 'env-0123456789',
          environmentState: 'CREATED',
          vcfVersion: 'SELF_DEPLOYED',
          termsAccepted: true,
          createdAt: 1700000000,
          checks: [{ type: 'HOST_COUNT', id: 'c1', result: 'PASSED', impairedSince: 1700000001.25 }],
          connectivityInfo: { privateRouteServerPeerings: ['rsp-1', 'rsp-2'] },
          credentials: [{ secretArn: 'arn:x' }],
          somethingNew: 42,
        },
      }),
    );
    const out = await client.send(new GetEnvironmentCommand({ environmentId: 'env-0123456789' }));
    expect(out.environment).toEqual({
      environmentId: 'env-0123456789',
      environmentState: 'CREATED',
      vcfVersion: 'SELF_DEPLOYED',
      termsAccepted: true,
      createdAt: new Date(1700000000000),
      checks: [{ type: 'HOST_COUNT', id: 'c1', result: 'PASSED', impairedSince: new Date(1700000001250) }],
      connectivityInfo: { privateRouteServerPeerings: ['rsp-1', 'rsp-2'] },
      credentials: [{ secretArn: 'arn:x' }],
    });
  });

  test('a 200 with an empty body is an empty output', async () => {
    server.push({ status: 200, body: '' });
    const out = await client.send(new ListEnvironmentsCommand({}));
    expect(out.environmentSummaries).toBeUndefined();
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  test('a custom endpoint with a base path puts the operation beneath it', async () => {
    const c2 = new EvsClient({ region: 'eu-west-1', endpoint: `${server.url}/prefix`, credentials: TEST_CREDENTIALS });
    server.push(ok({}));
    await c2.send(new ListEnvironmentsCommand({}));
    expect(lastRequest().url).toBe('/prefix/');
    c2.destroy();
  });
});

describe('SDK-shaped surface', () => {
  test('commands expose their input and the endpoint parameter instructions', () => {
    const cmd = new GetEnvironmentCommand({ environmentId: 'env-0123456789' });
    expect(cmd.input).toEqual({ environmentId: 'env-0123456789' });
    expect(Object.keys(GetEnvironmentCommand.getEndpointParameterInstructions()).sort()).toEqual([
      'Endpoint',
      'Region',
      'UseDualStack',
      'UseFIPS',
    ]);
  });
  test('an already-aborted signal stops the call before any request', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(client.send(new ListEnvironmentsCommand({}), { abortSignal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
  test('aborting during a slow answer rejects with AbortError', async () => {
    server.push({ hang: true });
    const ac = new AbortController();
    const p = client.send(new ListEnvironmentsCommand({}), { abortSignal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  }, 15_000);
  test('requestTimeout turns a hung answer into a retried TimeoutError', async () => {
    const c2 = new EvsClient({
      region: 'eu-west-1',
      endpoint: server.url,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 2,
      // Recent NodeHttpHandlers only warn on a request timeout unless told to throw.
      requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true },
    });
    server.push({ hang: true }, { hang: true });
    const t0 = Date.now();
    const err = await c2.send(new ListEnvironmentsCommand({})).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TimeoutError' });
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
    c2.destroy();
  }, 15_000);
});
