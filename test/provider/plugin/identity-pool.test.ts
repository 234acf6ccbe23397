/**
 * TLS identities made ahead: each is taken by one start only, the pool is refilled to its size,
 * and nothing is taken from a directory others can enter, from an unreadable file or from one
 * older than a day.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateServerIdentity, type ServerIdentity } from '../../../src/provider/plugin/certificates';
import { claimIdentity, MAX_AGE_MS, refillIdentityPool } from '../../../src/provider/plugin/identity-pool';

let root: string;
let dir: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-identities-'));
  dir = path.join(root, 'identities');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

let made = 0;
const make = async (): Promise<ServerIdentity> => ({ certPem: `cert ${++made}`, keyPem: `key ${made}`, certBase64: `b64${made}` });
const files = () => fs.readdirSync(dir).sort();

test('refill tops the pool up to its size with private files in a private directory', async () => {
  expect(await refillIdentityPool(dir, make, 3)).toBe(3);
  expect(await refillIdentityPool(dir, make, 3)).toBe(0);
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  expect(files()).toHaveLength(3);
  for (const f of files()) expect(fs.statSync(path.join(dir, f)).mode & 0o777).toBe(0o600);
});

test('each identity is taken once and leaves the pool; an empty pool gives none', async () => {
  await refillIdentityPool(dir, make, 2);
  const a = claimIdentity(dir)!;
  const b = claimIdentity(dir)!;
  expect(a.certBase64).not.toBe(b.certBase64);
  expect(files()).toEqual([]);
  expect(claimIdentity(dir)).toBeUndefined();
  expect(await refillIdentityPool(dir, make, 2)).toBe(2);
});

test('a real identity survives the pool unchanged', async () => {
  await refillIdentityPool(dir, generateServerIdentity, 1);
  const id = claimIdentity(dir)!;
  expect(Buffer.from(id.certBase64, 'base64').length).toBeGreaterThan(200);
  expect(id.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
});

test('old, unreadable and malformed identities are dropped, never used', async () => {
  await refillIdentityPool(dir, make, 1);
  const [old] = files();
  const t = (Date.now() - MAX_AGE_MS - 60_000) / 1000;
  fs.utimesSync(path.join(dir, old!), t, t);
  fs.writeFileSync(path.join(dir, 'broken.json'), '{not json', { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'partial.json'), JSON.stringify({ certPem: 'x' }), { mode: 0o600 });
  expect(claimIdentity(dir)).toBeUndefined();
  expect(files()).toEqual([]);
});

test('a directory others can enter is not used', async () => {
  await refillIdentityPool(dir, make, 1);
  fs.chmodSync(dir, 0o755);
  expect(claimIdentity(dir)).toBeUndefined();
  expect(await refillIdentityPool(dir, make, 2)).toBe(0);
  expect(files()).toHaveLength(1);
});
