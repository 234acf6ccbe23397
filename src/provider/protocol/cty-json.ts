/**
 * cty values from their JSON form: stored state (`raw_state.json` in UpgradeResourceState) and the
 * rarely used `json` field of a DynamicValue. JSON has no unknowns. As in go-cty, an object's
 * attributes missing from the JSON are null; unlike go-cty, extra attributes may be dropped on
 * request, which is what upgrading state from an older schema needs.
 */
import { parse as parseLossless } from 'lossless-json';
import { BigNumber, DynamicValue, type CtyType, type CtyValue } from './provider-api';
import { CtyCodecError } from './cty-msgpack';
import { typeFromJson } from './cty-types';
import { numberFromText } from './numbers';

export interface FromJsonOptions {
  /** Drop object attributes the type does not have instead of failing. */
  readonly dropUnknownAttributes?: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function put(obj: { [k: string]: CtyValue }, key: string, value: CtyValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Parse JSON keeping every number exact: a JS number when a double holds it exactly, else a
 * `BigNumber` (`JSON.parse` would turn 9007199254740993 into …992 and 0.1 into a near miss, and the
 * engine would then see a change that nobody made).
 */
export function parseJsonExact(text: string): unknown {
  return parseLossless(text, null, numberFromText);
}

/** Convert parsed JSON (`JSON.parse` output) to a value of `type`. */
export function ctyFromJson(type: CtyType, json: unknown, options: FromJsonOptions = {}, path = ''): CtyValue {
  if (json === null || json === undefined) return null;
  if (type === 'dynamic') {
    if (!isObject(json) || !('type' in json) || !('value' in json)) {
      throw new CtyCodecError('a dynamic value in JSON must be {"value": …, "type": …}', path);
    }
    const concrete = typeFromJson(JSON.stringify(json.type));
    return new DynamicValue(concrete, ctyFromJson(concrete, json.value, options, path));
  }
  if (type === 'string') {
    // go-cty converts JSON numbers and bools given for a string attribute.
    if (typeof json === 'string') return json;
    if (typeof json === 'number' || typeof json === 'boolean') return String(json);
    throw new CtyCodecError('a string is required', path);
  }
  if (type === 'number') {
    if (typeof json === 'number') return json;
    if (typeof json === 'string') {
      try {
        return numberFromText(json);
      } catch {
        throw new CtyCodecError(`"${json}" is not a number`, path);
      }
    }
    if (json instanceof BigNumber) return json;
    throw new CtyCodecError('a number is required', path);
  }
  if (type === 'bool') {
    if (typeof json === 'boolean') return json;
    if (json === 'true' || json === 'false') return json === 'true';
    throw new CtyCodecError('a bool is required', path);
  }
  const [kind, arg] = type;
  switch (kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(json)) throw new CtyCodecError(`a ${kind} is required`, path);
      return json.map((e, i) => ctyFromJson(arg, e, options, `${path}[${i}]`));
    case 'tuple':
      if (!Array.isArray(json) || json.length !== arg.length) {
        throw new CtyCodecError(`a tuple of ${arg.length} elements is required`, path);
      }
      return json.map((e, i) => ctyFromJson(arg[i]!, e, options, `${path}[${i}]`));
    case 'map': {
      if (!isObject(json)) throw new CtyCodecError('a map is required', path);
      const out: { [k: string]: CtyValue } = {};
      for (const [k, v] of Object.entries(json)) put(out, k, ctyFromJson(arg, v, options, `${path}[${JSON.stringify(k)}]`));
      return out;
    }
    case 'object': {
      if (!isObject(json)) throw new CtyCodecError('an object is required', path);
      if (!options.dropUnknownAttributes) {
        for (const k of Object.keys(json)) if (!(k in arg)) throw new CtyCodecError(`unsupported attribute "${k}"`, path);
      }
      const out: { [k: string]: CtyValue } = {};
      for (const [k, t] of Object.entries(arg)) put(out, k, ctyFromJson(t, json[k], options, `${path}.${k}`));
      return out;
    }
  }
}

/** Decode JSON bytes (a DynamicValue's `json` field) as a value of `type`. */
export function decodeJson(type: CtyType, bytes: Uint8Array, options?: FromJsonOptions): CtyValue {
  let parsed: unknown;
  try {
    parsed = parseJsonExact(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    throw new CtyCodecError(`invalid JSON: ${(e as Error).message}`, '');
  }
  return ctyFromJson(type, parsed, options);
}
