/**
 * Property-based fuzzing with fast-check, shared by the fixed-seed CI tests (`*.test.ts` here) and
 * the long run (`npm run fuzz`, run.ts). Each property returns a fast-check property; callers pick
 * the number of runs and the seed.
 *
 * - msgpack codec: any value of any cty type survives encode → decode → encode byte for byte and
 *   comes back equal; any byte string (random, or a valid encoding mutated/truncated) decodes to a
 *   value or throws CtyCodecError, promptly, never anything else.
 * - the local EVS service's request parser: any text is a JSON object or a `cannotParse`
 *   ValidationException; any input object given to any operation is answered or refused with a
 *   4xx AWS error, never an internal error; over real HTTP any body, target and content type gets
 *   an AWS-shaped answer below 500, and the server keeps serving.
 */
import fc from 'fast-check';
import { EvsState } from '../../src/emulator/evs-state';
import { DEFAULT_DURATIONS, OPERATIONS, type OperationName } from '../../src/emulator/model';
import { AwsError, MAX_JSON_DEPTH, parseJsonBody } from '../../src/emulator/protocol';
import { CtyCodecError, decodeMsgpack, encodeMsgpack } from '../../src/provider/protocol/cty-msgpack';
import { numberFromBigInt, numberFromText } from '../../src/provider/protocol/numbers';
import { BigNumber, DynamicValue, UNKNOWN, Unknown, type CtyType, type CtyValue } from '../../src/provider/protocol/provider-api';
import { call } from '../emulator/support/aws-json';

/** Anything slower than this on one case counts as a hang. */
export const HANG_MS = 2000;

// ---------------------------------------------------------------- cty types and values

const PRIMITIVES: CtyType[] = ['string', 'number', 'bool'];
const attrName = fc.stringMatching(/^[a-z_][a-z0-9_]{0,11}$/);

export function ctyTypeArb(depth = 3): fc.Arbitrary<CtyType> {
  const prim = fc.constantFrom<CtyType>(...PRIMITIVES, 'dynamic');
  if (depth === 0) return prim;
  const inner = ctyTypeArb(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: prim },
    { weight: 1, arbitrary: inner.map((t): CtyType => ['list', t]) },
    { weight: 1, arbitrary: inner.map((t): CtyType => ['set', t]) },
    { weight: 1, arbitrary: inner.map((t): CtyType => ['map', t]) },
    { weight: 1, arbitrary: fc.dictionary(attrName, inner, { maxKeys: 5 }).map((o): CtyType => ['object', o]) },
    { weight: 1, arbitrary: fc.array(inner, { maxLength: 4 }).map((ts): CtyType => ['tuple', ts]) },
  );
}

/**
 * Numbers as the codec itself produces them (numberFromText / numberFromBigInt): a double when one
 * holds the value exactly, else BigNumber. Small and 64-bit ints, doubles, huge ints, long decimals.
 */
const numberArb: fc.Arbitrary<CtyValue> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
  fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }).map((b) => numberFromBigInt(b)),
  fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: 1, max: 30 }), fc.boolean()).map(([m, scale, neg]) => {
    const s = m.toString().padStart(scale + 1, '0');
    return numberFromText(`${neg ? '-' : ''}${s.slice(0, -scale)}.${s.slice(-scale)}`);
  }),
);

export function ctyValueArb(type: CtyType, depth = 3): fc.Arbitrary<CtyValue> {
  const special = fc.constantFrom<CtyValue>(null, UNKNOWN);
  let known: fc.Arbitrary<CtyValue>;
  if (type === 'string') known = fc.string({ unit: 'grapheme', maxLength: 40 });
  else if (type === 'number') known = numberArb;
  else if (type === 'bool') known = fc.boolean();
  else if (type === 'dynamic') {
    known = ctyTypeArb(Math.max(0, depth - 1))
      .filter((t) => t !== 'dynamic')
      .chain((t) => ctyValueArb(t, depth - 1).filter((v) => v !== null && !(v instanceof Unknown)).map((v) => new DynamicValue(t, v) as CtyValue));
  } else {
    const [kind, arg] = type;
    if (kind === 'list' || kind === 'set') known = fc.array(ctyValueArb(arg, depth - 1), { maxLength: 4 });
    // "__proto__" as a map key is the one key @msgpack/msgpack refuses to decode (a clean error:
    // see the codec test); no attribute of this provider is a map, so it is left out here.
    else if (kind === 'map') known = fc.dictionary(fc.string({ maxLength: 10 }).filter((k) => k !== '__proto__'), ctyValueArb(arg, depth - 1), { maxKeys: 4 });
    else if (kind === 'tuple') known = fc.tuple(...arg.map((t) => ctyValueArb(t, depth - 1))) as fc.Arbitrary<CtyValue>;
    else known = fc.record(Object.fromEntries(Object.entries(arg).map(([k, t]) => [k, ctyValueArb(t, depth - 1)]))) as fc.Arbitrary<CtyValue>;
  }
  return fc.oneof({ weight: 1, arbitrary: special }, { weight: 6, arbitrary: known });
}

export const typedValueArb = ctyTypeArb().chain((t) => ctyValueArb(t).map((v) => ({ type: t, value: v })));

/** A value in a comparable form: numbers as canonical decimal text, unknowns and dynamics tagged. */
export function normalize(v: CtyValue): unknown {
  if (v === null) return null;
  if (v instanceof Unknown) return { unknown: true };
  if (v instanceof BigNumber) return { n: v.text };
  if (typeof v === 'number') return { n: String(v) };
  if (v instanceof DynamicValue) return { dyn: JSON.stringify(v.type), v: normalize(v.value) };
  if (Array.isArray(v)) return v.map(normalize);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]).sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
  return v;
}

function timed<T>(fn: () => T): T {
  const started = performance.now();
  const out = fn();
  const ms = performance.now() - started;
  if (ms > HANG_MS) throw new Error(`took ${ms.toFixed(0)} ms (a hang)`);
  return out;
}

export function msgpackRoundTrip(): fc.IPropertyWithHooks<[{ type: CtyType; value: CtyValue }]> {
  return fc.property(typedValueArb, ({ type, value }) => {
    const bytes = encodeMsgpack(type, value);
    const back = timed(() => decodeMsgpack(type, bytes));
    if (!encodeMsgpack(type, back).equals(bytes)) throw new Error('re-encoding changed the bytes');
    const a = JSON.stringify(normalize(value));
    const b = JSON.stringify(normalize(back));
    if (a !== b) throw new Error(`round trip changed the value: ${a} → ${b}`);
  });
}

/** Garbage decodes to a value or a CtyCodecError, never another exception, never slowly. */
function decodesOrRefuses(type: CtyType, bytes: Uint8Array): void {
  try {
    timed(() => decodeMsgpack(type, bytes));
  } catch (err) {
    if (err instanceof CtyCodecError) return;
    throw new Error(`decode threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
  }
}

export function msgpackGarbage(): fc.IPropertyWithHooks<[CtyType, Uint8Array]> {
  return fc.property(ctyTypeArb(), fc.uint8Array({ maxLength: 256 }), (type, bytes) => decodesOrRefuses(type, bytes));
}

/** A valid encoding with bytes flipped, inserted, removed or cut: the nastiest garbage. */
export function msgpackMutated(): fc.IPropertyWithHooks<[{ type: CtyType; value: CtyValue }, Array<[number, number, number]>, number, CtyType]> {
  return fc.property(
    typedValueArb,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 6 }),
    fc.nat(),
    ctyTypeArb(),
    ({ type, value }, edits, cut, otherType) => {
      const bytes = [...encodeMsgpack(type, value)];
      for (const [pos, byte, op] of edits) {
        const at = bytes.length === 0 ? 0 : pos % bytes.length;
        if (op === 0) bytes[at] = byte;
        else if (op === 1) bytes.splice(at, 0, byte);
        else bytes.splice(at, 1);
      }
      const mutated = Uint8Array.from(bytes.slice(0, bytes.length === 0 ? 0 : cut % (bytes.length + 1)));
      decodesOrRefuses(type, mutated);
      decodesOrRefuses(otherType, Uint8Array.from(bytes));
    },
  );
}

/** Headers that announce huge containers or strings with no bytes behind them. */
export function msgpackHugeHeaders(): fc.IPropertyWithHooks<[CtyType, number, number]> {
  const prefixes = [0xdc, 0xdd, 0xde, 0xdf, 0xc4, 0xc5, 0xc6, 0xd9, 0xda, 0xdb, 0xc7, 0xc8, 0xc9];
  return fc.property(ctyTypeArb(), fc.constantFrom(...prefixes), fc.integer({ min: 0, max: 0xffffffff }), (type, prefix, length) => {
    const b = Buffer.alloc(5);
    b[0] = prefix;
    b.writeUInt32BE(length >>> 0, 1);
    decodesOrRefuses(type, b);
  });
}

// ---------------------------------------------------------------- the local EVS service's parser

const jsonText = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.integer({ min: 0, max: 200 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: MAX_JSON_DEPTH - 2, max: 5000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.string({ maxLength: 3 })).map(([j, at, s]) => j.slice(0, at % (j.length + 1)) + s),
);

/** Text → a JSON object, or ValidationException `cannotParse`; nothing else, never slowly. */
export function parserTotal(): fc.IPropertyWithHooks<[string]> {
  return fc.property(jsonText, (text) => {
    try {
      const out = timed(() => parseJsonBody(text));
      if (out === null || typeof out !== 'object' || Array.isArray(out)) throw new Error('parsed to a non-object');
    } catch (err) {
      if (err instanceof AwsError && err.type === 'ValidationException' && err.members['reason'] === 'cannotParse') return;
      throw err;
    }
  });
}

const ENV = 'env-0000000001';
/** Member values: right and wrong types, near-valid ids, hostile strings. */
const memberValue = fc.oneof(
  fc.constantFrom<unknown>(ENV, 'env-zzzzzzzzzz', 'cnctr-0123456789', 'VCENTER', 'SDDC_MANAGER', 'vcenter.example.internal', 'evs/secret', 'x'.repeat(3000), '', ' ', '__proto__', null, true, 0, -1, 101, 1e308),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const MEMBERS = ['environmentId', 'connectorId', 'type', 'applianceFqdn', 'secretIdentifier', 'clientToken', 'nextToken', 'maxResults', 'state', '__proto__', 'constructor'];
const inputArb = fc.dictionary(fc.oneof(fc.constantFrom(...MEMBERS), fc.string({ maxLength: 8 })), memberValue, { maxKeys: 7 });

function newState(): EvsState {
  const state = new EvsState({
    environments: [{ id: ENV, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' }],
    durations: { ...DEFAULT_DURATIONS, createMs: 0, updateMs: 0, deleteMs: 0 },
    rateLimits: {},
    faults: {},
    account: { region: 'us-east-1', accountId: '123456789012' },
    clock: Date.now,
  });
  state.seed();
  return state;
}

/** Any input to any operation: an output, or a 4xx AWS error (never a crash or a 500). */
export function operationsTotal(): fc.IPropertyWithHooks<[OperationName, Record<string, unknown>]> {
  const state = newState();
  return fc.property(fc.constantFrom(...OPERATIONS), inputArb, (op, input) => {
    try {
      const out = timed(() => state.run(op, input));
      JSON.stringify(out);
    } catch (err) {
      if (err instanceof AwsError && err.status >= 400 && err.status < 500) return;
      throw new Error(`${op} ${JSON.stringify(input)} threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
    }
  });
}

/** Over real HTTP: random target, content type and body → an AWS-shaped answer below 500. */
export function httpTotal(url: string): fc.IAsyncPropertyWithHooks<[string, string, string]> {
  const target = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...OPERATIONS).map((o) => `AmazonElasticVMwareService.${o}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).filter((s) => /^[\x21-\x7e]*$/.test(s)) },
  );
  const contentType = fc.constantFrom('application/x-amz-json-1.0', 'application/json', 'text/plain', 'application/x-amz-json-1.0; charset=utf-8');
  const body = fc.oneof(jsonText, inputArb.map((i) => JSON.stringify(i)));
  return fc.asyncProperty(target, contentType, body, async (t, ct, b) => {
    const r = await call(url, 'ListEnvironments', undefined, { target: t, contentType: ct, rawBody: b });
    if (r.status >= 500) throw new Error(`HTTP ${r.status} for ${t} ${ct} ${JSON.stringify(b).slice(0, 200)}: ${JSON.stringify(r.body)}`);
    if (r.status !== 200 && (!r.errorType || typeof r.body?.message !== 'string')) {
      throw new Error(`HTTP ${r.status} without the AWS error shape: ${JSON.stringify(r.body)}`);
    }
  });
}
