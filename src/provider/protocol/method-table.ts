/**
 * gRPC service definitions for tfplugin6.Provider and go-plugin's side services, from the method
 * tables generated from the .proto files (protos.generated.ts): paths, streaming, and each
 * message's (de)serializer from the codec the caller supplies. Needs no protobuf runtime itself.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { SERVICES, type MethodTable } from './protos.generated';

export type ServiceName = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

export interface MessageCodec {
  serialize(value: object): Buffer;
  deserialize(bytes: Buffer): object;
}

/** The definition of service `name`, each message handled by `codecFor(its full name)`. */
export function serviceDefinition(name: ServiceName, codecFor: (typeName: string) => MessageCodec): ServiceDefinition {
  const def: Record<string, unknown> = {};
  const methods: Readonly<Record<string, MethodTable>> = SERVICES[name];
  for (const [method, m] of Object.entries(methods)) {
    const req = codecFor(m.requestType);
    const res = codecFor(m.responseType);
    def[method] = {
      path: `/${name}/${method}`,
      requestStream: !!m.requestStream,
      responseStream: !!m.responseStream,
      requestSerialize: req.serialize,
      requestDeserialize: req.deserialize,
      responseSerialize: res.serialize,
      responseDeserialize: res.deserialize,
      originalName: method.charAt(0).toLowerCase() + method.slice(1),
    };
  }
  return def as unknown as ServiceDefinition;
}
