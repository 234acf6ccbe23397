/**
 * protobufjs builds each message type's functions (constructor, encode, decode, fromObject,
 * toObject, verify) with `new Function` the first time the type is used: ~250 functions for the
 * RPCs of one apply, generated and compiled again in every provider process, outside the V8 code
 * cache. protos.codecs.generated.ts holds the same functions, written by protobufjs's own
 * generator at development time (embed-protos.ts), so they compile with the bundle. This installs
 * them in place of that first-use step; verify, which nothing here calls, is still generated on
 * demand.
 */
import * as protobuf from 'protobufjs/light';

type Fn = (...args: never[]) => unknown;
export type CodecFactory = (
  writer: typeof protobuf.Writer,
  reader: typeof protobuf.Reader,
  util: typeof protobuf.util,
  types: ReadonlyArray<protobuf.Type | protobuf.Enum | null>,
) => { ctor: Fn; encode: Fn; decode: Fn; fromObject: Fn; toObject: Fn };

const verifier = (protobuf as unknown as { verifier: (t: protobuf.Type) => (scope: object) => Fn }).verifier;

/** Makes every message type of `root` listed in `codecs` set itself up from them. */
export function installPrebuiltCodecs(root: protobuf.Root, codecs: Readonly<Record<string, CodecFactory>>): void {
  for (const [name, factory] of Object.entries(codecs)) {
    const type = root.lookup(name);
    if (!(type instanceof protobuf.Type)) throw new Error(`prebuilt protobuf codecs name ${name}, which is not a message type: regenerate them`);
    const setup = function setup(this: protobuf.Type): protobuf.Type {
      const types = this.fieldsArray.map((f) => f.resolve().resolvedType);
      const fns = factory(protobuf.Writer, protobuf.Reader, protobuf.util, types);
      const self = this as unknown as Record<string, unknown>;
      if (!self['_ctor']) self['ctor'] = fns.ctor;
      Object.assign(self, { encode: fns.encode, decode: fns.decode, fromObject: fns.fromObject, toObject: fns.toObject });
      self['verify'] = (message: object, depth?: number) => (self['verify'] = verifier(this)({ types, util: protobuf.util }))(message as never, depth as never);
      return this;
    };
    (type as unknown as { setup: typeof setup }).setup = setup;
  }
}
