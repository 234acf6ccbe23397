/**
 * Bundles the provider, its install CLI and the local EVS service with esbuild, each into one file:
 *   dist/provider/terraform-provider-evs   the provider executable (`#!/usr/bin/env node`, 0755)
 *   dist/provider/evs-provider.js          `evs-provider install`
 *   dist/emulator/evs-emulator.js          the local EVS service CLI
 * Everything (gRPC, msgpack, the AWS SDK pieces, the .proto files) is inlined, so the executable
 * runs from any directory — a filesystem mirror, a plugin cache — with nothing beside it.
 * The provider executable is src/provider/plugin/boot.ts followed by the bundle, deflated, in a
 * comment: boot unpacks it once into a per-user start-up cache and compiles it through a V8 code
 * cache kept there too (start-up is paid ~4 times per apply). The
 * GetProviderSchema answer is encoded here, once, and carried in the bundle (prebuilt-schema.ts).
 * Usage: node --import tsx scripts/build-provider.ts [--if-stale]
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { PROVIDER_EXECUTABLE } from '../src/names';
import { ProviderService } from '../src/provider/plugin/provider-service';
import { createProvider } from '../src/provider/provider';
import { serviceDefinitions } from '../src/provider/protocol/grpc-definitions';

const root = resolve(__dirname, '..');
export const PROVIDER_BUNDLE = join(root, 'dist', 'provider', PROVIDER_EXECUTABLE);
export const INSTALL_BUNDLE = join(root, 'dist', 'provider', 'evs-provider.js');
export const EMULATOR_BUNDLE = join(root, 'dist', 'emulator', 'evs-emulator.js');

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  // The oldest Node the provider supports; also runs on 22 and 24 (tested).
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // .proto schemas are read as text at start-up: inline them.
  loader: { '.proto': 'text' },
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when a bundle is missing or older than any source file or the lock file. */
export function bundlesStale(): boolean {
  const sources = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs);
  return [PROVIDER_BUNDLE, INSTALL_BUNDLE, EMULATOR_BUNDLE].some((b) => !existsSync(b) || statSync(b).mtimeMs < sources);
}

/**
 * grpc-js loads zlib when its modules load, for message compression the engines never ask for
 * (~4 ms of every provider start): in the bundle, zlib loads on first use instead.
 */
const lazyGrpcZlib: Plugin = {
  name: 'lazy-grpc-zlib',
  setup(b) {
    b.onLoad({ filter: /[\\/]@grpc[\\/]grpc-js[\\/]build[\\/]src[\\/](compression-filter|server-interceptors)\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const eager = 'const zlib = require("zlib");';
      if (!text.includes(eager)) {
        throw new Error(`${args.path} no longer loads zlib with \`${eager}\`: update lazyGrpcZlib in scripts/build-provider.ts`);
      }
      const lazy = 'let loadedZlib; const zlib = new Proxy({}, { get: (_, key) => (loadedZlib ??= require("zlib"))[key] });';
      return { contents: text.replace(eager, lazy), loader: 'js' };
    });
  },
};

/** The provider's GetProviderSchema answer in protobuf wire form, base64: what the bundle serves. */
export async function encodedProviderSchema(): Promise<string> {
  const res = await new ProviderService(createProvider()).handlers['GetProviderSchema']!({});
  const serialize = serviceDefinitions()['tfplugin6.Provider']['GetProviderSchema']!.responseSerialize as (value: unknown) => Buffer;
  return serialize(res).toString('base64');
}

/** The provider bundle as one CommonJS text (also what the release's single executable runs). */
export async function providerBundle(target = 'node20'): Promise<string> {
  const out = await build({
    ...common,
    // Whitespace only: a third less to read and scan at each start; names stay for stack traces.
    minifyWhitespace: true,
    target,
    plugins: [lazyGrpcZlib],
    define: { __EVS_PROVIDER_SCHEMA__: JSON.stringify(await encodedProviderSchema()) },
    entryPoints: [join(root, 'src', 'provider', 'main.ts')],
    write: false,
    outfile: PROVIDER_BUNDLE,
  });
  return out.outputFiles[0]!.text;
}

/** boot.ts for the bundle `id`: reading it from its own file, or from a SEA asset (`sea`). */
export async function bootCode(id: string, sea: boolean, length = 0): Promise<string> {
  const boot = await build({
    ...common,
    entryPoints: [join(root, 'src', 'provider', 'plugin', 'boot.ts')],
    write: false,
    outfile: PROVIDER_BUNDLE,
    define: { __BUNDLE_ID__: JSON.stringify(id), __SEA__: String(sea), __BUNDLE_LENGTH__: String(length) },
  });
  return boot.outputFiles[0]!.text;
}

/** The bundle in the form boot.ts runs: pure ASCII, named by its hash. */
export function asciiBundle(bundle: string): { id: string; text: string } {
  // esbuild leaves non-ASCII characters inside regular expression literals (`µs` in durations);
  // \uXXXX means the same there, in strings and in identifiers. Pure ASCII keeps the file a
  // one-byte string for Node and lets boot.ts read it as latin1 (5–20 ms less than UTF-8 at 3 MB).
  bundle = bundle.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { id: createHash('sha256').update(bundle).digest('hex').slice(0, 20), text: bundle };
}

/** boot.ts, then the bundle deflated and in base64 inside a block comment (see boot.ts). */
export async function providerExecutable(rawBundle: string): Promise<string> {
  const { id, text } = asciiBundle(rawBundle);
  // base64 holds no `*`, so the comment cannot end early.
  const packed = deflateRawSync(Buffer.from(text, 'latin1'), { level: 9 }).toString('base64');
  return `#!/usr/bin/env node\n${await bootCode(id, false, text.length)}\n/*evs-bundle:${id}\n${packed}*/\n`;
}

/** Replace a file by rename, so a process starting it meanwhile sees the old or the new one whole. */
function writeAtomically(file: string, text: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

/** The local EVS service CLI in one file (`node evs-emulator.js` runs it; `require` gives `main`). */
export async function buildEmulatorBundle(outfile = EMULATOR_BUNDLE): Promise<void> {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({ ...common, entryPoints: [join(root, 'src', 'emulator', 'cli.ts')], outfile, banner: { js: '#!/usr/bin/env node' } });
  chmodSync(outfile, 0o755);
}

export async function buildBundles(): Promise<void> {
  mkdirSync(join(root, 'dist', 'provider'), { recursive: true });
  await Promise.all([
    providerBundle().then(async (bundle) => writeAtomically(PROVIDER_BUNDLE, await providerExecutable(bundle), 0o755)),
    build({ ...common, entryPoints: [join(root, 'src', 'provider', 'install.ts')], outfile: INSTALL_BUNDLE }),
    buildEmulatorBundle(),
  ]);
}

if (require.main === module) {
  const ifStale = process.argv.includes('--if-stale');
  (async () => {
    if (ifStale && !bundlesStale()) return;
    await buildBundles();
    process.stdout.write(`built ${PROVIDER_BUNDLE}\nbuilt ${INSTALL_BUNDLE}\nbuilt ${EMULATOR_BUNDLE}\n`);
  })().catch((err: unknown) => {
    process.stderr.write(`build-provider: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
