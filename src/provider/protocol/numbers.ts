/**
 * cty numbers are arbitrary-precision decimals. A JS double holds most of them exactly; the rest
 * (integers beyond 2^53, decimals like 0.1 that engines send as text) stay `BigNumber` so that what
 * comes back to the engine is the very same number ("inconsistent result" otherwise).
 */
import { BigNumber, type CtyNumber } from './provider-api';

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A decimal as the exact rational `mantissa × 10^exponent`. */
function parseDecimal(text: string): { mantissa: bigint; exponent: number } | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const exponent = Number(m[4] ?? '0') - (m[3] ?? '').length;
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 100000) return undefined;
  const mantissa = BigInt(digits === '' ? '0' : digits);
  return { mantissa: m[1] === '-' ? -mantissa : mantissa, exponent };
}

/** A finite double as the exact rational `mantissa × 2^exponent`. */
function splitDouble(d: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, d);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const rawExp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (rawExp === 0) return { mantissa: sign * frac, exponent: -1074 };
  return { mantissa: sign * (frac | (1n << 52n)), exponent: rawExp - 1075 };
}

function pow(base: bigint, e: number): bigint {
  return base ** BigInt(e);
}

/** The double equal to the decimal `text`, or undefined when no double is exactly equal. */
export function exactDouble(text: string): number | undefined {
  const dec = parseDecimal(text);
  if (!dec) return undefined;
  const d = Number(text.trim());
  if (!Number.isFinite(d)) return undefined;
  if (dec.mantissa === 0n) return 0;
  const bin = splitDouble(d);
  // Compare dec.mantissa·10^a / 10^b with bin.mantissa·2^c / 2^e by cross-multiplying.
  const lNum = dec.mantissa * (dec.exponent > 0 ? pow(10n, dec.exponent) : 1n);
  const lDen = dec.exponent < 0 ? pow(10n, -dec.exponent) : 1n;
  const rNum = bin.mantissa * (bin.exponent > 0 ? pow(2n, bin.exponent) : 1n);
  const rDen = bin.exponent < 0 ? pow(2n, -bin.exponent) : 1n;
  return lNum * rDen === rNum * lDen ? d : undefined;
}

/** A number from decimal text: a double when exact, else `BigNumber` with the text kept. */
export function numberFromText(text: string): CtyNumber {
  const d = exactDouble(text);
  if (d !== undefined) return d;
  if (!parseDecimal(text)) throw new Error(`"${text}" is not a number`);
  return new BigNumber(text.trim());
}

/** A msgpack 64-bit integer (decoded as bigint) as a number when a double holds it exactly. */
export function numberFromBigInt(n: bigint): CtyNumber {
  return BigInt(Number(n)) === n ? Number(n) : new BigNumber(n.toString());
}

const INT64_MIN = -(1n << 63n);
// The engine reads every msgpack int as int64, so uint64 values above this must travel as text.
const INT64_MAX = (1n << 63n) - 1n;

/**
 * How go-cty puts a number on the wire: integers that fit int64 as msgpack ints, other doubles
 * as float64, anything else as its decimal text. Returns what @msgpack/msgpack should encode.
 */
export function numberToWire(n: CtyNumber): number | bigint | string {
  if (typeof n === 'number') {
    if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) {
      // The msgpack library writes ints beyond 32 bits as floats when bigint mode is on: hand it a bigint.
      return Math.abs(n) < 2 ** 31 ? n : BigInt(n);
    }
    return n;
  }
  const dec = parseDecimal(n.text);
  if (!dec) throw new Error(`"${n.text}" is not a number`);
  if (dec.exponent >= 0 && dec.exponent < 40) {
    const int = dec.mantissa * pow(10n, dec.exponent);
    if (int >= INT64_MIN && int <= INT64_MAX) return int;
  }
  return n.text;
}
