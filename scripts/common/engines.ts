/**
 * The Terraform-compatible engines the project runs (end-to-end tests, docs generation, benches):
 * every `terraform` / `tofu` on PATH plus the engines `scripts/ensure-engines.sh` builds into its
 * cache (OpenTofu from its Go module when `tofu` is absent; Terraform 1.15 when the build kit is
 * beside the checkout). `EVS_ENGINES` overrides the discovery (`terraform=/usr/bin/terraform,tofu=/opt/tofu`
 * or just paths). Finding none is an error, never a silent skip: end-to-end tests that run on no
 * engine prove nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

export interface Engine {
  /** `terraform` or `tofu` (what the binary says it is). */
  readonly name: string;
  readonly path: string;
  /** e.g. `1.11.4`. */
  readonly version: string;
}

/** Plugin-protocol features an engine uses; what the tests check on each engine. */
export interface EngineFeatures {
  /** Resource identity: GetResourceIdentitySchemas, identities in state, `import { identity = … }`. */
  readonly identity: boolean;
  /** List resources: `query` with `.tfquery.hcl` files, the ListResource RPC. */
  readonly listResources: boolean;
}

/**
 * The one table of which engine version gets which protocol feature (first version with it).
 * OpenTofu has no list resources yet.
 */
const FEATURE_SINCE: Record<string, Record<keyof EngineFeatures, string | undefined>> = {
  terraform: { identity: '1.12.0', listResources: '1.14.0' },
  tofu: { identity: '1.12.0', listResources: undefined },
};

function atLeast(version: string, since: string | undefined): boolean {
  if (!since) return false;
  const a = version.split(/[.-]/).map(Number);
  const b = since.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function engineFeatures(engine: Pick<Engine, 'name' | 'version'>): EngineFeatures {
  const since = FEATURE_SINCE[engine.name];
  return {
    identity: atLeast(engine.version, since?.identity),
    listResources: atLeast(engine.version, since?.listResources),
  };
}

export function engineCacheRoot(): string {
  return (
    process.env.EVS_ENGINE_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'evs-connectors', 'engines')
  );
}

function isExecutable(path: string): boolean {
  try {
    const st = statSync(path);
    return st.isFile() && (st.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Asks the binary itself (`version -json`): both engines answer it the same way. */
function describe(path: string, fallbackName: string): Engine {
  // A TF_CLI_CONFIG_FILE naming a missing file only adds warnings here; the version is all we need.
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
  delete env.TF_CLI_CONFIG_FILE;
  const out = execFileSync(path, ['version', '-json'], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 30_000,
  });
  const version = String((JSON.parse(out) as { terraform_version?: string }).terraform_version ?? '');
  // OpenTofu keeps the `terraform_version` key; tell the engines apart by the binary's name.
  const name = /tofu/i.test(basename(path)) ? 'tofu' : /terraform/i.test(basename(path)) ? 'terraform' : fallbackName;
  return { name, path, version };
}

/** Engines of one kind built into the cache (`<cache>/<name>-<version>/<name>`), newest first. */
function cached(name: 'terraform' | 'tofu'): string[] {
  const root = engineCacheRoot();
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => d.startsWith(`${name}-`))
    .sort((a, b) => (atLeast(a.slice(name.length + 1), b.slice(name.length + 1)) ? -1 : 1))
    .map((d) => join(root, d, name))
    .filter(isExecutable);
}

function fromOverride(spec: string): Engine[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const eq = entry.indexOf('=');
      const name = eq > 0 ? entry.slice(0, eq) : basename(entry);
      const path = eq > 0 ? entry.slice(eq + 1) : entry;
      const resolved = path.includes('/') ? path : onPath(path);
      if (!resolved || !isExecutable(resolved)) {
        throw new Error(`EVS_ENGINES names ${JSON.stringify(entry)}, which is not an executable`);
      }
      return describe(resolved, name);
    });
}

let found: Engine[] | undefined;

/**
 * All engines: the Terraform on PATH first (the one-engine tests, docs and benches use it), then
 * the newest cached Terraform when it is another version, then OpenTofu. Throws (loudly) when there
 * is none.
 */
export function listEngines(): Engine[] {
  if (found) return found;
  const engines: Engine[] = [];
  if (process.env.EVS_ENGINES) {
    engines.push(...fromOverride(process.env.EVS_ENGINES));
  } else {
    const tf = onPath('terraform');
    if (tf) engines.push(describe(tf, 'terraform'));
    const newest = cached('terraform')[0];
    if (newest && (!tf || realpathSync(newest) !== realpathSync(tf))) {
      const built = describe(newest, 'terraform');
      if (!engines.some((e) => e.version === built.version)) engines.push(built);
    }
    const tofu = onPath('tofu') ?? cached('tofu')[0];
    if (tofu) engines.push(describe(tofu, 'tofu'));
  }
  if (engines.length === 0) {
    throw new Error(
      'No Terraform-compatible engine found: neither `terraform` nor `tofu` is on PATH and no OpenTofu ' +
        `was built into ${engineCacheRoot()}. Run scripts/ensure-engines.sh (npm test does it in pretest) ` +
        'or set EVS_ENGINES=terraform=/path/to/terraform.',
    );
  }
  found = engines;
  return engines;
}
