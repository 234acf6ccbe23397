/**
 * Slow clients are cut at the configured limits (short ones here), not at Node's 30 s check
 * interval: stalled headers, a stalled body, and a body trickling in byte by byte.
 */
import * as net from 'net';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call } from './support/aws-json';

const HEADERS_MS = 400;
const BODY_MS = 800;
/** Far below Node's defaults (a stalled client used to stay 30–60 s), far above a loaded machine's jitter. */
const SLACK_MS = 4000;

let emu: RunningEmulator;
beforeAll(async () => (emu = await startEmulator({ timeouts: { headersMs: HEADERS_MS, bodyMs: BODY_MS } })));
afterAll(() => emu.close());

/** Opens a connection, sends `parts` (`number` = pause in ms), and resolves with what came back when the server closed it. */
function stall(parts: Array<string | number>): Promise<{ reply: string; ms: number }> {
  const u = new URL(emu.url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let reply = '';
    let closed = false;
    const socket = net.connect(Number(u.port), u.hostname, async () => {
      for (const p of parts) {
        if (closed) return;
        // Unref'd: a pause the server cut short must not hold Jest open for its remaining 30 s.
        if (typeof p === 'number') await new Promise((r) => setTimeout(r, p).unref());
        else socket.write(p);
      }
    });
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (reply += d));
    socket.on('close', () => {
      closed = true;
      resolve({ reply, ms: Date.now() - started });
    });
    socket.on('error', () => undefined);
    setTimeout(() => reject(new Error(`not cut after 20 s; got ${JSON.stringify(reply)}`)), 20_000).unref();
  });
}

const healthy = async () => expect((await call(emu.url, 'GetEnvironment', { environmentId: 'env-0000000001' })).status).toBe(200);

test('stalled headers are cut after headersMs with 408', async () => {
  const { reply, ms } = await stall(['POST / HTTP/1.1\r\nHost: x\r\n', 30_000]);
  expect(reply).toMatch(/^HTTP\/1\.1 408/);
  expect(reply).toContain('RequestTimeoutException');
  expect(ms).toBeGreaterThanOrEqual(HEADERS_MS - 50);
  expect(ms).toBeLessThan(HEADERS_MS + SLACK_MS);
  await healthy();
});

test('a stalled body is cut after bodyMs with 408 in the AWS error shape', async () => {
  const { reply, ms } = await stall(['POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 1000\r\n\r\n{"a":', 30_000]);
  expect(reply).toMatch(/^HTTP\/1\.1 408/);
  expect(reply).toMatch(/x-amzn-errortype: RequestTimeoutException/i);
  expect(reply).toMatch(/connection: close/i);
  expect(reply).toContain(`"message":"The request body did not arrive within ${BODY_MS} ms."`);
  expect(ms).toBeGreaterThanOrEqual(BODY_MS - 50);
  expect(ms).toBeLessThan(BODY_MS + SLACK_MS);
  await healthy();
});

test('a body trickling in one byte at a time is cut at the same limit', async () => {
  const trickle: Array<string | number> = ['POST /_emulator/environments HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n'];
  for (let i = 0; i < 100; i++) trickle.push(' ', 100);
  const { reply, ms } = await stall(trickle);
  expect(reply).toMatch(/^HTTP\/1\.1 408/);
  expect(reply).toContain('did not arrive within');
  expect(ms).toBeLessThan(BODY_MS + SLACK_MS);
  await healthy();
});

test('other clients are served while slow ones wait to be cut', async () => {
  const slow = Array.from({ length: 20 }, () => stall(['POST / HTTP/1.1\r\nHost: x\r\n', 30_000]));
  await healthy();
  const done = await Promise.all(slow);
  expect(done.every((d) => d.reply.startsWith('HTTP/1.1 408'))).toBe(true);
});
