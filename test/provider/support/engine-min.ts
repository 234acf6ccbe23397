/**
 * The smallest engine finder the plugin host's own engine test needs: `terraform` and `tofu` on
 * PATH (or TF_ENGINE_PATHS, colon-separated absolute paths). Throws, never skips, when none exists.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface MinEngine {
  name: 'terraform' | 'tofu';
  path: string;
  version: string;
}

function onPath(exe: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, exe);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

function describeEngine(p: string): MinEngine | undefined {
  const r = spawnSync(p, ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (r.status !== 0) return undefined;
  const version = (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version;
  return { name: path.basename(p).startsWith('tofu') ? 'tofu' : 'terraform', path: p, version };
}

export function findEngines(): MinEngine[] {
  const explicit = (process.env.TF_ENGINE_PATHS ?? '').split(':').filter(Boolean);
  const candidates = explicit.length > 0 ? explicit : (['terraform', 'tofu'].map(onPath).filter(Boolean) as string[]);
  const engines = candidates.map(describeEngine).filter((e): e is MinEngine => !!e);
  if (engines.length === 0) {
    throw new Error(
      'No Terraform or OpenTofu engine found: put `terraform` or `tofu` on PATH (or set TF_ENGINE_PATHS). ' +
        'The plugin host must be proven against a real engine, so this test fails instead of skipping.',
    );
  }
  return engines;
}
