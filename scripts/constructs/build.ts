/**
 * Builds the construct library for both runtimes.
 *
 *   tsx scripts/constructs/build.ts [--runtime cdktf|cdktn] [--package] [--targets js,python,go]
 *
 * 1. makes sure the provider executable and the emulator library exist, since the package carries them;
 * 2. compiles the cdktf variant at the top level with jsii (→ lib/, .jsii);
 * 3. stages and compiles the cdktn variant under build/cdktn;
 * 4. with --package, runs jsii-pacmak per variant into dist/<runtime>/{js,python,go} (the wheel
 *    through python-package.ts, which fixes its commands).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { PROVIDER_EXECUTABLE } from '../../src/names';
import { packPython } from './python-package';
import { stageCdktn } from './stage-cdktn';
import { CDKTF, CDKTN, ROOT, VARIANTS, type Variant } from './variants';

const BIN = join(ROOT, 'node_modules', '.bin');
export const PROVIDER_BUNDLE = join(ROOT, 'dist', 'provider', PROVIDER_EXECUTABLE);

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  console.error(`build-constructs: ${cwd === ROOT ? '' : `(in ${cwd}) `}${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

/** The `./emulator` export of the package: `startEmulator` and friends, bundled, with declarations. */
export const EMULATOR_LIBRARY = join(ROOT, 'dist', 'emulator', 'index.js');
const EMULATOR_TYPES = join(ROOT, 'dist', 'emulator', 'types');

export function buildEmulatorLibrary(): void {
  // One file: the package has no runtime dependencies, so the AWS SDK pieces it uses are inlined.
  buildSync({ entryPoints: [join(ROOT, 'src', 'emulator-export.ts')], bundle: true, platform: 'node', target: 'node22', format: 'cjs', outfile: EMULATOR_LIBRARY, logLevel: 'warning' });
  rmSync(EMULATOR_TYPES, { recursive: true, force: true });
  run(join(BIN, 'tsc'), [
    '--declaration', '--emitDeclarationOnly', '--outDir', EMULATOR_TYPES, '--rootDir', join(ROOT, 'src'),
    '--target', 'ES2022', '--module', 'commonjs', '--moduleResolution', 'node', '--strict', '--esModuleInterop',
    '--skipLibCheck', '--types', 'node', join(ROOT, 'src', 'emulator-export.ts'),
  ], ROOT);
}

export function ensureProvider(): void {
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-provider.ts'), '--if-stale'], ROOT);
  if (!existsSync(PROVIDER_BUNDLE)) throw new Error(`the provider build did not produce ${PROVIDER_BUNDLE}`);
  buildEmulatorLibrary();
}

/**
 * jsii. Silenced: reserved-word (the schema's own names `type`, `delete`; pacmak renames them per
 * language) and missing-dev-dependency (one constructs version, 10.7, serves both runtimes' peer ranges).
 */
export function compile(v: Variant): void {
  if (v.runtime === 'cdktn') stageCdktn(existsSync(PROVIDER_BUNDLE) ? PROVIDER_BUNDLE : undefined);
  run(join(BIN, 'jsii'), ['--generate-tsconfig', 'tsconfig.jsii.json', '--silence-warnings', 'reserved-word', '--silence-warnings', 'metadata/missing-dev-dependency'], v.packageDir);
}

export function pack(v: Variant, targets: readonly string[], codeOnly = false): void {
  // The wheel is built from pacmak's source with its commands fixed (python-package.ts).
  const pacmakTargets = codeOnly ? targets : targets.filter((t) => t !== 'python');
  if (pacmakTargets.length > 0) {
    const args = [v.packageDir, '--outdir', v.distDir, ...pacmakTargets.flatMap((t) => ['--targets', t])];
    if (codeOnly) args.push('--code-only');
    // Snippets in doc comments are shown as written; no rosetta tablet is needed.
    args.push('--rosetta-unknown-snippets', 'verbatim');
    run(join(BIN, 'jsii-pacmak'), args, ROOT, { GOFLAGS: '-mod=mod' });
  }
  if (!codeOnly && targets.includes('python')) packPython(v, join(v.distDir, 'python'));
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const runtimeArg = argv.includes('--runtime') ? argv[argv.indexOf('--runtime') + 1] : undefined;
  const targets = argv.includes('--targets') ? (argv[argv.indexOf('--targets') + 1] ?? '').split(',') : ['js', 'python', 'go'];
  const chosen = runtimeArg ? VARIANTS.filter((v) => v.runtime === runtimeArg) : [CDKTF, CDKTN];
  if (chosen.length === 0) throw new Error(`unknown runtime ${runtimeArg}`);
  // Packages must carry the provider; a compile alone (for tests of the source) need not.
  if (argv.includes('--package')) ensureProvider();
  else if (!existsSync(PROVIDER_BUNDLE)) console.error(`build-constructs: note: ${PROVIDER_BUNDLE} is missing`);
  for (const v of chosen) {
    compile(v);
    if (argv.includes('--package')) pack(v, targets);
  }
}
