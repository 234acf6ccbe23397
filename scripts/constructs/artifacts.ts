/**
 * Construct library packages per runtime (npm tarball, Python wheel + sdist, Go module tree),
 * rebuilt only when their inputs changed: a stamp in dist/<runtime>/ records a hash of the
 * jsii sources, package.json and the provider executable they carry.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, ensureProvider, pack, PROVIDER_BUNDLE } from './build';
import { jsiiSources } from './stage-cdktn';
import { goModuleDir, ROOT, type Variant } from './variants';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

function inputsHash(): string {
  const h = createHash('sha256');
  const inputs = [
    ...jsiiSources().map((rel) => join(ROOT, 'src', rel)),
    join(ROOT, 'package.json'),
    join(ROOT, 'README.md'),
    PROVIDER_BUNDLE,
    ...files(__dirname),
  ];
  for (const f of inputs) {
    h.update(f);
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

export interface Artifacts {
  readonly npmTarball: string;
  readonly wheel: string;
  readonly sdist: string;
  readonly goModule: string;
}

export function artifactsOf(v: Variant): Artifacts {
  const find = (sub: string, suffix: string): string => {
    const dir = join(v.distDir, sub);
    const hit = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(suffix)) : undefined;
    if (!hit) throw new Error(`no *${suffix} in ${dir}`);
    return join(dir, hit);
  };
  return {
    npmTarball: find('js', '.tgz'),
    wheel: find('python', '.whl'),
    sdist: find('python', '.tar.gz'),
    goModule: goModuleDir(v),
  };
}

/**
 * pacmak's own Go build fetches the runtime from the Go module proxy, which does not serve cdktn's:
 * the cdktn Go module is generated only, and the tests compile it against runtime modules generated
 * from the npm packages (go-runtimes.ts).
 */
export function goBuildable(v: Variant): boolean {
  return v.runtime === 'cdktf';
}

export function buildArtifacts(v: Variant, force = false): Artifacts {
  ensureProvider();
  const stamp = join(v.distDir, '.inputs-sha256');
  const hash = inputsHash();
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return artifactsOf(v);
  rmSync(v.distDir, { recursive: true, force: true });
  mkdirSync(v.distDir, { recursive: true });
  compile(v);
  pack(v, goBuildable(v) ? ['js', 'python', 'go'] : ['js', 'python']);
  if (!goBuildable(v)) pack(v, ['go'], true);
  writeFileSync(stamp, hash);
  return artifactsOf(v);
}
