/**
 * ConfigureProvider in the real provider process: the region from AWS_DEFAULT_REGION, and
 * credentials resolved at configure as the Terraform AWS provider does (the SDK's real chain, a
 * scripted instance metadata service that never answers).
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { DATA_CONNECTORS } from '../../../src/names';
import { connectorsDataSourceSchema } from '../../../src/provider/resources/environment_connector/schema';
import { config, ENV } from '../resources/harness';
import { startRealProvider, type RealProvider } from '../support/real-provider';

let emulator: RunningEmulator;
/** An instance metadata service that accepts connections and never answers. */
let silentImds: http.Server;
const imdsRequests: string[] = [];
let imdsUrl: string;
const running: RealProvider[] = [];

beforeAll(async () => {
  emulator = await startEmulator({});
  silentImds = http.createServer((req) => imdsRequests.push(`${req.method} ${req.url}`));
  await new Promise<void>((r) => silentImds.listen(0, '127.0.0.1', r));
  imdsUrl = `http://127.0.0.1:${(silentImds.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
  silentImds.closeAllConnections();
  await new Promise((r) => silentImds.close(r));
  await emulator.close();
});

async function provider(env: Record<string, string>): Promise<RealProvider> {
  const p = await startRealProvider(env);
  running.push(p);
  return p;
}
const NO_KEYS = { access_key: null, secret_key: null };
const LIST = config(connectorsDataSourceSchema, { environment_id: ENV });

test('no credentials anywhere: ConfigureProvider fails with "No valid credential sources found", what was tried and what to do', async () => {
  const p = await provider({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imdsUrl, TF_LOG: 'DEBUG' });
  const diags = await p.configure({ ...NO_KEYS, endpoint: emulator.url });
  expect(diags).toHaveLength(1);
  const [d] = diags;
  expect(d).toMatchObject({ severity: 'ERROR', summary: 'No valid credential sources found' });
  for (const step of [
    'access_key and secret_key in the provider block',
    'AWS_ACCESS_KEY_ID is not set',
    'profile "default" in /nonexistent/aws/credentials and /nonexistent/aws/config',
    'AWS_WEB_IDENTITY_TOKEN_FILE is not set',
    'the EC2 instance metadata service',
    'aws sso login',
    'Error: Could not load credentials from any providers',
  ]) {
    expect(d!.detail).toContain(step);
  }
  // The SDK did ask the metadata service, and gave up on its own timeout.
  expect(imdsRequests).toContain('PUT /latest/api/token');
  expect(p.logLines().some((l) => l['@message'] === 'No credentials found' && l['@level'] === 'debug')).toBe(true);
  // Nothing was configured: a data source read explains that instead of calling EVS.
  const read = await p.readData(DATA_CONNECTORS, LIST);
  expect(read.diagnostics[0]!.detail).toMatch(/not configured/);
  expect(Object.values(await emulator.control.getCounters()).reduce((n, c) => n + c.calls, 0)).toBe(0);
});

test('with AWS_EC2_METADATA_DISABLED the metadata service is skipped, and the detail says so', async () => {
  const p = await provider({ AWS_EC2_METADATA_DISABLED: 'true', AWS_PROFILE: 'lab' });
  const [d] = await p.configure({ ...NO_KEYS, endpoint: emulator.url });
  // AWS_PROFILE names a profile no file holds: that is reported first, at the profile.
  expect(d!.summary).toBe('Unknown AWS profile "lab"');
  const q = await provider({ AWS_EC2_METADATA_DISABLED: 'true' });
  const [e] = await q.configure({ ...NO_KEYS, endpoint: emulator.url });
  expect(e!.summary).toBe('No valid credential sources found');
  expect(e!.detail).toContain('skipped, AWS_EC2_METADATA_DISABLED is set');
});

test('credentials from the environment are found at configure and sign the requests', async () => {
  const p = await provider({
    AWS_ACCESS_KEY_ID: 'AKIAENVCREDENTIALS01',
    AWS_SECRET_ACCESS_KEY: 'env-secret',
    AWS_EC2_METADATA_SERVICE_ENDPOINT: imdsUrl,
    TF_LOG: 'INFO',
  });
  const before = imdsRequests.length;
  expect(await p.configure({ ...NO_KEYS, endpoint: emulator.url })).toEqual([]);
  const found = p.logLines().find((l) => l['@message'] === 'Retrieved credentials');
  expect(found).toMatchObject({ '@level': 'info', credentials_source: ['CREDENTIALS_ENV_VARS'] });
  const read = await p.readData(DATA_CONNECTORS, LIST);
  expect(read.diagnostics).toEqual([]);
  expect(imdsRequests.length).toBe(before);
});

test('only AWS_DEFAULT_REGION names the region: configure and a read work', async () => {
  const p = await provider({ AWS_DEFAULT_REGION: 'eu-west-1', AWS_EC2_METADATA_DISABLED: 'true' });
  expect(await p.configure({ region: null, endpoint: emulator.url })).toEqual([]);
  expect((await p.readData(DATA_CONNECTORS, LIST)).diagnostics).toEqual([]);
});
