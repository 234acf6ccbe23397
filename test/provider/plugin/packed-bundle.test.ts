/**
 * The provider executable carries its bundle deflated: the first start unpacks it into the
 * per-user start-up cache and later starts read it from there; a cached copy that is not whole is
 * replaced, a damaged executable says so, and with the start-up cache off every start unpacks it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROVIDER_BUNDLE } from '../../support/workspace';
import { connect, makeClientIdentity, startPlugin, unary, type ClientIdentity } from '../support/plugin-process';

let cacheHome: string;
let engineCert: ClientIdentity;
const cacheDir = () => path.join(cacheHome, 'terraform-provider-evs');
const unpacked = () => (fs.existsSync(cacheDir()) ? fs.readdirSync(cacheDir()).filter((f) => f.endsWith('.js')) : []);

beforeAll(async () => {
  engineCert = await makeClientIdentity();
});
beforeEach(() => {
  cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-packed-'));
});
afterEach(() => fs.rmSync(cacheHome, { recursive: true, force: true }));

/** Starts the executable, asks for the schema, shuts it down. */
async function serveOnce(command: string, env: Record<string, string> = {}): Promise<void> {
  const p = await startPlugin({ command: [command], clientCertPem: engineCert.certPem, env: { XDG_CACHE_HOME: cacheHome, ...env } });
  const c = connect(p.handshake, engineCert);
  try {
    const schema = await unary<{ resource_schemas: Record<string, unknown> }>(c.provider, 'GetProviderSchema', {});
    expect(Object.keys(schema.resource_schemas)).toContain('evs_environment_connector');
    await unary(c.controller, 'Shutdown', {});
  } finally {
    c.close();
  }
  expect((await p.exited).code).toBe(0);
}

test('the executable is small; the first start unpacks the bundle into the cache, and later starts use it', async () => {
  // The packed bundle is about a quarter of the text it unpacks to.
  expect(fs.statSync(PROVIDER_BUNDLE).size).toBeLessThan(1_200_000);
  await serveOnce(PROVIDER_BUNDLE);
  const [name] = unpacked();
  expect(name).toMatch(/^[0-9a-f]{20}\.js$/);
  const file = path.join(cacheDir(), name!);
  expect(fs.statSync(file).size).toBeGreaterThan(fs.statSync(PROVIDER_BUNDLE).size * 2);
  expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  const written = fs.statSync(file).mtimeMs;
  await serveOnce(PROVIDER_BUNDLE);
  expect(fs.statSync(file).mtimeMs).toBe(written);
});

test('a cached bundle that is not whole is replaced', async () => {
  await serveOnce(PROVIDER_BUNDLE);
  const file = path.join(cacheDir(), unpacked()[0]!);
  const whole = fs.statSync(file).size;
  fs.truncateSync(file, 1000);
  await serveOnce(PROVIDER_BUNDLE);
  expect(fs.statSync(file).size).toBe(whole);
});

test('EVS_PROVIDER_CODE_CACHE=off: every start unpacks the bundle, and nothing is written', async () => {
  await serveOnce(PROVIDER_BUNDLE, { EVS_PROVIDER_CODE_CACHE: 'off' });
  expect(fs.existsSync(cacheDir())).toBe(false);
});

test('a damaged executable says so and what to do', async () => {
  const text = fs.readFileSync(PROVIDER_BUNDLE, 'latin1');
  const damaged = path.join(cacheHome, 'terraform-provider-evs_v0.1.0');
  // Cut the packed bundle in half, keeping the comment closed.
  fs.writeFileSync(damaged, text.slice(0, text.length - Math.floor(text.length / 4)) + '*/\n', { encoding: 'latin1', mode: 0o755 });
  await expect(
    startPlugin({ command: [damaged], clientCertPem: engineCert.certPem, env: { XDG_CACHE_HOME: cacheHome, EVS_PROVIDER_CODE_CACHE: 'off' } }),
  ).rejects.toThrow(/is damaged: its bundle is missing or incomplete; reinstall the provider/);
});
