import { BigNumber, DynamicValue, isUnknown, type CtyValue, type ObjectValue } from '../protocol/provider-api';

/** A value that is neither null nor unknown. */
export function isKnown<T extends CtyValue>(v: T | undefined): v is Exclude<T, null> {
  return v !== null && v !== undefined && !isUnknown(v);
}

/** True when the value, or anything inside it, is unknown. */
export function containsUnknown(v: CtyValue): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v instanceof DynamicValue) return containsUnknown(v.value);
  if (isPlainObject(v)) return Object.values(v).some(containsUnknown);
  return false;
}

export function isPlainObject(v: CtyValue | undefined): v is ObjectValue {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !isUnknown(v) &&
    !(v instanceof BigNumber) &&
    !(v instanceof DynamicValue)
  );
}

/**
 * Structural equality of decoded values. Two unknowns are equal only to each other (a plan that
 * keeps an unknown is "unchanged" at that point); numbers compare by value.
 */
export function valuesEqual(a: CtyValue | undefined, b: CtyValue | undefined): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b;
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) && isUnknown(b);
  if (a instanceof BigNumber || b instanceof BigNumber || typeof a === 'number' || typeof b === 'number') {
    return String(a) === String(b) || Number(String(a)) === Number(String(b));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (a instanceof DynamicValue || b instanceof DynamicValue) {
    return (
      a instanceof DynamicValue &&
      b instanceof DynamicValue &&
      JSON.stringify(a.type) === JSON.stringify(b.type) &&
      valuesEqual(a.value, b.value)
    );
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!valuesEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/** Apply must return a wholly known object: anything still unknown becomes null. */
export function unknownsToNull<T extends CtyValue>(v: T): T {
  if (isUnknown(v)) return null as T;
  if (Array.isArray(v)) return v.map(unknownsToNull) as T;
  if (isPlainObject(v)) {
    const out: ObjectValue = {};
    for (const [k, x] of Object.entries(v)) out[k] = unknownsToNull(x);
    return out as T;
  }
  return v;
}

/** Reads a known string, or undefined for null/unknown/other types. */
export function str(v: CtyValue | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function bool(v: CtyValue | undefined): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** A known number as a JS number (BigNumber text is parsed; callers range-check). */
export function num(v: CtyValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof BigNumber) return Number(v.text);
  return undefined;
}

/** Known string elements of a known list/set; undefined when the collection is null/unknown. */
export function strings(v: CtyValue | undefined): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter((x): x is string => typeof x === 'string');
}

export function obj(v: CtyValue | undefined): ObjectValue | undefined {
  return isPlainObject(v) ? v : undefined;
}
