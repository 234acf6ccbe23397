/**
 * Server side of bench/emulator-throughput.ts, run in its own process so the load generator does
 * not share its event loop: `emulator` starts the emulator with three connectors; `baseline`
 * starts a bare node:http server answering JSON bodies of the given sizes. Prints the URL.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { startEmulator } from '../src/emulator';

async function main(): Promise<void> {
  const [mode, ...sizes] = process.argv.slice(2);
  if (mode === 'emulator') {
    const emu = await startEmulator({ durations: { createMs: 0 } });
    process.stdout.write(`${emu.url}\n`);
    return;
  }
  // Bodies of the same sizes as the emulator's answers, served in turn.
  const bodies = sizes.map((s) => JSON.stringify({ padding: 'x'.repeat(Math.max(0, Number(s) - 14)) }));
  let n = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const body = bodies[n++ % bodies.length]!;
      res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.0', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
}

void main();
