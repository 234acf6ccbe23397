/**
 * Provider start-up: spawn-to-handshake latency against bare `node -e 0` (aim ≤ 1.2×), and idle RSS
 * 2 s after the handshake (aim ≤ 50 MiB). The engine starts the provider three to five times per
 * command, so this is paid on every command. Spawned exactly as an engine does: magic cookie,
 * protocol versions and a client certificate (AutoMTLS on).
 *
 * Every figure is a median over runs interleaved with the baseline in the same loop, so a busy
 * machine slows both alike. Besides the handshake, runs dial the socket with mTLS and time
 * spawn → GetProviderSchema answered and spawn → configured (GetProviderSchema, then
 * ConfigureProvider answered, as every engine process that reads or changes anything does): what
 * the engine really waits for, so work merely moved past the handshake line still shows. "warm"
 * starts find the per-user start-up cache: the V8 code cache (every start after the first one of a
 * provider build on a given Node) and a TLS identity made ahead (the bench tops the pool up before
 * each warm start, as the engine's longer-running provider processes do); "cold" ones run with
 * EVS_PROVIDER_CODE_CACHE=off (neither).
 * Usage: npm run bench:provider-startup [-- --runs 15] [--bundle FILE] [--sea FILE]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { supportedNode } from '../scripts/common/node';
import { PROVIDER_EXECUTABLE } from '../src/names';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../src/provider/plugin/handshake';
import { generateServerIdentity } from '../src/provider/plugin/certificates';
import { poolDir, refillIdentityPool } from '../src/provider/plugin/identity-pool';
import { startCacheDir } from '../src/provider/plugin/start-cache';
import { createProvider } from '../src/provider/provider';
import { encodeMsgpack } from '../src/provider/protocol/cty-msgpack';
import { impliedType } from '../src/provider/protocol/cty-types';
import type { ObjectValue } from '../src/provider/protocol/provider-api';
import { connect, makeClientIdentity, unary } from '../test/provider/support/plugin-process';

const root = resolve(__dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/** --bundle / --sea: compare other builds (e.g. an older commit's) under the same method. */
const BUNDLE = resolve(arg('--bundle') ?? join(root, 'dist', 'provider', PROVIDER_EXECUTABLE));
const SEA = resolve(arg('--sea') ?? join(root, 'dist', 'release', `${PROVIDER_EXECUTABLE}_v0.1.0`));
const RUNS = Number(arg('--runs') ?? 15);
/** The machine's Node (what `#!/usr/bin/env node` finds for a user), not npm's node_modules/.bin one. */
const NODE = supportedNode();

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

type Client = Awaited<ReturnType<typeof makeClientIdentity>>;
interface Start {
  /** spawn → handshake line */
  ms: number;
  /** spawn → first GetProviderSchema answered over mTLS */
  rpcMs?: number;
  /** spawn → ConfigureProvider answered (after GetProviderSchema) */
  configuredMs?: number;
  rss?: number;
}

/**
 * Start the provider; time the handshake line, optionally the first GetProviderSchema, optionally
 * the RSS after `idleMs` of idling. It then ends as under an engine: GRPCController.Shutdown when
 * connected (so it exits normally), SIGKILL otherwise.
 */
function providerStart(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  client: Client,
  opts: { rpc?: boolean; configure?: boolean; idleMs?: number } = {},
): Promise<Start> {
  return new Promise((ok, fail) => {
    const t = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - t) / 1e6;
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
      const ms = since();
      const m = /^1\|6\|unix\|([^|]+)\|grpc\|(\S*)/.exec(out);
      if (!m) return fail(new Error(`unexpected handshake: ${out}`));
      (async () => {
        const result: Start = { ms };
        if (opts.rpc || opts.configure || opts.idleMs) {
          const clients = connect({ address: m[1]!, certBase64: m[2]! } as Parameters<typeof connect>[0], client);
          try {
            if (opts.rpc || opts.configure) {
              await unary(clients.provider, 'GetProviderSchema', {});
              result.rpcMs = since();
            }
            if (opts.configure) {
              const res = await unary<{ diagnostics: Array<{ summary: string }> }>(clients.provider, 'ConfigureProvider', CONFIGURE_REQUEST);
              if (res.diagnostics.length > 0) throw new Error(`ConfigureProvider: ${res.diagnostics.map((d) => d.summary).join('; ')}`);
              result.configuredMs = since();
            }
            if (opts.idleMs) {
              await new Promise((r) => setTimeout(r, opts.idleMs));
              result.rss = rssMiB(c.pid!);
            }
            const exited = new Promise((r) => c.once('exit', r));
            await unary(clients.controller, 'Shutdown', {}).catch(() => undefined);
            await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
          } finally {
            clients.close();
          }
        }
        c.kill('SIGKILL');
        return result;
      })().then(ok, fail);
    });
  });
}

/** A provider block as the benches' engines send it: region, static keys and a local endpoint (never dialled). */
const CONFIGURE_REQUEST = (() => {
  const block = createProvider().schemas().provider.block;
  const config: ObjectValue = Object.fromEntries(block.attributes.map((a) => [a.name, null]));
  for (const b of block.blockTypes) config[b.typeName] = b.nesting === 'list' || b.nesting === 'set' ? [] : null;
  Object.assign(config, { region: 'us-east-1', endpoint: 'http://127.0.0.1:9', access_key: 'AKIAEVSBENCHKEY00000', secret_key: 'bench-secret-not-real' });
  return { terraform_version: '1.11.4', config: { msgpack: encodeMsgpack(impliedType(block), config) } };
})();

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} missing: npm run build:provider`);
  const client = await makeClientIdentity();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
    PLUGIN_CLIENT_CERT: client.certPem,
  };
  delete env.EVS_PROVIDER_CODE_CACHE;
  const coldEnv = { ...env, EVS_PROVIDER_CODE_CACHE: 'off' };
  const node22 = join(root, 'node_modules', 'node22', 'bin', 'node');
  const node24 = join(root, 'node_modules', 'node24', 'bin', 'node');
  // [name, command, args, the Node whose `node -e 0` is the baseline]
  const variants: Array<[string, string, string[], string]> = [
    ['bundle on the machine node', NODE, [BUNDLE], NODE],
    ['bundle on node 22 (npm)', node22, [BUNDLE], node22],
    ['bundle on node 24 (npm)', node24, [BUNDLE], node24],
  ];
  if (existsSync(SEA)) variants.push(['single executable (node 24 SEA)', SEA, [], node24]);

  // Warm the page cache for every binary, and let one normal run (>1 s, ended by Shutdown) write
  // the code cache, as the first start after an install does.
  for (const [, cmd, args, base] of variants) {
    await bareNode(base);
    await providerStart(cmd, args, env, client, { rpc: true, idleMs: 1200 });
  }
  const timings = new Map(
    variants.map(([n]) => [n, { base: [] as number[], warm: [] as number[], rpc: [] as number[], configured: [] as number[], cold: [] as number[] }]),
  );
  const cacheDir = startCacheDir(env);
  const topUp = () => (cacheDir ? refillIdentityPool(poolDir(cacheDir), generateServerIdentity) : Promise.resolve(0));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, cmd, args, base] of variants) {
      const t = timings.get(name)!;
      t.base.push(await bareNode(base));
      await topUp();
      t.warm.push((await providerStart(cmd, args, env, client)).ms);
      await topUp();
      const configured = await providerStart(cmd, args, env, client, { configure: true });
      t.rpc.push(configured.rpcMs!);
      t.configured.push(configured.configuredMs!);
      t.cold.push((await providerStart(cmd, args, coldEnv, client)).ms);
    }
  }
  console.log(`provider start-up, median of ${RUNS} interleaved runs, AutoMTLS on (machine node: ${NODE})`);
  const ratio = (ms: number, base: number) => `${ms.toFixed(0)} ms ${(ms / base).toFixed(2)}×`;
  for (const [name, cmd, args] of variants) {
    const t = timings.get(name)!;
    const base = median(t.base);
    const rssRuns: number[] = [];
    for (let i = 0; i < 3; i++) rssRuns.push((await providerStart(cmd, args, env, client, { idleMs: 2000 })).rss!);
    const rss = median(rssRuns);
    console.log(
      `  ${name.padEnd(32)} node -e 0 ${base.toFixed(0)} ms | spawn→handshake warm ${ratio(median(t.warm), base)} (aim ≤ 1.2×), ` +
        `cold ${ratio(median(t.cold), base)} | spawn→schema ${ratio(median(t.rpc), base)} | spawn→configured ${ratio(median(t.configured), base)} | ` +
        `idle RSS ${rss.toFixed(1)} MiB (aim ≤ 50)`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
