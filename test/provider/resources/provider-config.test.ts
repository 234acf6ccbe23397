import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { DATA_CONNECTORS } from '../../../src/names';
import { UNKNOWN, type ObjectValue } from '../../../src/provider/protocol/provider-api';
import { createProvider } from '../../../src/provider/provider';
import { connectorsDataSourceSchema } from '../../../src/provider/resources/environment_connector/schema';
import { applyConfig, config, connectorConfig, ENV, errors, FAST_DURATIONS, PROVIDER_CONFIG_BASE, read } from './harness';

const EMPTY = Object.fromEntries(Object.keys(PROVIDER_CONFIG_BASE).map((k) => [k, null])) as ObjectValue;
const AWS_VARS = [
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_EVS',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
];

describe('provider configuration', () => {
  let saved: Record<string, string | undefined>;
  let dir: string;
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ durations: FAST_DURATIONS });
  });
  afterAll(() => emulator.close());

  beforeEach(() => {
    saved = Object.fromEntries(AWS_VARS.map((k) => [k, process.env[k]]));
    for (const k of AWS_VARS) delete process.env[k];
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-provider-config-'));
    // Keep the SDK away from the real ~/.aws of whoever runs the tests.
    process.env['AWS_CONFIG_FILE'] = path.join(dir, 'config');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = path.join(dir, 'credentials');
  });
  afterEach(() => {
    for (const k of AWS_VARS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function listWith(p: ReturnType<typeof createProvider>) {
    return p.readDataSource({ typeName: DATA_CONNECTORS, config: config(connectorsDataSourceSchema, { environment_id: ENV }) });
  }

  it('validates arguments with paths, without configuring anything', async () => {
    const p = createProvider();
    const diags = await p.validateProviderConfig({
      ...EMPTY,
      region: 'Mars',
      retry_mode: 'legacy',
      access_key: 'AKIAIOSFODNN7EXAMPLE',
      endpoint: 'localhost:4566',
      max_retries: -1,
      assume_role: { role_arn: 'role/admin', session_name: null, external_id: null, duration: '5m' },
    });
    expect(diags.map((d) => d.attribute)).toEqual(
      expect.arrayContaining([
        [{ attributeName: 'region' }],
        [{ attributeName: 'retry_mode' }],
        [{ attributeName: 'endpoint' }],
        [{ attributeName: 'max_retries' }],
        [{ attributeName: 'secret_key' }],
        [{ attributeName: 'assume_role' }, { attributeName: 'role_arn' }],
        [{ attributeName: 'assume_role' }, { attributeName: 'duration' }],
      ]),
    );
    expect(diags).toHaveLength(7);
    expect(await p.validateProviderConfig({ ...EMPTY, region: UNKNOWN, endpoint: UNKNOWN })).toEqual([]);
    const token = await p.validateProviderConfig({ ...EMPTY, token: 'x' });
    expect(token).toEqual([expect.objectContaining({ summary: 'token without access_key', attribute: [{ attributeName: 'token' }] })]);
  });

  it('schema marks secret_key and token sensitive and documents every argument', () => {
    const s = createProvider().schemas().provider.block;
    const sensitive = s.attributes.filter((a) => a.sensitive).map((a) => a.name);
    expect(sensitive).toEqual(['secret_key', 'token']);
    expect(s.attributes.every((a) => (a.description ?? '').length > 20)).toBe(true);
    expect(s.blockTypes.map((b) => b.typeName)).toEqual(['assume_role', 'default_tags']);
  });

  it('no region anywhere → a diagnostic at region, not a crash', async () => {
    const p = createProvider();
    const diags = await p.configureProvider({ config: { ...EMPTY }, terraformVersion: '1.9.0' });
    expect(diags).toEqual([expect.objectContaining({ severity: 'error', summary: 'No AWS region', attribute: [{ attributeName: 'region' }] })]);
    expect(diags[0]!.detail).toContain('AWS_DEFAULT_REGION');
  });

  it('an unknown profile → a diagnostic at profile', async () => {
    fs.writeFileSync(path.join(dir, 'config'), '[profile other]\nregion = us-east-1\n');
    const p = createProvider();
    const diags = await p.configureProvider({ config: { ...EMPTY, profile: 'missing' }, terraformVersion: '1.9.0' });
    expect(diags[0]).toMatchObject({ summary: 'Unknown AWS profile "missing"', attribute: [{ attributeName: 'profile' }] });
  });

  it('an unreadable shared config file → a diagnostic at the list entry', async () => {
    const p = createProvider();
    const diags = await p.configureProvider({
      config: { ...EMPTY, region: 'us-east-1', shared_config_files: [path.join(dir, 'nope')] },
      terraformVersion: '1.9.0',
    });
    expect(diags[0]).toMatchObject({ summary: 'Cannot read shared_config_files', attribute: [{ attributeName: 'shared_config_files' }, { elementKeyInt: 0 }] });
  });

  it('profile from given shared files: region and credentials come through the SDK', async () => {
    const cfgFile = path.join(dir, 'my-config');
    const credFile = path.join(dir, 'my-credentials');
    fs.writeFileSync(cfgFile, '[profile lab]\nregion = us-west-2\n');
    fs.writeFileSync(credFile, '[lab]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = abc/def\n');
    const p = createProvider();
    const diags = await p.configureProvider({
      config: { ...EMPTY, profile: 'lab', shared_config_files: [cfgFile, path.join(dir, 'extra')], shared_credentials_files: [credFile], endpoint: emulator.url },
      terraformVersion: '1.9.0',
    });
    expect(diags).toEqual([expect.objectContaining({ severity: 'warning', summary: 'Only the first of shared_config_files is used' })]);
    const res = await listWith(p);
    expect(res.diagnostics).toEqual([]);
  });

  it('everything from the usual environment variables, with an empty provider block', async () => {
    process.env['AWS_REGION'] = 'us-east-1';
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIAIOSFODNN7EXAMPLE';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';
    process.env['AWS_ENDPOINT_URL_EVS'] = emulator.url;
    process.env['AWS_MAX_ATTEMPTS'] = '2';
    const p = createProvider();
    expect(await p.configureProvider({ config: { ...EMPTY }, terraformVersion: '1.9.0' })).toEqual([]);
    const res = await listWith(p);
    expect(res.diagnostics).toEqual([]);
    expect(res.state!['environment_id']).toBe(ENV);
  });

  it('only AWS_DEFAULT_REGION set (as the AWS CLI, boto3 and the AWS provider accept): configure and a read work', async () => {
    process.env['AWS_DEFAULT_REGION'] = 'eu-west-1';
    const p = createProvider();
    expect(await p.configureProvider({ config: { ...PROVIDER_CONFIG_BASE, region: null, endpoint: emulator.url }, terraformVersion: '1.9.0' })).toEqual([]);
    expect((await listWith(p)).diagnostics).toEqual([]);
  });

  it('assume_role configures without any network call', async () => {
    const p = createProvider();
    const diags = await p.configureProvider({
      config: {
        ...PROVIDER_CONFIG_BASE,
        endpoint: emulator.url,
        assume_role: { role_arn: 'arn:aws:iam::123456789012:role/evs', session_name: 'tf', external_id: null, duration: '1h' },
      },
      terraformVersion: '1.9.0',
    });
    expect(diags).toEqual([]);
  });

  it('unknown provider values at plan time: configure and plan work, API calls explain why they cannot run', async () => {
    const p = createProvider({ poll: { minDelayMs: 20, maxDelayMs: 100 } });
    expect(await p.configureProvider({ config: { ...PROVIDER_CONFIG_BASE, endpoint: UNKNOWN }, terraformVersion: '1.9.0' })).toEqual([]);
    const cfg = connectorConfig({ environment_id: ENV, type: 'VCENTER', appliance_fqdn: 'vc.example.internal', secret_identifier: 's' });
    const planned = await p.planResourceChange({
      typeName: 'evs_environment_connector',
      priorState: null,
      proposedNewState: cfg,
      config: cfg,
      priorPrivate: Buffer.alloc(0),
    });
    expect(planned.diagnostics).toEqual([]);
    const res = await read(p, { ...cfg, id: `${ENV}/cnctr-0123456789`, connector_id: 'cnctr-0123456789' });
    expect(errors(res.diagnostics)[0]!.detail).toContain('depends on values that are not known yet (endpoint)');
  });

  it("the default retries (25) carry parallel creates through 20% throttling, 5% 500s and 2% resets", async () => {
    const own = await startEmulator({ durations: FAST_DURATIONS, environments: [{ id: 'env-faults0001', state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' }] });
    try {
      const p = createProvider({ poll: { minDelayMs: 20, maxDelayMs: 100 }, listCacheTtlMs: 0 });
      expect(await p.configureProvider({ config: { ...PROVIDER_CONFIG_BASE, max_retries: null, endpoint: own.url }, terraformVersion: '1.9.0' })).toEqual([]);
      // Seed 3 throttles the very first calls (the creates) as well as later polls.
      await own.control.setFaults({ throttleRate: 0.2, retryAfterSeconds: 0, errorRate: 0.05, resetRate: 0.02, seed: 3 });
      const results = await Promise.all(
        (['VCENTER', 'SDDC_MANAGER', 'OPERATIONS_MANAGER'] as const).map((type) =>
          applyConfig(p, connectorConfig({ environment_id: 'env-faults0001', type, appliance_fqdn: `${type.toLowerCase().replace('_', '-')}.example.internal`, secret_identifier: 's' }), null),
        ),
      );
      expect(results.flatMap((r) => errors(r.diagnostics))).toEqual([]);
      const counters = Object.values(await own.control.getCounters());
      expect(counters.reduce((n, c) => n + c.throttled + c.faulted, 0)).toBeGreaterThan(0);
    } finally {
      await own.close();
    }
  });

  it('once configured for real, the same provider creates a connector', async () => {
    const p = createProvider({ poll: { minDelayMs: 20, maxDelayMs: 100 }, listCacheTtlMs: 0 });
    await p.configureProvider({ config: { ...PROVIDER_CONFIG_BASE, endpoint: emulator.url }, terraformVersion: '1.9.0' });
    const res = await applyConfig(
      p,
      connectorConfig({ environment_id: ENV, type: 'OPERATIONS_MANAGER', appliance_fqdn: 'ops.example.internal', secret_identifier: 's' }),
      null,
    );
    expect(errors(res.diagnostics)).toEqual([]);
  });
});
