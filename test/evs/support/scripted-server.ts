/**
 * A small real HTTP server for client tests: answers each request with the next scripted reply
 * (or a handler) and records what it received. Replies can also reset the connection.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
  at: number;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  | { reset: true }
  | { hang: true };

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  /** Queue replies; when the queue is empty, `fallback` answers. */
  push(...replies: Reply[]): void;
  fallback: (req: RecordedRequest) => Reply;
  close(): Promise<void>;
}

export const ok = (body: unknown, headers: Record<string, string> = {}): Reply => ({
  status: 200,
  headers: { 'x-amzn-requestid': 'req-ok', ...headers },
  body,
});

export const awsError = (
  status: number,
  type: string,
  members: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Reply => ({
  status,
  headers: { 'x-amzn-requestid': `req-${status}`, ...headers },
  body: { __type: type, message: `${type} happened`, ...members },
});

export async function startScriptedServer(): Promise<ScriptedServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const state: ScriptedServer = {
    url: '',
    requests,
    push: (...r) => queue.push(...r),
    fallback: () => ({ status: 500, body: { __type: 'InternalServerException', message: 'no scripted reply' } }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: any;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const rec: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json, at: Date.now() };
      requests.push(rec);
      const reply = queue.shift() ?? state.fallback(rec);
      if ('reset' in reply) {
        req.socket.destroy();
        return;
      }
      if ('hang' in reply) return;
      const send = () => {
        const payload = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/x-amz-json-1.0', ...reply.headers });
        res.end(payload);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
