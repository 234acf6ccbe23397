/**
 * A pass-through HTTP proxy in front of the local EVS service that can lose answers: the request
 * reaches the service and is carried out, but the connection is destroyed instead of answering
 * (what a reset or a timeout after the service acted looks like to the client). The service's own
 * fault injection fails requests before acting on them; this is the other half.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LossyProxy {
  readonly url: string;
  /** The service to forward to (set before the first request). */
  forwardTo(target: string): void;
  /** Lose the answers to the next `count` calls of `operation` (e.g. 'UpdateEnvironmentConnector'). */
  loseNext(operation: string, count: number): void;
  /** Answers lost so far, per operation. */
  readonly lost: Record<string, number>;
  close(): Promise<void>;
}

export async function startLossyProxy(): Promise<LossyProxy> {
  let upstream: URL | undefined;
  const toLose = new Map<string, number>();
  const lost: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const op = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      if (!upstream) throw new Error('lossy proxy: forwardTo() was not called');
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            const left = toLose.get(op) ?? 0;
            if (left > 0) {
              toLose.set(op, left - 1);
              lost[op] = (lost[op] ?? 0) + 1;
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      forward.on('error', () => req.socket.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwardTo: (target) => void (upstream = new URL(target)),
    loseNext: (operation, count) => void toLose.set(operation, count),
    lost,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
