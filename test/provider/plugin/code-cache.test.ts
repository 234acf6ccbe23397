/**
 * The provider's V8 code cache grows to what the engine's starts really run: the first start of a
 * command only answers the schema and writes a small cache; a later, short-lived start that builds
 * the provider compiles more and rewrites it on its way out; starts that compile no more than the
 * writer leave it alone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateServerIdentity } from '../../../src/provider/plugin/certificates';
import { poolDir, refillIdentityPool } from '../../../src/provider/plugin/identity-pool';
import { PROVIDER_BUNDLE } from '../../support/workspace';
import { connect, makeClientIdentity, startPlugin, unary, type ClientIdentity } from '../support/plugin-process';

let cacheHome: string;
let engineCert: ClientIdentity;
const codeCache = () => {
  const dir = path.join(cacheHome, 'terraform-provider-evs');
  const [name] = fs.readdirSync(dir).filter((f) => f.endsWith('.v8'));
  return path.join(dir, name!);
};
/** The bytecode figure the cache's writer recorded in its first four bytes. */
const writerBytecode = () => fs.readFileSync(codeCache()).readUInt32LE(0);

beforeAll(async () => {
  engineCert = await makeClientIdentity();
  cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-code-cache-'));
});
afterAll(() => fs.rmSync(cacheHome, { recursive: true, force: true }));

/** One short-lived start: the schema, optionally an RPC that builds the provider, then Shutdown. */
async function start(buildProvider: boolean): Promise<void> {
  // An identity made ahead, as most starts find: a start that makes its own compiles the ASN.1 code too.
  await refillIdentityPool(poolDir(path.join(cacheHome, 'terraform-provider-evs')), generateServerIdentity, 1);
  const p = await startPlugin({ command: [PROVIDER_BUNDLE], clientCertPem: engineCert.certPem, env: { XDG_CACHE_HOME: cacheHome } });
  const c = connect(p.handshake, engineCert);
  try {
    await unary(c.provider, 'GetProviderSchema', {});
    if (buildProvider) {
      const r = await unary<{ diagnostics: unknown[] }>(c.provider, 'ValidateResourceConfig', {
        type_name: 'evs_environment_connector',
        config: { msgpack: Buffer.from([0xc0]) },
      });
      expect(r.diagnostics).toBeDefined();
    }
    await unary(c.controller, 'Shutdown', {});
  } finally {
    c.close();
  }
  expect((await p.exited).code).toBe(0);
}

test('a schema-only start writes the cache; a short start that builds the provider grows it; smaller starts leave it', async () => {
  await start(false);
  const small = writerBytecode();
  const smallSize = fs.statSync(codeCache()).size;
  expect(small).toBeGreaterThan(0);

  await start(true);
  expect(writerBytecode()).toBeGreaterThan(small * 1.1);
  expect(fs.statSync(codeCache()).size).toBeGreaterThan(smallSize);

  const grown = fs.statSync(codeCache()).mtimeMs;
  await start(false);
  await start(true);
  expect(fs.statSync(codeCache()).mtimeMs).toBe(grown);
});
