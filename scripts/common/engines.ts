/**
 * The Terraform-compatible engines the project runs (end-to-end tests, docs generation, benches): every `terraform` / `tofu` on PATH
 * plus the OpenTofu that `scripts/ensure-engines.sh` builds into its cache. `EVS_ENGINES` overrides
 * the discovery (`terraform=/usr/bin/terraform,tofu=/opt/tofu` or just paths). Finding none is an
 * error, never a silent skip: end-to-end tests that run on no engine prove nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

export interface Engine {
  /** `terraform` or `tofu` (what the binary says it is). */
  readonly name: string;
  readonly path: string;
  /** e.g. `1.11.4`. */
  readonly version: string;
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

function cachedTofu(): string[] {
  const root = engineCacheRoot();
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => d.startsWith('tofu-'))
    .sort()
    .reverse()
    .map((d) => join(root, d, 'tofu'))
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

let cached: Engine[] | undefined;

/** All engines, terraform first; throws (loudly) when there is none. */
export function listEngines(): Engine[] {
  if (cached) return cached;
  const engines: Engine[] = [];
  if (process.env.EVS_ENGINES) {
    engines.push(...fromOverride(process.env.EVS_ENGINES));
  } else {
    const tf = onPath('terraform');
    if (tf) engines.push(describe(tf, 'terraform'));
    const tofu = onPath('tofu') ?? cachedTofu()[0];
    if (tofu) engines.push(describe(tofu, 'tofu'));
  }
  if (engines.length === 0) {
    throw new Error(
      'No Terraform-compatible engine found: neither `terraform` nor `tofu` is on PATH and no OpenTofu ' +
        `was built into ${engineCacheRoot()}. Run scripts/ensure-engines.sh (npm test does it in pretest) ` +
        'or set EVS_ENGINES=terraform=/path/to/terraform.',
    );
  }
  cached = engines;
  return engines;
}

