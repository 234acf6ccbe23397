/**
 * The gRPC method tables the server registers, read from the embedded proto JSON without building
 * protobufjs types: paths and streaming flags are all `addService` needs. Each method's
 * (de)serializers build the real definitions (grpc-definitions.ts) on their first call, so
 * protobufjs and the tfplugin6 types are set up after the handshake line, not before it. Messages
 * without fields (GetProviderSchema.Request, go-plugin's Empty) and answers encoded ahead
 * (EncodedMessage) need no protobufjs at all: a process that only answers the schema and Shutdown
 * never loads it.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import type * as Definitions from '../protocol/grpc-definitions';
import { PROTO_JSON } from '../protocol/protos.generated';
import { EncodedMessage } from './encoded-message';

type ServiceName = (typeof Definitions.SERVICES)[number];
type Codec = 'requestSerialize' | 'requestDeserialize' | 'responseSerialize' | 'responseDeserialize';
interface MethodJson {
  requestType: string;
  responseType: string;
  requestStream?: boolean;
  responseStream?: boolean;
}
interface NamespaceJson {
  nested?: Record<string, NamespaceJson>;
  fields?: Record<string, unknown>;
  methods?: Record<string, MethodJson>;
}

let full: Record<ServiceName, ServiceDefinition> | undefined;
function definitions(): Record<ServiceName, ServiceDefinition> {
  // A plain require keeps protobufjs out of the start-up path (esbuild turns it into a lazy init).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  full ??= (require('../protocol/grpc-definitions') as typeof Definitions).serviceDefinitions();
  return full;
}

const ROOT = PROTO_JSON as unknown as NamespaceJson;

function at(path: readonly string[]): NamespaceJson | undefined {
  let node: NamespaceJson | undefined = ROOT;
  for (const part of path) node = node?.nested?.[part];
  return node;
}

/**
 * True when `typeName`, resolved as protobuf does (from the service's package outwards), is a
 * message without fields: it decodes to {} whatever the bytes, and encodes to no bytes.
 */
function fieldless(pkg: readonly string[], typeName: string): boolean {
  for (let depth = pkg.length; depth >= 0; depth--) {
    const node = at([...pkg.slice(0, depth), ...typeName.split('.')]);
    if (node) return !!node.fields && Object.keys(node.fields).length === 0;
  }
  return false;
}

const EMPTY = Buffer.alloc(0);

export function lazyServiceDefinition(name: ServiceName): ServiceDefinition {
  const def: Record<string, unknown> = {};
  const path = name.split('.');
  const pkg = path.slice(0, -1);
  for (const [method, m] of Object.entries(at(path)!.methods!)) {
    const full =
      (which: Codec) =>
      (value: never): unknown =>
        (definitions()[name][method] as unknown as Record<Codec, (v: never) => unknown>)[which](value);
    const serialize = (typeName: string, which: Codec) => {
      if (fieldless(pkg, typeName)) return (value: unknown) => (value instanceof EncodedMessage ? value.bytes : EMPTY);
      const encode = full(which);
      return (value: unknown) => (value instanceof EncodedMessage ? value.bytes : encode(value as never));
    };
    const deserialize = (typeName: string, which: Codec) => (fieldless(pkg, typeName) ? () => ({}) : full(which));
    def[method] = {
      path: `/${name}/${method}`,
      requestStream: !!m.requestStream,
      responseStream: !!m.responseStream,
      requestSerialize: serialize(m.requestType, 'requestSerialize'),
      requestDeserialize: deserialize(m.requestType, 'requestDeserialize'),
      responseSerialize: serialize(m.responseType, 'responseSerialize'),
      responseDeserialize: deserialize(m.responseType, 'responseDeserialize'),
      originalName: method.charAt(0).toLowerCase() + method.slice(1),
    };
  }
  return def as unknown as ServiceDefinition;
}
