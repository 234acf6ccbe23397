/**
 * Provider start-up: spawn-to-handshake latency against bare `node -e 0` (aim ≤ 1.5×), and idle RSS
 * after the handshake (aim ≤ 80 MiB). The engine starts the provider about four times per apply, so
 * this is paid on every command. Spawned exactly as an engine does: magic cookie, protocol versions
 * and a client certificate (AutoMTLS on).
 * Usage: npm run bench:provider-startup [-- --runs 15]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { machineNode } from '../scripts/common/node';
import { PROVIDER_EXECUTABLE } from '../src/names';
import { generateServerIdentity } from '../src/provider/plugin/certificates';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../src/provider/plugin/handshake';

const root = resolve(__dirname, '..');
const BUNDLE = join(root, 'dist', 'provider', PROVIDER_EXECUTABLE);
const SEA = join(root, 'dist', 'release', `${PROVIDER_EXECUTABLE}_v0.1.0`);
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
/** The machine's Node (what `#!/usr/bin/env node` finds for a user), not npm's node_modules/.bin one. */
const NODE = machineNode();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** ms from spawn to exit of `node -e 0`. */
function bareNode(node: string): Promise<number> {
  return new Promise((ok, fail) => {
    const t = process.hrtime.bigint();
    const c = spawn(node, ['-e', '0'], { stdio: 'ignore' });
    c.on('error', fail);
    c.on('exit', () => ok(Number(process.hrtime.bigint() - t) / 1e6));
  });
}

/** ms from spawn to the handshake line; optionally the RSS after `idleMs` of idling. */
function providerStart(cmd: string, args: string[], env: NodeJS.ProcessEnv, idleMs = 0): Promise<{ ms: number; rss?: number }> {
  return new Promise((ok, fail) => {
    const t = process.hrtime.bigint();
    const c = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stderr.on('data', (d: Buffer) => (err += d));
    c.on('exit', (code) => {
      if (!out.includes('\n')) fail(new Error(`provider exited ${code} before the handshake:\n${err}`));
    });
    c.stdout.on('data', (d: Buffer) => {
      if (out.includes('\n')) return;
      out += d;
      if (!out.includes('\n')) return;
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (!/^1\|6\|unix\|/.test(out)) fail(new Error(`unexpected handshake: ${out}`));
      const finish = (rss?: number): void => {
        c.kill('SIGKILL');
        ok({ ms, rss });
      };
      if (idleMs > 0) setTimeout(() => finish(rssMiB(c.pid!)), idleMs);
      else finish();
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} missing: npm run build:provider`);
  const client = await generateServerIdentity();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
    PLUGIN_CLIENT_CERT: client.certPem,
  };
  const node22 = join(root, 'node_modules', 'node22', 'bin', 'node');
  const node24 = join(root, 'node_modules', 'node24', 'bin', 'node');
  // [name, command, args, the Node whose `node -e 0` is the baseline]
  const variants: Array<[string, string, string[], string]> = [
    ['bundle on the machine node', NODE, [BUNDLE], NODE],
    ['bundle on node 22 (npm)', node22, [BUNDLE], node22],
    ['bundle on node 24 (npm)', node24, [BUNDLE], node24],
  ];
  if (existsSync(SEA)) variants.push(['single executable (node 24 SEA)', SEA, [], node24]);

  // Warm the page cache for every binary before timing.
  for (const [, cmd, args, base] of variants) {
    await bareNode(base);
    await providerStart(cmd, args, env);
  }
  const timings = new Map<string, { base: number[]; start: number[] }>(variants.map(([n]) => [n, { base: [], start: [] }]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, cmd, args, base] of variants) {
      timings.get(name)!.base.push(await bareNode(base));
      timings.get(name)!.start.push((await providerStart(cmd, args, env)).ms);
    }
  }
  console.log(`provider start-up, median of ${RUNS} runs, AutoMTLS on (machine node: ${NODE})`);
  for (const [name, cmd, args] of variants) {
    const t = timings.get(name)!;
    const baseMs = median(t.base);
    const ms = median(t.start);
    const { rss } = await providerStart(cmd, args, env, 2000);
    console.log(
      `  ${name.padEnd(32)} spawn→handshake ${ms.toFixed(1)} ms vs node -e 0 ${baseMs.toFixed(1)} ms → ${(ms / baseMs).toFixed(2)}× (aim ≤ 1.5×); idle RSS ${rss!.toFixed(1)} MiB (aim ≤ 80)`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
