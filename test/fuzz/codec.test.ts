/** Fixed-seed fuzzing of the cty msgpack codec for CI (the long run is `npm run fuzz`). */
import fc from 'fast-check';
import { msgpackGarbage, msgpackHugeHeaders, msgpackMutated, msgpackRoundTrip } from './properties';

const SEED = 20261130;

test('round trip: any value of any type, byte for byte', () => {
  fc.assert(msgpackRoundTrip(), { seed: SEED, numRuns: 3000 });
});

test('garbage bytes: a value or CtyCodecError, never a crash or hang', () => {
  fc.assert(msgpackGarbage(), { seed: SEED, numRuns: 3000 });
});

test('mutated and truncated valid encodings: a value or CtyCodecError', () => {
  fc.assert(msgpackMutated(), { seed: SEED, numRuns: 3000 });
});

test('headers announcing 4 GiB containers with nothing behind them are refused at once', () => {
  fc.assert(msgpackHugeHeaders(), { seed: SEED, numRuns: 1000 });
});

test('known limit: a map key "__proto__" encodes but decoding refuses it with a clean CtyCodecError', () => {
  const { encodeMsgpack, decodeMsgpack, CtyCodecError } = require('../../src/provider/protocol/cty-msgpack') as typeof import('../../src/provider/protocol/cty-msgpack');
  const value: Record<string, null> = {};
  Object.defineProperty(value, '__proto__', { value: null, enumerable: true });
  const bytes = encodeMsgpack(['map', 'string'], value);
  expect(() => decodeMsgpack(['map', 'string'], bytes)).toThrow(CtyCodecError);
});
