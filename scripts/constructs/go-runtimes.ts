/**
 * Go modules of the cdktn runtime, generated locally from its npm packages' jsii assemblies.
 *
 *   tsx scripts/constructs/go-runtimes.ts     # generates (or reuses) them and prints the replace lines
 *
 * The Go module proxy answers 403 for `github.com/open-constructs/cdk-terrain-go/cdktn`, and the
 * cdktn variant's go.mod names `github.com/aws/constructs-go/constructs/v10` v10.7.2, which has no
 * Go release. Both are jsii packages, so jsii-pacmak writes the same modules their publishers would,
 * under the same module paths, from the npm `cdktn` and `constructs` the cdktn variant compiles
 * against; a Go program then points `replace` directives at them. Cached under build/go-runtimes,
 * one folder per package and version, regenerated when the jsii-pacmak version changes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_BUNDLE } from './build';
import { CDKTN_DEV_DEPENDENCIES, stageCdktn } from './stage-cdktn';
import { CDKTN, ROOT } from './variants';

export const GO_RUNTIMES_DIR = join(ROOT, 'build', 'go-runtimes');
const PACMAK = join(ROOT, 'node_modules', '.bin', 'jsii-pacmak');

export interface GoRuntimeModule {
  /** Module path, as in the go.mod that requires it. */
  readonly module: string;
  /** Version the cdktn variant's go.mod requires (`v` + the npm version). */
  readonly version: string;
  /** Folder holding the generated go.mod. */
  readonly dir: string;
}

/** npm package → the folder pacmak names its Go module after (the jsii `go.packageName`, or the last path segment). */
const PACKAGES = [
  { npm: 'cdktn', module: CDKTN.goRuntimeModule, folder: 'cdktn' },
  { npm: 'constructs', module: 'github.com/aws/constructs-go/constructs/v10', folder: 'constructs' },
] as const;

function installedVersion(name: string): string | undefined {
  const file = join(CDKTN.packageDir, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

function pacmakVersion(): string {
  const r = spawnSync(PACMAK, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`jsii-pacmak --version failed: ${r.stderr}`);
  return r.stdout.trim();
}

export function ensureGoRuntimes(): GoRuntimeModule[] {
  // The npm packages come from the cdktn variant's staging folder (installed with it).
  const stale = Object.entries(CDKTN_DEV_DEPENDENCIES).some(([name, version]) => installedVersion(name) !== version);
  if (stale) stageCdktn(existsSync(PROVIDER_BUNDLE) ? PROVIDER_BUNDLE : undefined);
  const pacmak = pacmakVersion();
  return PACKAGES.map((p) => {
    const version = CDKTN_DEV_DEPENDENCIES[p.npm];
    const out = join(GO_RUNTIMES_DIR, `${p.npm}-${version}`);
    const dir = join(out, 'go', p.folder);
    const stamp = join(out, '.jsii-pacmak-version');
    if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === pacmak && existsSync(join(dir, 'go.mod')))) {
      rmSync(out, { recursive: true, force: true });
      // --code-only: building would ask the proxy for the very modules that are missing.
      const args = [join(CDKTN.packageDir, 'node_modules', p.npm), '--outdir', out, '--targets', 'go', '--code-only'];
      const r = spawnSync(PACMAK, args, { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`jsii-pacmak ${args.join(' ')} failed (${r.status ?? r.signal})`);
      const module = /^module (\S+)$/m.exec(readFileSync(join(dir, 'go.mod'), 'utf8'))?.[1];
      if (module !== p.module) throw new Error(`jsii-pacmak wrote module ${module ?? '(none)'} for ${p.npm}, expected ${p.module}`);
      writeFileSync(stamp, pacmak);
    }
    return { module: p.module, version: `v${version}`, dir };
  });
}

if (require.main === module) {
  for (const m of ensureGoRuntimes()) console.log(`replace ${m.module} => ${m.dir}`);
}
