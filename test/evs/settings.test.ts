import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createEvsClient,
  evsClientConfigFromSettings,
  ListEnvironmentsCommand,
  PerCallRetryStrategy,
  regionFromSettings,
  type EvsClient,
  type EvsProviderSettings,
} from '../../src/evs';
import { isolateAwsEnv } from './support/env';
import { ok, startScriptedServer, type ScriptedServer } from './support/scripted-server';

let evs: ScriptedServer;
let sts: ScriptedServer;
let dir: string;
const clients: EvsClient[] = [];

beforeAll(async () => {
  [evs, sts] = await Promise.all([startScriptedServer(), startScriptedServer()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-settings-'));
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all([evs.close(), sts.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  isolateAwsEnv();
  evs.requests.length = 0;
  sts.requests.length = 0;
  evs.fallback = () => ok({ environmentSummaries: [] });
});

async function call(settings: EvsProviderSettings) {
  const c = createEvsClient({ endpoint: evs.url, ...settings });
  clients.push(c);
  return c.send(new ListEnvironmentsCommand({}));
}
/** Access key id and region from the SigV4 Authorization header of request i. */
function signedBy(i = 0) {
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/evs\/aws4_request/.exec(String(evs.requests[i]!.headers.authorization));
  return { keyId: m?.[1], region: m?.[2], token: evs.requests[i]!.headers['x-amz-security-token'] };
}

test('static keys sign the request', async () => {
  await call({ region: 'ap-southeast-2', accessKey: 'AKIDSTATIC', secretKey: 's', token: 'session-tok' });
  expect(signedBy()).toEqual({ keyId: 'AKIDSTATIC', region: 'ap-southeast-2', token: 'session-tok' });
});

test('access_key without secret_key is a configuration error', () => {
  expect(() => evsClientConfigFromSettings({ accessKey: 'A' })).toThrow('access_key and secret_key must be set together');
});

test('environment credentials through the SDK default chain', async () => {
  process.env.AWS_ACCESS_KEY_ID = 'AKIDFROMENV';
  process.env.AWS_SECRET_ACCESS_KEY = 'x';
  await call({ region: 'us-east-2' });
  expect(signedBy()).toMatchObject({ keyId: 'AKIDFROMENV', region: 'us-east-2' });
});

test('a profile from custom shared files supplies keys, region and retry settings', async () => {
  const credentials = path.join(dir, 'credentials');
  const config = path.join(dir, 'config');
  fs.writeFileSync(credentials, '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = d\n\n[lab]\naws_access_key_id = AKIDLAB\naws_secret_access_key = l\n');
  fs.writeFileSync(config, '[default]\nregion = us-east-1\n\n[profile lab]\nregion = eu-north-1\nmax_attempts = 1\n');
  evs.push({ status: 500, body: { __type: 'InternalServerException', message: 'x' } });
  await expect(call({ profile: 'lab', sharedCredentialsFile: credentials, sharedConfigFile: config })).rejects.toMatchObject({
    name: 'InternalServerException',
  });
  expect(evs.requests).toHaveLength(1); // max_attempts = 1 from the profile
  expect(signedBy()).toMatchObject({ keyId: 'AKIDLAB', region: 'eu-north-1' });
});

test('AWS_PROFILE with AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE (no settings at all)', async () => {
  const credentials = path.join(dir, 'credentials2');
  const config = path.join(dir, 'config2');
  fs.writeFileSync(credentials, '[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = d\n');
  fs.writeFileSync(config, '[profile dev]\nregion = sa-east-1\n');
  process.env.AWS_SHARED_CREDENTIALS_FILE = credentials;
  process.env.AWS_CONFIG_FILE = config;
  process.env.AWS_PROFILE = 'dev';
  await call({});
  expect(signedBy()).toMatchObject({ keyId: 'AKIDDEV', region: 'sa-east-1' });
});

test('maxRetries maps to maxAttempts = maxRetries + 1', async () => {
  evs.fallback = () => ({ status: 500, body: { __type: 'InternalServerException', message: 'x' } });
  await expect(call({ region: 'us-east-1', accessKey: 'A', secretKey: 'B', maxRetries: 2 })).rejects.toMatchObject({
    $metadata: { attempts: 3 },
  });
  expect(evs.requests).toHaveLength(3);
  expect(evsClientConfigFromSettings({ maxRetries: 0 }).maxAttempts).toBe(1);
});

test('retryMode and timeouts pass through', async () => {
  const cfg = evsClientConfigFromSettings({ retryMode: 'adaptive', requestTimeoutMs: 1234, connectionTimeoutMs: 99 });
  expect(cfg.retryMode).toBe('adaptive');
  expect(cfg.requestHandler).toEqual({ requestTimeout: 1234, connectionTimeout: 99, throwOnRequestTimeout: true });
});

describe('retry defaults: the Terraform AWS provider\'s, not the SDK\'s', () => {
  const resolved = async (s: EvsProviderSettings) => {
    const cfg = evsClientConfigFromSettings(s);
    const value = async <T>(v: T | (() => Promise<T>) | undefined) => (typeof v === 'function' ? (v as () => Promise<T>)() : v);
    return { maxAttempts: await value(cfg.maxAttempts), retryMode: await value(cfg.retryMode) };
  };

  test('nothing set: 25 retries in standard mode, each call with its own retries', async () => {
    expect(await resolved({})).toEqual({ maxAttempts: 26, retryMode: 'standard' });
    expect(evsClientConfigFromSettings({}).retryStrategy).toBeInstanceOf(PerCallRetryStrategy);
  });

  test('AWS_MAX_ATTEMPTS and AWS_RETRY_MODE come before the defaults, the settings before them', async () => {
    process.env.AWS_MAX_ATTEMPTS = '4';
    process.env.AWS_RETRY_MODE = 'adaptive';
    expect(await resolved({})).toEqual({ maxAttempts: 4, retryMode: 'adaptive' });
    expect(await resolved({ maxRetries: 7, retryMode: 'standard' })).toEqual({ maxAttempts: 8, retryMode: 'standard' });
  });

  test("the profile's max_attempts and retry_mode come before the defaults", async () => {
    const config = path.join(dir, 'config-retry');
    fs.writeFileSync(config, '[profile slow]\nmax_attempts = 9\nretry_mode = adaptive\n');
    expect(await resolved({ profile: 'slow', sharedConfigFile: config })).toEqual({ maxAttempts: 9, retryMode: 'adaptive' });
  });

  test('the client retries 500s past the SDK default of 3 attempts', async () => {
    evs.push(...Array.from({ length: 4 }, () => ({ status: 500, body: { __type: 'InternalServerException', message: 'x' } })));
    const out = await call({ region: 'us-east-1', accessKey: 'A', secretKey: 'B' });
    expect(out.$metadata.attempts).toBe(5);
    expect(evs.requests[4]!.headers['amz-sdk-request']).toBe('attempt=5; max=26');
  });
});

describe('region precedence: provider block, AWS_REGION, AWS_DEFAULT_REGION, profile, instance', () => {
  let config: string;
  beforeAll(() => {
    config = path.join(dir, 'config-region');
    fs.writeFileSync(config, '[default]\nregion = eu-west-3\n\n[profile lab]\nregion = ap-south-1\n');
  });
  const region = (s: EvsProviderSettings = {}) => regionFromSettings({ sharedConfigFile: config, ...s })();

  test('the provider block wins over everything', async () => {
    process.env.AWS_REGION = 'us-east-2';
    process.env.AWS_DEFAULT_REGION = 'us-west-1';
    expect(await region({ region: 'ca-central-1', profile: 'lab' })).toBe('ca-central-1');
  });
  test('AWS_REGION comes before AWS_DEFAULT_REGION', async () => {
    process.env.AWS_REGION = 'us-east-2';
    process.env.AWS_DEFAULT_REGION = 'us-west-1';
    expect(await region({ profile: 'lab' })).toBe('us-east-2');
  });
  test('AWS_DEFAULT_REGION comes before the profile (an empty AWS_REGION counts as unset)', async () => {
    process.env.AWS_REGION = '';
    process.env.AWS_DEFAULT_REGION = 'us-west-1';
    expect(await region({ profile: 'lab' })).toBe('us-west-1');
  });
  test("the profile's region (AWS_PROFILE or the setting), else the default profile's", async () => {
    expect(await region({ profile: 'lab' })).toBe('ap-south-1');
    process.env.AWS_PROFILE = 'lab';
    expect(await region()).toBe('ap-south-1');
    delete process.env.AWS_PROFILE;
    expect(await region()).toBe('eu-west-3');
  });
  test('last, the region of the EC2 instance (IMDSv2), here a scripted metadata service', async () => {
    const imds = await startScriptedServer();
    try {
      delete process.env.AWS_EC2_METADATA_DISABLED;
      process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = imds.url;
      imds.push({ status: 200, body: 'imds-token' }, { status: 200, body: 'sa-east-1' });
      expect(await regionFromSettings({ sharedConfigFile: path.join(dir, 'missing') })()).toBe('sa-east-1');
      expect(imds.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['PUT /latest/api/token', 'GET /latest/meta-data/placement/region']);
      expect(imds.requests[1]!.headers['x-aws-ec2-metadata-token']).toBe('imds-token');
    } finally {
      await imds.close();
    }
  });
  test('only AWS_DEFAULT_REGION set: the client signs for that region', async () => {
    process.env.AWS_DEFAULT_REGION = 'eu-central-2';
    await call({ accessKey: 'AKIDX', secretKey: 's' });
    expect(signedBy()).toMatchObject({ keyId: 'AKIDX', region: 'eu-central-2' });
  });
});

test('assume_role calls STS AssumeRole with the base credentials and signs EVS with the role session', async () => {
  process.env.AWS_ENDPOINT_URL_STS = sts.url; // the SDK's STS client honours its own endpoint variable
  sts.fallback = () => ({
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>
<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/evs-admin/tf</Arn><AssumedRoleId>AROAEXAMPLE:tf</AssumedRoleId></AssumedRoleUser>
<Credentials><AccessKeyId>ASIAASSUMED</AccessKeyId><SecretAccessKey>assumed-secret</SecretAccessKey><SessionToken>assumed-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>
</AssumeRoleResult><ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata></AssumeRoleResponse>`,
  });
  await call({
    region: 'us-west-2',
    accessKey: 'AKIDBASE',
    secretKey: 'base-secret',
    assumeRole: { roleArn: 'arn:aws:iam::123456789012:role/evs-admin', sessionName: 'tf', externalId: 'ext-1', durationSeconds: 900 },
  });
  expect(sts.requests).toHaveLength(1);
  const form = new URLSearchParams(sts.requests[0]!.body);
  expect(form.get('Action')).toBe('AssumeRole');
  expect(form.get('RoleArn')).toBe('arn:aws:iam::123456789012:role/evs-admin');
  expect(form.get('RoleSessionName')).toBe('tf');
  expect(form.get('ExternalId')).toBe('ext-1');
  expect(form.get('DurationSeconds')).toBe('900');
  expect(String(sts.requests[0]!.headers.authorization)).toContain('Credential=AKIDBASE/');
  expect(signedBy()).toEqual({ keyId: 'ASIAASSUMED', region: 'us-west-2', token: 'assumed-token' });
});
