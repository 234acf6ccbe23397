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

const ctorAccessor = Object.getOwnPropertyDescriptor(protobuf.Type.prototype, 'ctor')!;

/**
 * Makes every message type of `root` listed in `codecs` set itself up from them. Call it before
 * `root.resolveAll()`: resolving fields already asks each type for its constructor.
 */
export function installPrebuiltCodecs(root: protobuf.Root, codecs: Readonly<Record<string, CodecFactory>>): void {
  for (const [name, factory] of Object.entries(codecs)) {
    const type = root.lookup(name);
    if (!(type instanceof protobuf.Type)) throw new Error(`prebuilt protobuf codecs name ${name}, which is not a message type: regenerate them`);
    // protobufjs's own `ctor` accessor (prototype, defaults, oneof properties), given the prebuilt
    // constructor instead of generating one on first use.
    const setCtor = (self: protobuf.Type, ctor: unknown) => {
      delete (self as unknown as Record<string, unknown>)['ctor'];
      ctorAccessor.set!.call(self, ctor);
    };
    Object.defineProperty(type, 'ctor', {
      configurable: true,
      get(this: protobuf.Type) {
        setCtor(this, factory(protobuf.Writer, protobuf.Reader, protobuf.util, []).ctor);
        return ctorAccessor.get!.call(this) as unknown;
      },
      set(this: protobuf.Type, ctor: unknown) {
        setCtor(this, ctor);
      },
    });
    const setup = function setup(this: protobuf.Type): protobuf.Type {
      const types = this.fieldsArray.map((f) => f.resolve().resolvedType);
      const fns = factory(protobuf.Writer, protobuf.Reader, protobuf.util, types);
      const self = this as unknown as Record<string, unknown>;
      void this.ctor; // set up from the prebuilt one, unless already there
      Object.assign(self, { encode: fns.encode, decode: fns.decode, fromObject: fns.fromObject, toObject: fns.toObject });
      self['verify'] = (message: object, depth?: number) => (self['verify'] = verifier(this)({ types, util: protobuf.util }))(message as never, depth as never);
      return this;
    };
    (type as unknown as { setup: typeof setup }).setup = setup;
  }
}
