/**
 * tfplugindocs (github.com/hashicorp/terraform-plugin-docs), the registry's docs validator, built
 * from its Go module with `go install` into a cache folder keyed by version (like the engines),
 * never into the repository.
 *
 *   node --import tsx scripts/common/tfplugindocs.ts    # builds it if needed, prints its path
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { engineCacheRoot } from './engines';

export const TFPLUGINDOCS_VERSION = 'v0.25.0';
const MODULE = 'github.com/hashicorp/terraform-plugin-docs/cmd/tfplugindocs';

export function tfplugindocsPath(version = TFPLUGINDOCS_VERSION): string {
  return join(dirname(engineCacheRoot()), 'tools', `tfplugindocs-${version.replace(/^v/, '')}`, 'tfplugindocs');
}

/** The cached binary, built first when missing (about a minute with an empty Go cache). */
export function ensureTfplugindocs(version = TFPLUGINDOCS_VERSION): string {
  const bin = tfplugindocsPath(version);
  if (existsSync(bin)) return bin;
  const dir = dirname(bin);
  mkdirSync(dirname(dir), { recursive: true });
  const work = mkdtempSync(join(dirname(dir), '.build-tfplugindocs-'));
  try {
    process.stderr.write(`building tfplugindocs ${version} from its Go module\n`);
    // Outside any go.mod, with the user's GOFLAGS set aside (as for the engines).
    execFileSync('go', ['install', `${MODULE}@${version}`], {
      cwd: work,
      env: { ...process.env, GOFLAGS: '', GOBIN: work, CGO_ENABLED: '0' },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 600_000,
    });
    mkdirSync(dir, { recursive: true });
    // Rename: a concurrent run sees the whole binary or none.
    renameSync(join(work, 'tfplugindocs'), bin);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return bin;
}

if (require.main === module) process.stdout.write(`${ensureTfplugindocs()}\n`);
