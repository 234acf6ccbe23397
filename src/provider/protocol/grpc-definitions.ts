/**
 * gRPC service definitions for tfplugin6.Provider and go-plugin's side services, from the
 * embedded protobufjs JSON (see embed-protos.ts).
 *
 * This builds what @grpc/proto-loader's `fromJSON` builds — the same protobufjs types and the same
 * object conversion options — minus the reflection descriptors it also computes for every message,
 * which nobody here reads and which cost ~30 ms of every start — and with each message's functions
 * taken from protobufjs's generator output made at development time (prebuilt-codecs.ts).
 * test/provider/protocol/protos.test.ts holds the two to the same wire bytes and objects.
 */
import * as protobuf from 'protobufjs/light';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { installPrebuiltCodecs } from './prebuilt-codecs';
import { CODECS } from './protos.codecs.generated';
import { PROTO_JSON } from './protos.generated';

/**
 * Field names as written in the .proto (snake_case), int64 as decimal strings, bytes as Buffer,
 * enums as their names, absent fields filled with defaults, oneofs marked with the chosen field.
 */
export const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  bytes: Buffer,
  defaults: true,
  oneofs: true,
} as const;

export const SERVICES = ['tfplugin6.Provider', 'plugin.GRPCController', 'plugin.GRPCStdio', 'grpc.health.v1.Health'] as const;
export type ServiceName = (typeof SERVICES)[number];

function serializer(type: protobuf.Type): (value: object) => Buffer {
  return (value) => {
    if (Array.isArray(value)) throw new Error(`Failed to serialize message: expected ${type.name}, got an array`);
    return Buffer.from(type.encode(type.fromObject(value)).finish());
  };
}

function deserializer(type: protobuf.Type): (bytes: Buffer) => object {
  return (bytes) => type.toObject(type.decode(bytes), LOADER_OPTIONS);
}

let cached: Record<ServiceName, ServiceDefinition> | undefined;

export function serviceDefinitions(): Record<ServiceName, ServiceDefinition> {
  if (cached) return cached;
  // Root.fromJSON, with the prebuilt codecs in place before the types resolve.
  const root = new protobuf.Root().addJSON((PROTO_JSON as unknown as protobuf.INamespace).nested!) as protobuf.Root;
  installPrebuiltCodecs(root, CODECS);
  root.resolveAll();
  const out = {} as Record<ServiceName, ServiceDefinition>;
  for (const name of SERVICES) {
    const service = root.lookupService(name);
    const def: Record<string, unknown> = {};
    for (const method of service.methodsArray) {
      const req = method.resolvedRequestType!;
      const res = method.resolvedResponseType!;
      def[method.name] = {
        path: `/${name}/${method.name}`,
        requestStream: !!method.requestStream,
        responseStream: !!method.responseStream,
        requestSerialize: serializer(req),
        requestDeserialize: deserializer(req),
        responseSerialize: serializer(res),
        responseDeserialize: deserializer(res),
        originalName: method.name.charAt(0).toLowerCase() + method.name.slice(1),
      };
    }
    out[name] = def as unknown as ServiceDefinition;
  }
  cached = out;
  return out;
}
