/**
 * The per-user start-up cache, `~/.cache/terraform-provider-evs/` (XDG_CACHE_HOME respected): the
 * V8 code cache of the bundle (boot.ts) and TLS identities made ahead for later starts
 * (identity-pool.ts). EVS_PROVIDER_CODE_CACHE=off turns both off.
 */
import * as os from 'os';
import * as path from 'path';

export function startCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['EVS_PROVIDER_CODE_CACHE'] === 'off') return undefined;
  try {
    return path.join(env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache'), 'terraform-provider-evs');
  } catch {
    return undefined; // no home directory: run uncached
  }
}
