/**
 * The provider executable's handshake before its bundle compiles: with a TLS identity made ahead
 * in the start-up cache, the real bundle serves exactly that certificate (taken out of the pool),
 * answers over mTLS, and a process that keeps running refills the pool for later starts. Without
 * one, or with the start-up cache off, it makes its own certificate as before.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateServerIdentity } from '../../../src/provider/plugin/certificates';
import { POOL_SIZE, poolDir, REFILL_AT_EXIT, refillIdentityPool } from '../../../src/provider/plugin/identity-pool';
import { until } from '../../support/until';
import { PROVIDER_BUNDLE } from '../../support/workspace';
import { connect, makeClientIdentity, startPlugin, unary, type ClientIdentity, type PluginProcess } from '../support/plugin-process';

let cacheHome: string;
let engineCert: ClientIdentity;
let plugin: PluginProcess | undefined;
const pool = () => poolDir(path.join(cacheHome, 'terraform-provider-evs'));
const pooled = () => (fs.existsSync(pool()) ? fs.readdirSync(pool()).filter((f) => f.endsWith('.json')) : []);

beforeAll(async () => {
  engineCert = await makeClientIdentity();
});
beforeEach(() => {
  cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-start-cache-'));
});
afterEach(async () => {
  plugin?.child.kill('SIGKILL');
  if (plugin) await plugin.exited;
  plugin = undefined;
  fs.rmSync(cacheHome, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<PluginProcess> {
  plugin = await startPlugin({ command: [PROVIDER_BUNDLE], clientCertPem: engineCert.certPem, env: { XDG_CACHE_HOME: cacheHome, ...env } });
  return plugin;
}

async function answers(p: PluginProcess): Promise<void> {
  const c = connect(p.handshake, engineCert);
  try {
    const schema = await unary<{ resource_schemas: Record<string, unknown> }>(c.provider, 'GetProviderSchema', {});
    expect(Object.keys(schema.resource_schemas)).toContain('evs_environment_connector');
  } finally {
    c.close();
  }
}

test('with an identity made ahead, the handshake carries exactly it, it leaves the pool, and the process refills the pool', async () => {
  await refillIdentityPool(pool(), generateServerIdentity, 1);
  const [file] = pooled();
  const identity = JSON.parse(fs.readFileSync(path.join(pool(), file!), 'utf8')) as { certBase64: string };
  const p = await start();
  expect(p.handshake.certBase64).toBe(identity.certBase64);
  expect(pooled()).not.toContain(file);
  await answers(p);
  await until('the pool to be refilled', () => (pooled().length === POOL_SIZE ? true : undefined), 20_000);
});

test('with an empty pool the process makes its own certificate, and serves the same', async () => {
  const p = await start();
  expect(p.handshake.certBase64.length).toBeGreaterThan(200);
  await answers(p);
});

test('EVS_PROVIDER_CODE_CACHE=off: the pool is neither used nor filled', async () => {
  await refillIdentityPool(pool(), generateServerIdentity, 1);
  const before = pooled();
  const p = await start({ EVS_PROVIDER_CODE_CACHE: 'off' });
  await answers(p);
  await new Promise((r) => setTimeout(r, 1500));
  expect(pooled()).toEqual(before);
  expect(p.handshake.certBase64).not.toBe(JSON.parse(fs.readFileSync(path.join(pool(), before[0]!), 'utf8')).certBase64);
});

test('a short-lived process that found the pool empty leaves a few identities for the next starts when shut down', async () => {
  const p = await start();
  const c = connect(p.handshake, engineCert);
  try {
    await unary(c.provider, 'GetProviderSchema', {});
    await unary(c.controller, 'Shutdown', {});
  } finally {
    c.close();
  }
  expect((await p.exited).code).toBe(0);
  // At least that many: on a busy machine the process may also have lived to the half-second refill.
  const left = pooled();
  expect(left.length).toBeGreaterThanOrEqual(REFILL_AT_EXIT);
  const certs = left.map((f) => (JSON.parse(fs.readFileSync(path.join(pool(), f), 'utf8')) as { certBase64: string }).certBase64);
  const next = await start();
  expect(certs).toContain(next.handshake.certBase64);
  expect(pooled().length).toBe(left.length - 1);
  await answers(next);
});
