/**
 * The plugin's unix socket as a plain `net` listener: connections are accepted paused and held
 * until gRPC takes them (`serveWith`), so the socket can be listening, and the handshake line out,
 * before gRPC, TLS and HTTP/2 have loaded. It also knows when the engine has hung up.
 */
import * as net from 'net';

export class Listener {
  private readonly open = new Set<net.Socket>();
  private readonly waiting: net.Socket[] = [];
  private inject: ((c: net.Socket) => void) | undefined;
  private onIdle: (() => void) | undefined;
  private readonly server = net.createServer({ pauseOnConnect: true }, (c) => {
    this.open.add(c);
    c.once('close', () => {
      this.open.delete(c);
      if (this.open.size === 0) this.onIdle?.();
    });
    if (this.inject) this.inject(c);
    else this.waiting.push(c);
  });

  /** Binds and listens at once (a unix socket listens synchronously): connections queue from now on. */
  constructor(path: string) {
    let failure: Error | undefined;
    this.server.on('error', (err) => (failure = err));
    this.server.listen(path);
    if (!this.server.listening) throw new Error(`cannot listen on ${path}${failure ? `: ${failure.message}` : ''}`);
  }

  /** Hands every held connection, and each later one, to `inject`. */
  serveWith(inject: (c: net.Socket) => void): void {
    this.inject = inject;
    for (const c of this.waiting.splice(0)) inject(c);
  }

  /** Calls `fn` once no connection is open (now, or when the last one closes). */
  whenIdle(fn: () => void): void {
    if (this.open.size === 0) fn();
    else this.onIdle = fn;
  }
}
