/**
 * The gRPC method tables the server registers, read from the embedded proto JSON without building
 * protobufjs types: paths and streaming flags are all `addService` needs. Each method's
 * (de)serializers build the real definitions (grpc-definitions.ts) on their first call, so
 * protobufjs and the tfplugin6 types are set up after the handshake line, not before it.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import type * as Definitions from '../protocol/grpc-definitions';
import { PROTO_JSON } from '../protocol/protos.generated';

type ServiceName = (typeof Definitions.SERVICES)[number];
type Codec = 'requestSerialize' | 'requestDeserialize' | 'responseSerialize' | 'responseDeserialize';
interface MethodJson {
  requestStream?: boolean;
  responseStream?: boolean;
}

let full: Record<ServiceName, ServiceDefinition> | undefined;
function definitions(): Record<ServiceName, ServiceDefinition> {
  // A plain require keeps protobufjs out of the start-up path (esbuild turns it into a lazy init).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  full ??= (require('../protocol/grpc-definitions') as typeof Definitions).serviceDefinitions();
  return full;
}

function methodsOf(name: ServiceName): Record<string, MethodJson> {
  let node: unknown = PROTO_JSON;
  for (const part of name.split('.')) node = (node as { nested: Record<string, unknown> }).nested[part];
  return (node as { methods: Record<string, MethodJson> }).methods;
}

export function lazyServiceDefinition(name: ServiceName): ServiceDefinition {
  const def: Record<string, unknown> = {};
  for (const [method, m] of Object.entries(methodsOf(name))) {
    const codec =
      (which: Codec) =>
      (value: never): unknown =>
        (definitions()[name][method] as unknown as Record<Codec, (v: never) => unknown>)[which](value);
    def[method] = {
      path: `/${name}/${method}`,
      requestStream: !!m.requestStream,
      responseStream: !!m.responseStream,
      requestSerialize: codec('requestSerialize'),
      requestDeserialize: codec('requestDeserialize'),
      responseSerialize: codec('responseSerialize'),
      responseDeserialize: codec('responseDeserialize'),
      originalName: method.charAt(0).toLowerCase() + method.slice(1),
    };
  }
  return def as unknown as ServiceDefinition;
}
