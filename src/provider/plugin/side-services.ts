/**
 * The services a go-plugin host talks to besides the provider: GRPCController (Shutdown),
 * grpc.health.v1.Health (service "plugin" is SERVING) and GRPCStdio (an idle stream: logs go to
 * stderr directly, which go-plugin also reads).
 */
import type * as grpc from '@grpc/grpc-js';

const HEALTHY_SERVICES = new Set(['', 'plugin']);

export function controllerHandlers(shutdown: () => void): grpc.UntypedServiceImplementation {
  return {
    Shutdown: (_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      callback(null, {});
      // The host exits once the engine has the answer and hangs up (the engine kills us 2 s after asking).
      shutdown();
    },
  };
}

export function healthHandlers(status: typeof grpc.status): grpc.UntypedServiceImplementation {
  return {
    Check: (call: grpc.ServerUnaryCall<{ service: string }, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      if (!HEALTHY_SERVICES.has(call.request.service)) {
        return callback({ code: status.NOT_FOUND, details: `unknown service ${call.request.service}` });
      }
      callback(null, { status: 'SERVING' });
    },
    Watch: (call: grpc.ServerWritableStream<{ service: string }, unknown>) => {
      call.write({ status: HEALTHY_SERVICES.has(call.request.service) ? 'SERVING' : 'SERVICE_UNKNOWN' });
      // Stays open: the status never changes while the process lives.
    },
  };
}

export function stdioHandlers(): grpc.UntypedServiceImplementation {
  return {
    StreamStdio: () => {
      // Nothing to forward: the stream ends when the process does.
    },
  };
}
