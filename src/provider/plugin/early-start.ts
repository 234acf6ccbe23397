/**
 * The handshake before the bundle: boot.ts runs this first, with nothing but Node's own modules
 * loaded. When the engine's environment is right and the start-up cache holds a TLS identity made
 * ahead (identity-pool.ts), it opens the socket, prints the handshake line and leaves the rest to
 * the bundle (serve.ts `takeEarlyStart`), which then compiles while the engine connects. Otherwise
 * it does nothing and the bundle starts as usual: making an identity needs the bundle's ASN.1
 * libraries, and a wrong environment gets the bundle's message.
 */
import * as fs from 'fs';
import type { ServerIdentity } from './certificates';
import { checkPluginEnvironment, handshakeLine } from './handshake';
import { claimIdentity, poolDir } from './identity-pool';
import { Listener } from './listener';
import { createSocketDir, removeSocketDir, type SocketDir } from './socket-dir';

export interface EarlyStart {
  readonly listener: Listener;
  readonly socket: SocketDir;
  /** Absent when the engine asked for plaintext (no PLUGIN_CLIENT_CERT). */
  readonly identity: ServerIdentity | undefined;
}

const HANDOFF = Symbol.for('terraform-provider-evs.early-start');

/** Tries the early handshake; on success the bundle finds the result with `takeEarlyStart`. */
export function startEarly(cacheDir: string | undefined): boolean {
  const env = checkPluginEnvironment();
  if (!env.ok) return false;
  let identity: ServerIdentity | undefined;
  if (env.clientCertPem) {
    identity = cacheDir ? claimIdentity(poolDir(cacheDir)) : undefined;
    if (!identity) return false;
  }
  const socket = createSocketDir();
  let listener: Listener;
  try {
    listener = new Listener(socket.socketPath);
  } catch {
    removeSocketDir(socket);
    return false; // the bundle tries again, and reports what fails
  }
  // The first and only stdout line; written synchronously so it can never interleave.
  fs.writeSync(1, handshakeLine(socket.socketPath, identity?.certBase64));
  (globalThis as Record<symbol, unknown>)[HANDOFF] = { listener, socket, identity } satisfies EarlyStart;
  return true;
}

/** What `startEarly` left for the plugin host, once. */
export function takeEarlyStart(): EarlyStart | undefined {
  const g = globalThis as Record<symbol, EarlyStart | undefined>;
  const early = g[HANDOFF];
  delete g[HANDOFF];
  return early;
}
