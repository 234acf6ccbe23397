/**
 * The prebuilt AWS provider bindings the environment example uses (`@cdktf/provider-aws`), kept
 * out of the project's devDependencies: the package is 37 MB packed and about 390 MB unpacked, and
 * only the example's test needs it. Fetched once with `npm pack` into a cache keyed by version,
 * beside the engines' cache; the example resolves it through NODE_PATH.
 *
 *   node --import tsx scripts/common/provider-aws.ts    # fetches it if needed, prints the NODE_PATH entry
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { engineCacheRoot } from './engines';

/** The version the examples pin (package.json-free TypeScript, requirements.txt, go.mod). */
export const PROVIDER_AWS_VERSION = '21.22.1';
const PACKAGE = '@cdktf/provider-aws';

/** A `node_modules` folder holding `@cdktf/provider-aws` (and nothing else: cdktf and constructs come from the caller's). */
export function providerAwsNodePath(version = PROVIDER_AWS_VERSION): string {
  const nodeModules = join(dirname(engineCacheRoot()), 'npm', `cdktf-provider-aws-${version}`, 'node_modules');
  const dir = join(nodeModules, ...PACKAGE.split('/'));
  if (existsSync(join(dir, 'package.json'))) return nodeModules;
  mkdirSync(dirname(dir), { recursive: true });
  const work = mkdtempSync(join(dirname(dir), '.fetch-'));
  try {
    const out = execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', work, '--silent'], { encoding: 'utf8' });
    execFileSync('tar', ['-xzf', join(work, out.trim().split('\n').pop()!), '-C', work]);
    // Rename: a concurrent caller sees the whole package or none.
    if (!existsSync(dir)) renameSync(join(work, 'package'), dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return nodeModules;
}

/** NODE_PATH for running the environment example from the source tree: the cached AWS bindings, then the project's cdktf and constructs. */
export function exampleNodePath(): string {
  return [providerAwsNodePath(), join(__dirname, '..', '..', 'node_modules')].join(delimiter);
}

if (require.main === module) console.log(providerAwsNodePath());
