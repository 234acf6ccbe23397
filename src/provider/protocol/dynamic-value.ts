/** tfplugin6 DynamicValue ⇄ decoded values: msgpack both ways, JSON accepted on input. */
import type { CtyType, CtyValue, ObjectValue } from './provider-api';
import { isUnknown, UNKNOWN } from './provider-api';
import { decodeMsgpack, encodeMsgpack, CtyCodecError } from './cty-msgpack';
import { decodeJson } from './cty-json';
import { objectAttributes } from './cty-types';
import type { PDynamicValue } from './proto-types';

export function decodeDynamicValue(type: CtyType, dv: PDynamicValue | null | undefined): CtyValue {
  if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(type, dv.msgpack);
  if (dv?.json && dv.json.length > 0) return decodeJson(type, dv.json);
  return null; // an absent value is null, as in the engine
}

export function encodeDynamicValue(type: CtyType, value: CtyValue): PDynamicValue {
  return { msgpack: encodeMsgpack(type, value) };
}

/** A block value that may be null (no prior state, destroy). A wholly unknown object is refused. */
export function decodeObjectOrNull(type: CtyType, dv: PDynamicValue | null | undefined): ObjectValue | null {
  const v = decodeDynamicValue(type, dv);
  if (v === null) return null;
  if (isUnknown(v)) throw new CtyCodecError('the whole object is unknown', '');
  return v as ObjectValue;
}

/**
 * A configuration object, never null: a null or wholly unknown config becomes an object whose
 * attributes are all null or all unknown, so validators can walk it.
 */
export function decodeConfigObject(type: CtyType, dv: PDynamicValue | null | undefined): ObjectValue {
  const v = decodeDynamicValue(type, dv);
  if (v !== null && !isUnknown(v)) return v as ObjectValue;
  const out: ObjectValue = {};
  for (const k of Object.keys(objectAttributes(type))) out[k] = v === null ? null : UNKNOWN;
  return out;
}
