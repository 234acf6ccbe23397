/**
 * Each message's protobuf functions, linked on first use. protos.codecs.generated.ts holds what
 * protobufjs's code generator writes for every message (constructor, encode, decode, fromObject,
 * toObject), made at development time; protobufjs's minimal runtime (Reader, Writer, util) runs
 * them. Linking hands each message's functions the messages and enums its fields refer to — what
 * protobufjs's static code does with `$root` references — so no process builds protobufjs's
 * reflection tree (types, fields, name resolution), and one that serves ConfigureProvider sets up
 * just the handful of messages that RPC carries.
 */
import { Reader, Writer, util } from 'protobufjs/minimal';
import type { MessageCodec } from './method-table';
import { ENUMS, MESSAGES } from './protos.codecs.generated';

/**
 * Field names as written in the .proto (snake_case), int64 as decimal strings, bytes as Buffer,
 * enums as their names, absent fields filled with defaults, oneofs marked with the chosen field:
 * @grpc/proto-loader's options, as the provider has always been handed messages.
 */
export const LOADER_OPTIONS = {
  keepCase: true,
  longs: String,
  enums: String,
  bytes: Buffer,
  defaults: true,
  oneofs: true,
} as const;

/** A message's generated functions, called as its methods (they read `this.ctor`). */
interface MessageType {
  ctor: new () => object;
  encode(message: object): Writer;
  decode(reader: Uint8Array): object;
  fromObject(object: object): object;
  toObject(message: object, options: typeof LOADER_OPTIONS): object;
}
/** What generated code reads from an enum: names by number, as on protobufjs's `Enum#values`. */
interface EnumType {
  values: Record<string | number, string | number>;
}

export interface MessageFunctions {
  /** Each field's message or enum (full name), null for scalars: what `types` holds. */
  types: ReadonlyArray<string | null>;
  functions: (writer: typeof Writer, reader: typeof Reader, u: typeof util, types: ReadonlyArray<MessageType | EnumType | null>) => MessageType;
}

const linked = new Map<string, MessageType>();

function enumType(name: string): EnumType {
  const byNumber = ENUMS[name]!;
  const values = Object.create(byNumber) as EnumType['values'];
  for (const [n, v] of Object.entries(byNumber)) values[v] = Number(n);
  return { values };
}

function messageType(name: string): MessageType {
  let type = linked.get(name);
  if (type) return type;
  const entry = MESSAGES[name];
  if (!entry) throw new Error(`protobuf message ${name} has no generated codec: run src/provider/protocol/embed-protos.ts`);
  // Registered before its fields' types are linked: messages refer to each other (and to themselves).
  type = {} as MessageType;
  linked.set(name, type);
  const types = entry.types.map((ref) => (ref === null ? null : ref in ENUMS ? enumType(ref) : messageType(ref)));
  return Object.assign(type, entry.functions(Writer, Reader, util, types));
}

/** The message `name` (full name, no leading dot) from and to its wire form, as @grpc/proto-loader does it. */
export function messageCodec(name: string): MessageCodec {
  const type = messageType(name);
  return {
    serialize(value) {
      if (Array.isArray(value)) throw new Error(`Failed to serialize message: expected ${name}, got an array`);
      return Buffer.from(type.encode(type.fromObject(value)).finish());
    },
    deserialize: (bytes) => type.toObject(type.decode(bytes), LOADER_OPTIONS),
  };
}
