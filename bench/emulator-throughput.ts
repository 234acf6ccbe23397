/**
 * Emulator throughput on loopback (not a test): 50 concurrent keep-alive clients send signed
 * ListEnvironmentConnectors / GetEnvironment requests for a bounded time, against the emulator and
 * against a bare node:http baseline answering the same size of JSON, each server in its own
 * process (bench/emulator-server.ts). Prints requests/s, p50/p99 latency and the
 * emulator/baseline ratio.
 *
 *   npx tsx bench/emulator-throughput.ts [--seconds 5] [--clients 50]
 */
import { spawn, type ChildProcess } from 'child_process';
import * as http from 'http';
import { join } from 'path';
import { createInterface } from 'readline';
import { signedRequest } from '../test/emulator/support/aws-json';
import { numberArg } from './args';

/** Starts bench/emulator-server.ts in a child process; resolves with its URL. */
function serve(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'emulator-server.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (url) => resolve({ url, child }));
  });
}

const SECONDS = numberArg('seconds', 5);
const CLIENTS = numberArg('clients', 50);
const ENV = 'env-0000000001';

interface Prepared {
  headers: Record<string, string>;
  body: string;
}

interface Result {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs CLIENTS loops for SECONDS, alternating the prepared requests. */
async function drive(url: string, requests: Prepared[]): Promise<Result> {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const one = (p: Prepared) =>
    new Promise<number>((resolve) => {
      const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/', headers: p.headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end(p.body);
    });
  const start = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; Date.now() < deadline; i++) {
        const t = process.hrtime.bigint();
        const status = await one(requests[i % requests.length]!);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (status !== 200) errors++;
      }
    }),
  );
  const seconds = (Date.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

function report(name: string, r: Result): number {
  const rps = r.requests / r.seconds;
  console.log(
    `${name.padEnd(10)} ${rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms   ` +
      `(${r.requests} requests, ${r.errors} errors, ${r.seconds.toFixed(1)} s)`,
  );
  return rps;
}

async function main(): Promise<void> {
  const emu = await serve(['emulator']);
  for (const type of ['VCENTER', 'SDDC_MANAGER', 'OPERATIONS_MANAGER']) {
    const p = await signedRequest(emu.url, 'CreateEnvironmentConnector', {
      environmentId: ENV,
      type,
      applianceFqdn: `${type.toLowerCase().replace(/_/g, '-')}.example.internal`,
      secretIdentifier: `evs/${type.toLowerCase()}`,
    });
    await fetch(emu.url + '/', { method: 'POST', headers: strip(p.headers), body: p.body });
  }
  // Signed once up front: the bench measures the server, not the client's signer.
  const requests = [
    await signedRequest(emu.url, 'ListEnvironmentConnectors', { environmentId: ENV }),
    await signedRequest(emu.url, 'GetEnvironment', { environmentId: ENV }),
  ];
  const sizes = await Promise.all(
    requests.map((p) =>
      fetch(emu.url + '/', { method: 'POST', headers: strip(p.headers), body: p.body }).then(async (r) => (await r.text()).length),
    ),
  );
  const baseline = await serve(['baseline', ...sizes.map(String)]);

  console.log(`${CLIENTS} concurrent clients, ${SECONDS} s each, List/Get mix (${sizes.join(' / ')} bytes)`);
  const base = report('baseline', await drive(baseline.url, requests));
  const emuResult = await drive(emu.url, requests);
  const rps = report('emulator', emuResult);
  console.log(`ratio      emulator/baseline = ${(rps / base).toFixed(2)}   target: >= 2000 req/s, p99 < 20 ms`);
  baseline.child.kill();
  emu.child.kill();
  if (emuResult.errors > 0) process.exitCode = 1;
}

function strip(headers: Record<string, string>): Record<string, string> {
  const { host: _host, ...rest } = headers;
  return rest;
}

void main();
