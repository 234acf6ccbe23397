/**
 * The side-by-side bench against a plain Go provider with the same resource schema, when the peer
 * sits beside the checkout (../shared/peers/go-provider; EVS_SHARED_DIR moves ../shared): its
 * bench.py builds the Go provider, runs both through Terraform against the local EVS service,
 * interleaved, and prints ours/go ratios (a start-up, b plan of 300, c apply and destroy of 30,
 * e the small stack). Nothing of the peer is part of this repository. The provider runs on a
 * supported Node (the machine's when it is 22 or later, else the node22 devDependency).
 * Usage: npm run bench:vs-go [-- --only small|main] [other bench.py options]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { supportedNode } from '../scripts/common/node';

const root = resolve(__dirname, '..');
const shared = resolve(root, process.env.EVS_SHARED_DIR ?? join('..', 'shared'));
const bench = join(shared, 'peers', 'go-provider', 'bench.py');
if (!existsSync(bench)) {
  console.error(`bench:vs-go: ${bench} is missing; the Go peer is not beside this checkout (set EVS_SHARED_DIR to where it is).`);
  process.exit(1);
}
const PATH = `${dirname(supportedNode())}${delimiter}${process.env.PATH ?? ''}`;
const r = spawnSync('python3', [bench, root, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, PATH } });
process.exit(r.status ?? 1);
