/**
 * The gRPC service definitions of every service the provider serves, each message (de)serialized
 * by its generated protobufjs functions (message-codecs.ts): what @grpc/proto-loader builds from
 * the .proto files, with the same object conversion options. Clients (tests, the build's encoded
 * schema) use these; the server registers the lazier table of plugin/service-table.ts.
 * test/provider/protocol/protos.test.ts holds the two to the same wire bytes and objects.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import { messageCodec } from './message-codecs';
import { SERVICE_NAMES, serviceDefinition, type ServiceName } from './method-table';

export { LOADER_OPTIONS } from './message-codecs';

let cached: Record<ServiceName, ServiceDefinition> | undefined;

export function serviceDefinitions(): Record<ServiceName, ServiceDefinition> {
  cached ??= Object.fromEntries(SERVICE_NAMES.map((name) => [name, serviceDefinition(name, messageCodec)])) as Record<ServiceName, ServiceDefinition>;
  return cached;
}
