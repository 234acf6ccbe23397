/**
 * The plugin host: listen on a private unix socket, print the handshake line, then serve
 * tfplugin6.Provider and go-plugin's side services with AutoMTLS until told to shut down.
 *
 * The handshake line (all the engine waits for before it dials) needs only the listening socket
 * and a certificate: gRPC, TLS and HTTP/2 load after it, while the engine prepares its client, and
 * connections that arrive meanwhile wait in the listener (listener.ts). With a certificate made
 * ahead (identity-pool.ts) boot.ts has already printed the line before this bundle compiled
 * (early-start.ts). Owning the sockets also tells us when the engine has hung up after Shutdown,
 * so the process exits then rather than after a fixed pause (the engine waits for the exit, once
 * per provider process).
 */
import { randomUUID } from 'crypto';
import * as fs from 'fs';
import { format } from 'util';
import type * as Grpc from '@grpc/grpc-js';
import { log, logEnabled, withLogFields } from '../log';
import type { ProviderImpl } from '../protocol/provider-api';
import type * as Certificates from './certificates';
import { takeEarlyStart } from './early-start';
import { clientCertDer } from './client-cert';
import { engineTls } from './engine-tls';
import { handshakeLine } from './handshake';
import { poolDir, REFILL_AT_EXIT, refillIdentityPool } from './identity-pool';
import { exitPlugin, installProcessHandlers, onExit } from './lifecycle';
import { Listener } from './listener';
import { prebuiltSchema } from './prebuilt-schema';
import type { ProviderService } from './provider-service';
import { PROVIDER_RPCS } from './rpcs';
import { startMemoryLog } from './memory-log';
import { lazyServiceDefinition } from './service-table';
import { controllerHandlers, healthHandlers, stdioHandlers } from './side-services';
import { startCacheDir } from './start-cache';
import { createSocketDir, removeSocketDir } from './socket-dir';

/** Go SDKs allow 256 MiB messages; grpc-js would stop at 4 MiB. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** After Shutdown, the longest wait for the engine to hang up before exiting anyway. */
const HANG_UP_GRACE_MS = 200;
/**
 * When a process that is still running makes identities for later starts (identity-pool.ts):
 * processes that only answer the schema or a validation are gone by then.
 */
const REFILL_AFTER_MS = 500;

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
    process.stderr.write(format(...args) + '\n');
  };
}

/** ASN.1 and X.509 code loads only when a certificate is made here. */
function certificates(): typeof Certificates {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./certificates') as typeof Certificates;
}

export async function servePlugin(options: ServeOptions): Promise<void> {
  installProcessHandlers();
  let early = takeEarlyStart();
  const poolWasEmpty = !early && !!options.clientCertPem;
  if (early) {
    onExit(() => removeSocketDir(early!.socket));
  } else {
    const identity = options.clientCertPem ? await certificates().generateServerIdentity() : undefined;
    const socket = createSocketDir();
    onExit(() => removeSocketDir(socket));
    early = { socket, listener: new Listener(socket.socketPath), identity };
    // The first and only stdout line; written synchronously so it can never interleave.
    fs.writeSync(1, handshakeLine(socket.socketPath, identity?.certBase64));
  }
  guardStdout();
  const cacheDir = startCacheDir();
  const refill = (size?: number) =>
    cacheDir && options.clientCertPem ? refillIdentityPool(poolDir(cacheDir), () => certificates().generateServerIdentity(), size) : Promise.resolve(0);
  serveGrpc(early.listener, options, early.identity, poolWasEmpty ? () => refill(REFILL_AT_EXIT) : undefined);
  log.debug('Plugin started', { socket: early.socket.socketPath, tls: !!early.identity, pid: process.pid });
  startMemoryLog();
  setTimeout(() => void refill(), REFILL_AFTER_MS).unref();
}

/** Everything after the handshake line: gRPC services on the listener's connections, then the provider. */
function serveGrpc(
  listener: Listener,
  options: ServeOptions,
  identity: Certificates.ServerIdentity | undefined,
  /** Work to finish once the engine has asked to shut down, before the process exits. */
  beforeExit?: () => Promise<unknown>,
): void {
  // A plain require: esbuild keeps it lazy, so gRPC and HTTP/2 load only now.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const grpc = require('@grpc/grpc-js') as typeof Grpc;
  let service: Promise<ProviderService> | undefined;
  const getService = () =>
    (service ??= Promise.resolve().then(async () => {
      const { ProviderService } = await import('./provider-service');
      return new ProviderService(await options.loadProvider());
    }));

  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    // No channelz bookkeeping: nothing here queries it, and it costs every call a little.
    'grpc.enable_channelz': 0,
  });
  const provider: Grpc.UntypedServiceImplementation = {};
  const schema = prebuiltSchema();
  for (const rpc of PROVIDER_RPCS) {
    provider[rpc] = (call: Grpc.ServerUnaryCall<Record<string, unknown>, unknown>, callback: Grpc.sendUnaryData<unknown>) => {
      if (rpc === 'GetProviderSchema' && schema) {
        withLogFields(
          () => ({ tf_req_id: randomUUID(), tf_rpc: rpc }),
          () => {
            log.trace('Received request');
            callback(null, schema);
            if (logEnabled('debug')) log.debug('Served request', { duration_ms: 0, diagnostic_error_count: 0, diagnostic_warning_count: 0 });
          },
        );
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
  // The one server-streaming RPC: an event per object a list block finds.
  provider['ListResource'] = (call: Grpc.ServerWritableStream<Record<string, unknown>, unknown>) => {
    getService()
      .then((s) => s.list(call.request, (event) => call.write(event)))
      .then(
        () => call.end(),
        (err: unknown) => call.destroy(Object.assign(new Error(`provider failed to start: ${String(err)}`), { code: grpc.status.INTERNAL })),
      );
  };
  // go-plugin closes its connection as soon as Shutdown is answered and then waits for the exit.
  const shutdown = () => {
    let exiting = false;
    const exit = () => {
      if (exiting) return;
      exiting = true;
      void (beforeExit?.() ?? Promise.resolve()).finally(() => {
        server.forceShutdown();
        exitPlugin(0, 'GRPCController.Shutdown');
      });
    };
    listener.whenIdle(exit);
    setTimeout(exit, HANG_UP_GRACE_MS).unref();
  };
  server.addService(lazyServiceDefinition('tfplugin6.Provider'), provider);
  server.addService(lazyServiceDefinition('plugin.GRPCController'), controllerHandlers(shutdown));
  server.addService(lazyServiceDefinition('grpc.health.v1.Health'), healthHandlers(grpc.status));
  server.addService(lazyServiceDefinition('plugin.GRPCStdio'), stdioHandlers());

  // TLS (engine-tls.ts) checks the engine's certificate before a connection reaches gRPC, so the
  // services themselves see only the engine.
  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  if (identity && options.clientCertPem) {
    listener.serveWith(engineTls(identity, clientCertDer(options.clientCertPem), (socket) => injector.injectConnection(socket)));
  } else {
    // Plaintext (tests only): the held connection is paused and HTTP/2 reads through it.
    listener.serveWith((c) => {
      injector.injectConnection(c);
      c.resume();
    });
  }
  // Without the schema encoded ahead, build the provider while the engine is still connecting.
  // With it, the provider is built on the first RPC that needs it: the engine's first process of
  // a command asks only for the schema and never needs it.
  if (!schema) {
    setImmediate(() => {
      getService().catch((err: unknown) => log.error('Provider failed to start', { error: String(err) }));
    });
  }
}
