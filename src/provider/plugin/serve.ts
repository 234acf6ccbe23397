/**
 * The plugin host: listen on a private unix socket with AutoMTLS, print the handshake line, then
 * serve tfplugin6.Provider and go-plugin's side services until told to shut down.
 */
import * as fs from 'fs';
import * as util from 'util';
import * as grpc from '@grpc/grpc-js';
import { log } from '../log';
import type { ProviderImpl } from '../protocol/provider-api';
import { clientCertDer, generateServerIdentity, type ServerIdentity } from './certificates';
import { handshakeLine } from './handshake';
import { createSocketDir, exitPlugin, installProcessHandlers, onExit, removeSocketDir } from './lifecycle';
import type { ProviderService } from './provider-service';
import { PROVIDER_RPCS } from './rpcs';
import { startMemoryLog } from './memory-log';
import { lazyServiceDefinition } from './service-table';
import { controllerHandlers, healthHandlers, stdioHandlers, type Authorize } from './side-services';

/** Go SDKs allow 256 MiB messages; grpc-js would stop at 4 MiB. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export interface ServeOptions {
  /** The engine's client certificate (PEM) from PLUGIN_CLIENT_CERT; absent → plaintext. */
  clientCertPem?: string;
  /** Builds the provider; called once, right after the handshake, so start-up stays cheap. */
  loadProvider: () => ProviderImpl | Promise<ProviderImpl>;
}

/** Keep stdout for the handshake line alone: anything else written there goes to stderr. */
function guardStdout(): void {
  const toStderr = (chunk: unknown, ...rest: unknown[]) =>
    (process.stderr.write as (...a: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
  (process.stdout as unknown as { write: typeof toStderr }).write = toStderr;
  console.log = console.info = (...args: unknown[]) => {
    process.stderr.write(util.format(...args) + '\n');
  };
}

export async function servePlugin(options: ServeOptions): Promise<void> {
  installProcessHandlers();
  const identityPromise: Promise<ServerIdentity | undefined> = options.clientCertPem
    ? generateServerIdentity()
    : Promise.resolve(undefined);
  const clientDer = options.clientCertPem ? clientCertDer(options.clientCertPem) : undefined;

  const socket = createSocketDir();
  onExit(() => removeSocketDir(socket));

  // Only the exact certificate the engine handed us is accepted (TLS already proves key possession).
  const authorize: Authorize = (call) => {
    if (!clientDer) return true;
    const peer = call.getAuthContext()?.sslPeerCertificate;
    return !!peer?.raw && clientDer.equals(peer.raw);
  };

  let service: Promise<ProviderService> | undefined;
  // The provider, its codecs and the AWS SDK load after the handshake line (see setImmediate below).
  const getService = () =>
    (service ??= Promise.resolve().then(async () => {
      const { ProviderService } = await import('./provider-service');
      return new ProviderService(await options.loadProvider());
    }));

  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  const provider: grpc.UntypedServiceImplementation = {};
  for (const rpc of PROVIDER_RPCS) {
    provider[rpc] = (call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      if (!authorize(call)) {
        callback({ code: grpc.status.UNAUTHENTICATED, details: 'unknown client certificate' });
        return;
      }
      getService()
        .then((s) => s.call(rpc, call.request))
        .then(
          (res) => callback(null, res),
          // Only reachable if the provider cannot even be built: say so on every RPC.
          (err: unknown) => callback({ code: grpc.status.INTERNAL, details: `provider failed to start: ${String(err)}` }),
        );
    };
  }
  const shutdown = () => {
    server.forceShutdown();
    exitPlugin(0, 'GRPCController.Shutdown');
  };
  server.addService(lazyServiceDefinition('tfplugin6.Provider'), provider);
  server.addService(lazyServiceDefinition('plugin.GRPCController'), controllerHandlers(authorize, shutdown, grpc.status));
  server.addService(lazyServiceDefinition('grpc.health.v1.Health'), healthHandlers(authorize, grpc.status));
  server.addService(lazyServiceDefinition('plugin.GRPCStdio'), stdioHandlers(authorize));

  // TLS 1.2 at least, even if NODE_OPTIONS (--tls-min-v1.0) lowered Node's default.
  // (The module object itself: a namespace import would be a read-only copy.)
  const tls = require('tls') as { DEFAULT_MIN_VERSION: string };
  if (tls.DEFAULT_MIN_VERSION === 'TLSv1' || tls.DEFAULT_MIN_VERSION === 'TLSv1.1') tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
  const identity = await identityPromise;
  const credentials =
    identity && options.clientCertPem
      ? grpc.ServerCredentials.createSsl(
          Buffer.from(options.clientCertPem),
          [{ private_key: Buffer.from(identity.keyPem), cert_chain: Buffer.from(identity.certPem) }],
          true,
        )
      : grpc.ServerCredentials.createInsecure();

  await new Promise<void>((resolve, reject) => {
    server.bindAsync(`unix://${socket.socketPath}`, credentials, (err) => (err ? reject(err) : resolve()));
  });
  // The first and only stdout line; written synchronously so it can never interleave.
  fs.writeSync(1, handshakeLine(socket.socketPath, identity?.certBase64));
  guardStdout();
  log.debug('Plugin started', { socket: socket.socketPath, tls: !!identity, pid: process.pid });
  startMemoryLog();
  // Build the provider while the engine is still connecting.
  setImmediate(() => {
    getService().catch((err: unknown) => log.error('Provider failed to start', { error: String(err) }));
  });
}
