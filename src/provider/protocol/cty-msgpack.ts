/**
 * cty values ⇄ msgpack, the encoding engines use for every DynamicValue. Decoding and encoding are
 * driven by the schema's type, the way go-cty does it: objects carry exactly their attributes,
 * `dynamic` travels as `[type JSON, value]`, unknown is an extension value.
 */
import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import {
  BigNumber,
  DynamicValue,
  Unknown,
  UNKNOWN,
  type CtyType,
  type CtyValue,
  type UnknownRefinements,
} from './provider-api';
import { typeFromJson, typeToJson } from './cty-types';
import { numberFromBigInt, numberFromText, numberToWire } from './numbers';

/** A value that does not fit its type; `path` says where (`.attr[0]["key"]`). */
export class CtyCodecError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'CtyCodecError';
  }
}

// go-cty's extension codes: 0 is a plain unknown, 12 an unknown with refinements.
const EXT_UNKNOWN = 0;
const EXT_REFINED_UNKNOWN = 12;
const REFINE_NULLNESS = 1;
const REFINE_STRING_PREFIX = 2;
const REFINE_NUMBER_MIN = 3;
const REFINE_NUMBER_MAX = 4;
const REFINE_LENGTH_MIN = 5;
const REFINE_LENGTH_MAX = 6;

let codecs: { encoder: Encoder<undefined>; decoder: Decoder<undefined> } | undefined;

function getCodecs(): { encoder: Encoder<undefined>; decoder: Decoder<undefined> } {
  if (codecs) return codecs;
  const extensionCodec = new ExtensionCodec();
  extensionCodec.register({
    type: EXT_UNKNOWN,
    // One zero byte of payload, as go-cty writes it: d4 00 00.
    encode: (v: unknown) => (v instanceof Unknown ? new Uint8Array([0]) : null),
    decode: () => UNKNOWN,
  });
  extensionCodec.register({
    type: EXT_REFINED_UNKNOWN,
    encode: () => null,
    decode: (data: Uint8Array) => decodeRefinedUnknown(data),
  });
  // The library maps ext -1 to Date; for cty every extension value is some kind of unknown.
  extensionCodec.register({ type: -1, encode: () => null, decode: () => UNKNOWN });
  const opts = { extensionCodec, useBigInt64: true } as const;
  codecs = { encoder: new Encoder({ ...opts, sortKeys: true }), decoder: new Decoder(opts) };
  return codecs;
}

function decodeRefinedUnknown(data: Uint8Array): Unknown {
  let raw: unknown;
  try {
    raw = new Decoder({ useBigInt64: true }).decode(data);
  } catch {
    return UNKNOWN; // Refinements are hints: a payload we cannot read still means "unknown".
  }
  if (!raw || typeof raw !== 'object') return UNKNOWN;
  const map = raw as Record<string, unknown>;
  const refinements: {
    notNull?: boolean;
    stringPrefix?: string;
    numberLowerBound?: UnknownRefinements['numberLowerBound'];
    numberUpperBound?: UnknownRefinements['numberUpperBound'];
    lengthLowerBound?: number;
    lengthUpperBound?: number;
  } = {};
  const nullness = map[REFINE_NULLNESS];
  // go-cty writes `1: false` meaning "this value is definitely not null".
  if (typeof nullness === 'boolean') refinements.notNull = !nullness;
  const prefix = map[REFINE_STRING_PREFIX];
  if (typeof prefix === 'string') refinements.stringPrefix = prefix;
  const bound = (v: unknown) => {
    if (!Array.isArray(v) || v.length !== 2 || typeof v[1] !== 'boolean') return undefined;
    try {
      return { value: wireToNumber(v[0], ''), inclusive: v[1] };
    } catch {
      return undefined;
    }
  };
  const lower = bound(map[REFINE_NUMBER_MIN]);
  if (lower) refinements.numberLowerBound = lower;
  const upper = bound(map[REFINE_NUMBER_MAX]);
  if (upper) refinements.numberUpperBound = upper;
  const len = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);
  const lenMin = len(map[REFINE_LENGTH_MIN]);
  if (lenMin !== undefined) refinements.lengthLowerBound = lenMin;
  const lenMax = len(map[REFINE_LENGTH_MAX]);
  if (lenMax !== undefined) refinements.lengthUpperBound = lenMax;
  return new Unknown(refinements);
}

function wireToNumber(raw: unknown, path: string) {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return numberFromBigInt(raw);
  if (typeof raw === 'string') {
    try {
      return numberFromText(raw);
    } catch {
      throw new CtyCodecError(`"${raw}" is not a number`, path);
    }
  }
  throw new CtyCodecError(`a number is required, got ${describe(raw)}`, path);
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'an array';
  if (raw instanceof Uint8Array) return 'bytes';
  return typeof raw === 'object' ? 'a map' : `a ${typeof raw}`;
}

function isPlainMap(raw: unknown): raw is Record<string, unknown> {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !(raw instanceof Uint8Array);
}

/** Assign without tripping over keys like `__proto__` or `constructor`. */
function setKey(obj: { [k: string]: CtyValue }, key: string, value: CtyValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function fromWire(type: CtyType, raw: unknown, path: string): CtyValue {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Unknown) return raw;
  if (raw instanceof ExtData) return UNKNOWN;
  if (type === 'dynamic') {
    if (!Array.isArray(raw) || raw.length !== 2) throw new CtyCodecError('a dynamic value must be [type, value]', path);
    const [typeJson, inner] = raw as [unknown, unknown];
    const text = typeJson instanceof Uint8Array ? Buffer.from(typeJson).toString('utf8') : typeJson;
    if (typeof text !== 'string') throw new CtyCodecError('a dynamic value needs its type JSON', path);
    let concrete: CtyType;
    try {
      concrete = typeFromJson(text);
    } catch (e) {
      throw new CtyCodecError(`invalid type JSON ${text}: ${(e as Error).message}`, path);
    }
    return new DynamicValue(concrete, fromWire(concrete, inner, path));
  }
  if (type === 'string') {
    if (typeof raw !== 'string') throw new CtyCodecError(`a string is required, got ${describe(raw)}`, path);
    return raw;
  }
  if (type === 'number') return wireToNumber(raw, path);
  if (type === 'bool') {
    if (typeof raw !== 'boolean') throw new CtyCodecError(`a bool is required, got ${describe(raw)}`, path);
    return raw;
  }
  const [kind, arg] = type;
  switch (kind) {
    case 'list':
    case 'set': {
      if (!Array.isArray(raw)) throw new CtyCodecError(`a ${kind} is required, got ${describe(raw)}`, path);
      return raw.map((e, i) => fromWire(arg, e, `${path}[${i}]`));
    }
    case 'tuple': {
      if (!Array.isArray(raw) || raw.length !== arg.length) {
        throw new CtyCodecError(`a tuple of ${arg.length} elements is required, got ${describe(raw)}`, path);
      }
      return raw.map((e, i) => fromWire(arg[i]!, e, `${path}[${i}]`));
    }
    case 'map': {
      if (!isPlainMap(raw)) throw new CtyCodecError(`a map is required, got ${describe(raw)}`, path);
      const out: { [k: string]: CtyValue } = {};
      for (const [k, v] of Object.entries(raw)) setKey(out, k, fromWire(arg, v, `${path}[${JSON.stringify(k)}]`));
      return out;
    }
    case 'object': {
      if (!isPlainMap(raw)) throw new CtyCodecError(`an object is required, got ${describe(raw)}`, path);
      const keys = Object.keys(raw);
      const want = Object.keys(arg);
      for (const k of keys) if (!(k in arg)) throw new CtyCodecError(`unsupported attribute "${k}"`, path);
      if (keys.length !== want.length) {
        const missing = want.filter((k) => !keys.includes(k));
        throw new CtyCodecError(`an object with ${want.length} attributes is required (missing ${missing.join(', ')})`, path);
      }
      const out: { [k: string]: CtyValue } = {};
      for (const k of want) setKey(out, k, fromWire(arg[k]!, raw[k], `${path}.${k}`));
      return out;
    }
  }
}

/** What a plain JS value is when a `dynamic` attribute gets one without its type. */
function inferType(value: CtyValue, path: string): CtyType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || value instanceof BigNumber) return 'number';
  throw new CtyCodecError('a dynamic value other than a primitive must be a DynamicValue with its type', path);
}

function toWire(type: CtyType, value: CtyValue, path: string): unknown {
  if (value === null) return null;
  if (value === undefined) throw new CtyCodecError('value is undefined (use null)', path);
  if (value instanceof Unknown) return value; // the extension codec writes d4 00 00
  if (type === 'dynamic') {
    const dv = value instanceof DynamicValue ? value : new DynamicValue(inferType(value, path), value);
    return [Buffer.from(typeToJson(dv.type)), toWire(dv.type, dv.value, path)];
  }
  if (value instanceof DynamicValue) throw new CtyCodecError(`a DynamicValue where ${typeToJson(type)} is required`, path);
  if (type === 'string') {
    if (typeof value !== 'string') throw new CtyCodecError(`a string is required, got ${describe(value)}`, path);
    return value;
  }
  if (type === 'number') {
    if (typeof value !== 'number' && !(value instanceof BigNumber)) {
      throw new CtyCodecError(`a number is required, got ${describe(value)}`, path);
    }
    if (typeof value === 'number' && Number.isNaN(value)) throw new CtyCodecError('NaN is not a number in cty', path);
    return numberToWire(value);
  }
  if (type === 'bool') {
    if (typeof value !== 'boolean') throw new CtyCodecError(`a bool is required, got ${describe(value)}`, path);
    return value;
  }
  const [kind, arg] = type;
  switch (kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(value)) throw new CtyCodecError(`a ${kind} is required, got ${describe(value)}`, path);
      return value.map((e, i) => toWire(arg, e, `${path}[${i}]`));
    case 'tuple':
      if (!Array.isArray(value) || value.length !== arg.length) {
        throw new CtyCodecError(`a tuple of ${arg.length} elements is required`, path);
      }
      return value.map((e, i) => toWire(arg[i]!, e, `${path}[${i}]`));
    case 'map': {
      if (!isPlainMap(value) || value instanceof BigNumber) throw new CtyCodecError(`a map is required, got ${describe(value)}`, path);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        Object.defineProperty(out, k, { value: toWire(arg, v, `${path}[${JSON.stringify(k)}]`), enumerable: true });
      }
      return out;
    }
    case 'object': {
      if (!isPlainMap(value) || value instanceof BigNumber) throw new CtyCodecError(`an object is required, got ${describe(value)}`, path);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        if (!(k in arg)) throw new CtyCodecError(`unsupported attribute "${k}"`, path);
      }
      for (const [k, t] of Object.entries(arg)) {
        if (!Object.prototype.hasOwnProperty.call(value, k) || (value as Record<string, unknown>)[k] === undefined) {
          throw new CtyCodecError(`attribute "${k}" is missing (an object carries every attribute; use null)`, path);
        }
        Object.defineProperty(out, k, { value: toWire(t, value[k]!, `${path}.${k}`), enumerable: true });
      }
      return out;
    }
  }
}

/** Decode msgpack bytes as a value of `type`. */
export function decodeMsgpack(type: CtyType, bytes: Uint8Array): CtyValue {
  let raw: unknown;
  try {
    raw = getCodecs().decoder.decode(bytes);
  } catch (e) {
    throw new CtyCodecError(`invalid msgpack: ${(e as Error).message}`, '');
  }
  return fromWire(type, raw, '');
}

/** Encode a value of `type` as msgpack bytes, exactly as go-cty would. */
export function encodeMsgpack(type: CtyType, value: CtyValue): Buffer {
  const wire = toWire(type, value, '');
  const bytes = getCodecs().encoder.encode(wire);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
