/**
 * A message already in protobuf wire form. The service table's serializers send its bytes as
 * they are, so an answer encoded ahead (prebuilt-schema.ts) needs no protobufjs at run time.
 */
export class EncodedMessage {
  constructor(readonly bytes: Buffer) {}
}
