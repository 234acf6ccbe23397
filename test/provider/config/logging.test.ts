/**
 * TF_LOG lines of the real provider process: the fields terraform-plugin-go writes (tf_req_id per
 * RPC, tf_rpc, tf_resource_type, tf_provider_addr, @caller), and each EVS request and response at
 * DEBUG/TRACE with Authorization, the session token and the model's sensitive members hidden.
 * EVS here is a scripted server whose answer also carries license keys, as GetEnvironment's can.
 */
import { DATA_CONNECTORS, PROVIDER_FULL_SOURCE } from '../../../src/names';
import { connectorsDataSourceSchema } from '../../../src/provider/resources/environment_connector/schema';
import { ok, startScriptedServer, type ScriptedServer } from '../../evs/support/scripted-server';
import { config, ENV } from '../resources/harness';
import { startRealProvider, type RealProvider } from '../support/real-provider';

const SECRET_KEY = 'SeCrEtKeYfOrLoGtEsT0123456789abcdefghijkl';
const SESSION_TOKEN = 'SeSsIoNtOkEnFoRlOgTeSt9876543210zyxwvut';
const LICENSE_KEY = 'LiCeNsEkEy-0000-1111-2222';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LIST = config(connectorsDataSourceSchema, { environment_id: ENV });
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'AKIALOGTEST000000001', AWS_SECRET_ACCESS_KEY: SECRET_KEY, AWS_SESSION_TOKEN: SESSION_TOKEN };

let evs: ScriptedServer;
const running: RealProvider[] = [];
beforeAll(async () => {
  evs = await startScriptedServer();
  evs.fallback = () =>
    ok(
      {
        connectors: [],
        licenseInfo: [{ solutionKey: LICENSE_KEY, vsanKey: LICENSE_KEY }],
      },
      { 'x-amzn-requestid': 'req-log-0001' },
    );
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
  await evs.close();
});

async function provider(env: Record<string, string>): Promise<RealProvider> {
  const p = await startRealProvider({ ...CREDENTIALS, AWS_EC2_METADATA_DISABLED: 'true', ...env });
  running.push(p);
  return p;
}

describe('TF_LOG=TRACE', () => {
  let lines: Array<Record<string, unknown>>;
  let stderr: string;
  beforeAll(async () => {
    const p = await provider({ TF_LOG: 'TRACE' });
    expect(await p.configure({ access_key: null, secret_key: null, endpoint: evs.url })).toEqual([]);
    expect((await p.readData(DATA_CONNECTORS, LIST)).diagnostics).toEqual([]);
    // Another environment, so the provider's list cache does not answer for EVS.
    expect((await p.readData(DATA_CONNECTORS, { ...LIST, environment_id: 'env-0000000002' })).diagnostics).toEqual([]);
    lines = p.logLines();
    stderr = p.plugin.stderr();
  });
  const served = (rpc: string) => lines.filter((l) => l['@message'] === 'Served request' && l.tf_rpc === rpc);

  test('every line names the provider; lines of an RPC carry its own tf_req_id, tf_rpc and tf_resource_type', () => {
    expect(lines.every((l) => l.tf_provider_addr === PROVIDER_FULL_SOURCE)).toBe(true);
    const reads = served('ReadDataSource');
    expect(reads).toHaveLength(2);
    const [a, b] = reads.map((l) => l.tf_req_id as string);
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
    expect(reads[0]).toMatchObject({ tf_rpc: 'ReadDataSource', tf_resource_type: DATA_CONNECTORS });
    // The EVS lines, logged deep in the SDK's async middleware, carry the id of the RPC that made them.
    const sent = lines.filter((l) => l['@message'] === 'HTTP Request Sent');
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.map((l) => l.tf_req_id)).toEqual(expect.arrayContaining([a, b]));
    expect(served('ConfigureProvider')[0]).toMatchObject({ tf_rpc: 'ConfigureProvider', tf_req_id: expect.stringMatching(UUID) });
    expect(served('ConfigureProvider')[0]!.tf_resource_type).toBeUndefined();
  });

  test('@caller is the file:line that logged, not the logger', () => {
    const sent = lines.find((l) => l['@message'] === 'HTTP Request Sent')!;
    expect(sent['@caller']).toMatch(/instrument\.ts:\d+$/);
    expect(lines.every((l) => typeof l['@caller'] === 'string' && !/[\\/]log\.ts:/.test(l['@caller'] as string))).toBe(true);
  });

  test('each EVS request and response: operation, status, request id, duration, redacted headers and bodies', () => {
    const sent = lines.find((l) => l['@message'] === 'HTTP Request Sent')!;
    expect(sent).toMatchObject({
      '@level': 'debug',
      'rpc.method': 'ListEnvironmentConnectors',
      'http.method': 'POST',
      'http.url': `${evs.url}/`,
      'http.request.header.x_amz_target': 'AmazonElasticVMwareService.ListEnvironmentConnectors',
      'http.request.header.x_amz_security_token': '*****',
    });
    expect(sent['http.request.header.authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIA\*{12}0001\/\d{8}\/us-east-1\/evs\/aws4_request, SignedHeaders=[^,]+, Signature=\*{5}$/);
    expect(JSON.parse(sent['http.request.body'] as string)).toMatchObject({ environmentId: ENV });

    const received = lines.find((l) => l['@message'] === 'HTTP Response Received')!;
    expect(received).toMatchObject({ 'rpc.method': 'ListEnvironmentConnectors', 'http.status_code': 200, 'aws.request_id': 'req-log-0001' });
    expect(typeof received['http.duration']).toBe('number');
    expect(JSON.parse(received['http.response.body'] as string)).toEqual({
      connectors: [],
      licenseInfo: [{ solutionKey: '[redacted]', vsanKey: '[redacted]' }],
    });
  });

  test('no secret appears anywhere in the log', () => {
    expect(stderr.length).toBeGreaterThan(5_000);
    for (const secret of [SECRET_KEY, SESSION_TOKEN, LICENSE_KEY]) expect(stderr).not.toContain(secret);
  });
});

test('TF_LOG=DEBUG: the HTTP lines without bodies; TF_LOG=INFO: no @caller, no debug line built', async () => {
  const debug = await provider({ TF_LOG: 'DEBUG' });
  await debug.configure({ access_key: null, secret_key: null, endpoint: evs.url });
  await debug.readData(DATA_CONNECTORS, LIST);
  const sent = debug.logLines().find((l) => l['@message'] === 'HTTP Request Sent')!;
  expect(sent['http.request.body']).toBeUndefined();
  expect(sent['@caller']).toMatch(/:\d+$/);
  expect(debug.logLines().find((l) => l['@message'] === 'HTTP Response Received')!['http.response.body']).toBeUndefined();

  const info = await provider({ TF_LOG: 'INFO' });
  await info.configure({ access_key: null, secret_key: null, endpoint: evs.url });
  await info.readData(DATA_CONNECTORS, LIST);
  const infoLines = info.logLines();
  expect(infoLines.length).toBeGreaterThan(0);
  expect(infoLines.every((l) => l['@level'] !== 'debug' && l['@level'] !== 'trace' && l['@caller'] === undefined)).toBe(true);
  expect(infoLines.find((l) => l['@message'] === 'Retrieved credentials')).toMatchObject({ tf_rpc: 'ConfigureProvider' });
});
