/**
 * What the durable state file costs (not a test): the real `evs-emulator` CLI, once in memory and
 * once with `--state-file` (every change fsync'd before it is answered, concurrent changes sharing
 * one write), each driven by concurrent clients for a bounded time, each client creating and
 * deleting a connector in an environment of its own (the state stays small, so the figures are the
 * commit path's, not the size of the file). Prints changes/s and p50/p99 latency for both, and the
 * state-file/in-memory ratio; with one client, the same pair shows the cost of an fsync per
 * request when there is nothing to share it with.
 *
 *   npx tsx bench/emulator-state-file.ts [--seconds 4] [--clients 32]
 */
import { spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createInterface } from 'readline';
import { call } from '../test/emulator/support/aws-json';
import { numberArg } from './args';

const SECONDS = numberArg('seconds', 4);
const CLIENTS = numberArg('clients', 32);

function serve(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'bin', 'evs-emulator.js'), '--port', '0', '--no-default-environment', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`evs-emulator exited ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ url: line.split(' on ')[1]!, child }));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const envId = (c: number) => `env-${String(c).padStart(10, '0')}`;

/** `clients` loops, each creating a connector in its own environment and deleting it again. */
async function drive(url: string, clients: number): Promise<{ rate: number; p50: number; p99: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const start = Date.now();
  const timed = async (op: string, input: object) => {
    const t = process.hrtime.bigint();
    const r = await call(url, op, input);
    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 200) errors++;
    return r.body;
  };
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const environmentId = envId(c);
      while (Date.now() < deadline) {
        const created = await timed('CreateEnvironmentConnector', { environmentId, type: 'VCENTER', applianceFqdn: 'vc.example.internal', secretIdentifier: 's' });
        const connectorId = created?.connector?.connectorId;
        if (connectorId) await timed('DeleteEnvironmentConnector', { environmentId, connectorId });
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rate: latencies.length / ((Date.now() - start) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'evs-bench-state-'));
  try {
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify(Array.from({ length: CLIENTS }, (_, i) => ({ id: envId(i) }))));
    console.log(`creates and deletes for ${SECONDS} s per run, each client in its own environment`);
    let failed = false;
    for (const clients of [CLIENTS, 1]) {
      const rates: number[] = [];
      for (const [name, extra] of [['in memory', []], ['state file', ['--state-file', join(dir, `state-${clients}.json`)]]] as const) {
        const svc = await serve(['--seed', seed, '--create-ms', '0', '--delete-ms', '0', ...extra]);
        const r = await drive(svc.url, clients);
        svc.child.kill();
        rates.push(r.rate);
        failed ||= r.errors > 0;
        console.log(
          `${String(clients).padStart(3)} client(s)  ${name.padEnd(10)} ${r.rate.toFixed(0).padStart(6)} changes/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   ${r.errors} errors`,
        );
      }
      console.log(`${String(clients).padStart(3)} client(s)  ratio state file / in memory = ${(rates[1]! / rates[0]!).toFixed(2)}`);
    }
    if (failed) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
