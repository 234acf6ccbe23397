/**
 * The gRPC method tables the server registers (generated from the .proto files, no protobuf
 * runtime needed: paths and streaming flags are all `addService` needs). Each message's codec is
 * linked on its first use (message-codecs.ts), so protobufjs's runtime loads after the handshake
 * line, and a process sets up only the messages of the RPCs it serves. Messages without fields
 * (GetProviderSchema.Request, go-plugin's Empty) and answers encoded ahead (EncodedMessage) need
 * no protobufjs at all: a process that only answers the schema and Shutdown never loads it.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import type * as Codecs from '../protocol/message-codecs';
import { serviceDefinition, type MessageCodec, type ServiceName } from '../protocol/method-table';
import { FIELDLESS_MESSAGES } from '../protocol/protos.generated';
import { EncodedMessage } from './encoded-message';

const EMPTY = Buffer.alloc(0);

const FIELDLESS: MessageCodec = {
  serialize: (value) => (value instanceof EncodedMessage ? value.bytes : EMPTY),
  deserialize: () => ({}),
};

function lazyCodec(typeName: string): MessageCodec {
  if (FIELDLESS_MESSAGES.has(typeName)) return FIELDLESS;
  let codec: MessageCodec | undefined;
  // A plain require keeps protobufjs out of the start-up path (esbuild turns it into a lazy init).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const linked = () => (codec ??= (require('../protocol/message-codecs') as typeof Codecs).messageCodec(typeName));
  return {
    serialize: (value) => (value instanceof EncodedMessage ? value.bytes : linked().serialize(value)),
    deserialize: (bytes) => linked().deserialize(bytes),
  };
}

export function lazyServiceDefinition(name: ServiceName): ServiceDefinition {
  return serviceDefinition(name, lazyCodec);
}
