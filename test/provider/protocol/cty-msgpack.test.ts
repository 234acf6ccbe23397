import fc from 'fast-check';
import { decodeMsgpack, encodeMsgpack, CtyCodecError } from '../../../src/provider/protocol/cty-msgpack';
import { exactDouble } from '../../../src/provider/protocol/numbers';
import { impliedType } from '../../../src/provider/protocol/cty-types';
import {
  BigNumber,
  DynamicValue,
  Unknown,
  UNKNOWN,
  isUnknown,
  type CtyType,
  type CtyValue,
} from '../../../src/provider/protocol/provider-api';

/** Bytes written by hand from the msgpack spec and go-cty's encoder, as hex. */
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('msgpack vectors (encode and decode)', () => {
  const vectors: Array<[string, CtyType, CtyValue, string]> = [
    ['null string', 'string', null, 'c0'],
    ['unknown', 'string', UNKNOWN, 'd4 00 00'],
    ['unknown object', ['object', { a: 'string' }], UNKNOWN, 'd4 00 00'],
    ['string', 'string', 'abc', 'a3 616263'],
    ['bool', 'bool', true, 'c3'],
    ['small int', 'number', 1, '01'],
    ['negative int', 'number', -1, 'ff'],
    ['uint8', 'number', 200, 'cc c8'],
    ['int32', 'number', -100000, 'd2 fffe7960'],
    ['2^40 as int64-range uint', 'number', 2 ** 40, 'cf 0000010000000000'],
    ['2^53+1 exact', 'number', new BigNumber('9007199254740993'), 'cf 0020000000000001'],
    ['-(2^53+1) exact', 'number', new BigNumber('-9007199254740993'), 'd3 ffdfffffffffffff'],
    ['float', 'number', 1.5, 'cb 3ff8000000000000'],
    ['decimal kept as text', 'number', new BigNumber('0.1'), 'a3 302e31'],
    ['beyond int64 as text', 'number', new BigNumber('123456789012345678901234567890'), 'be 313233343536373839303132333435363738393031323334353637383930'],
    ['list', ['list', 'string'], ['a', 'b'], '92 a161 a162'],
    ['set', ['set', 'number'], [1, 2], '92 01 02'],
    ['map sorted by key', ['map', 'number'], { b: 1, a: 2 }, '82 a161 02 a162 01'],
    ['tuple', ['tuple', ['string', 'bool']], ['x', false], '92 a178 c2'],
    [
      'object, attributes sorted, null and unknown inside',
      ['object', { ok: 'bool', id: 'string', n: 'number', later: 'string' }],
      { ok: true, id: 'abc', n: null, later: UNKNOWN },
      '84 a2 6964 a3 616263 a5 6c61746572 d40000 a1 6e c0 a2 6f6b c3',
    ],
    ['dynamic string', 'dynamic', new DynamicValue('string', 'hi'), '92 c4 08 22737472696e6722 a2 6869'],
    [
      'dynamic list',
      'dynamic',
      new DynamicValue(['list', 'number'], [7]),
      '92 c4 11 5b226c697374222c226e756d626572225d 91 07',
    ],
  ];
  it.each(vectors)('%s', (_name, type, value, bytes) => {
    expect(toHex(encodeMsgpack(type, value))).toBe(toHex(hex(bytes)));
    expect(decodeMsgpack(type, hex(bytes))).toEqual(value);
  });
});

describe('msgpack decoding', () => {
  it('reads every msgpack number form', () => {
    expect(decodeMsgpack('number', hex('d0 ff'))).toBe(-1);
    expect(decodeMsgpack('number', hex('cd 0100'))).toBe(256);
    expect(decodeMsgpack('number', hex('ce ffffffff'))).toBe(4294967295);
    expect(decodeMsgpack('number', hex('ca 3fc00000'))).toBe(1.5);
    expect(decodeMsgpack('number', hex('d3 0000000000000005'))).toBe(5);
    expect(decodeMsgpack('number', hex('cf 0020000000000000'))).toBe(2 ** 53);
    expect(decodeMsgpack('number', hex('a2 3432'))).toBe(42); // decimal text, exactly a double
    expect(decodeMsgpack('number', hex('a3 302e35'))).toBe(0.5);
    expect(decodeMsgpack('number', hex('cf ffffffffffffffff'))).toEqual(new BigNumber('18446744073709551615'));
  });

  it('reads a plain unknown and every other extension type as unknown', () => {
    for (const bytes of ['d4 00 00', 'd4 05 00', 'c7 00 07', 'd6 ff 00000000', 'd5 20 0102']) {
      const v = decodeMsgpack('string', hex(bytes));
      expect(isUnknown(v)).toBe(true);
    }
  });

  it('reads refined unknowns (ext 12) into refinements', () => {
    // {1: false, 2: "ab"}: not null, string prefix "ab"
    const s = decodeMsgpack('string', hex('c7 07 0c 82 01 c2 02 a2 6162')) as Unknown;
    expect(s).toBeInstanceOf(Unknown);
    expect(s.refinements).toEqual({ notNull: true, stringPrefix: 'ab' });
    // {3: [0, true], 4: [10, false]}: 0 ≤ n < 10
    const n = decodeMsgpack('number', hex('c7 09 0c 82 03 92 00 c3 04 92 0a c2')) as Unknown;
    expect(n.refinements).toEqual({
      numberLowerBound: { value: 0, inclusive: true },
      numberUpperBound: { value: 10, inclusive: false },
    });
    // {5: 1, 6: 5}: a collection of 1 to 5 elements
    const l = decodeMsgpack(['list', 'string'], hex('c7 05 0c 82 05 01 06 05')) as Unknown;
    expect(l.refinements).toEqual({ lengthLowerBound: 1, lengthUpperBound: 5 });
    // Unreadable refinements are still an unknown.
    expect(isUnknown(decodeMsgpack('string', hex('d4 0c c1')))).toBe(true);
  });

  it('refuses an object with missing or extra attributes', () => {
    const type: CtyType = ['object', { a: 'string', b: 'string' }];
    expect(() => decodeMsgpack(type, hex('81 a161 a178'))).toThrow(/2 attributes is required/);
    expect(() => decodeMsgpack(type, hex('83 a161 c0 a162 c0 a163 c0'))).toThrow(/unsupported attribute "c"/);
    expect(() => decodeMsgpack(['object', { a: 'number' }], hex('81 a161 a178'))).toThrow(CtyCodecError);
    expect(() => decodeMsgpack(['object', { a: 'number' }], hex('81 a161 a178'))).toThrow(/^\.a: /);
  });

  it('refuses values of the wrong kind and broken msgpack', () => {
    expect(() => decodeMsgpack('string', hex('01'))).toThrow(/a string is required/);
    expect(() => decodeMsgpack('bool', hex('a0'))).toThrow(/a bool is required/);
    expect(() => decodeMsgpack('number', hex('a3 616263'))).toThrow(/not a number/);
    expect(() => decodeMsgpack(['tuple', ['string']], hex('90'))).toThrow(/tuple of 1/);
    expect(() => decodeMsgpack('string', hex('a5 61'))).toThrow(/invalid msgpack/);
  });
});

describe('msgpack encoding', () => {
  it('refuses an object with missing or extra attributes', () => {
    const type: CtyType = ['object', { a: 'string', b: 'string' }];
    expect(() => encodeMsgpack(type, { a: 'x' })).toThrow(/attribute "b" is missing/);
    expect(() => encodeMsgpack(type, { a: 'x', b: null, c: 'y' })).toThrow(/unsupported attribute "c"/);
    expect(() => encodeMsgpack(['list', ['object', { a: 'number' }]], [{ a: 'x' }])).toThrow(/^\[0\]\.a: a number is required/);
  });

  it('writes a refined unknown as a plain unknown', () => {
    expect(toHex(encodeMsgpack('string', new Unknown({ notNull: true })))).toBe('d40000');
  });

  it('infers the type of a primitive given for a dynamic attribute', () => {
    expect(toHex(encodeMsgpack('dynamic', 'hi'))).toBe(toHex(hex('92 c4 08 22737472696e6722 a2 6869')));
    expect(() => encodeMsgpack('dynamic', ['x'])).toThrow(/DynamicValue/);
  });
});

describe('numbers', () => {
  it('knows which decimals a double holds exactly', () => {
    expect(exactDouble('0.5')).toBe(0.5);
    expect(exactDouble('1e2')).toBe(100);
    expect(exactDouble('-2.25')).toBe(-2.25);
    expect(exactDouble('0.1')).toBeUndefined();
    expect(exactDouble('9007199254740992')).toBe(2 ** 53);
    expect(exactDouble('9007199254740993')).toBeUndefined();
    expect(exactDouble('1e400')).toBeUndefined();
  });
});

describe('implied type of a block', () => {
  it('maps nested blocks by nesting mode', () => {
    const leaf = { attributes: [{ name: 'x', type: 'string' as const, optional: true }], blockTypes: [] };
    const type = impliedType({
      attributes: [{ name: 'id', type: 'string', computed: true }],
      blockTypes: [
        { typeName: 's', nesting: 'single', block: leaf },
        { typeName: 'g', nesting: 'group', block: leaf },
        { typeName: 'l', nesting: 'list', block: leaf },
        { typeName: 't', nesting: 'set', block: leaf },
        { typeName: 'm', nesting: 'map', block: leaf },
      ],
    });
    const obj: CtyType = ['object', { x: 'string' }];
    expect(type).toEqual(['object', { id: 'string', s: obj, g: obj, l: ['list', obj], t: ['set', obj], m: ['map', obj] }]);
  });
});

describe('round trips', () => {
  const type: CtyType = [
    'object',
    {
      s: 'string',
      n: 'number',
      b: 'bool',
      l: ['list', 'string'],
      m: ['map', 'number'],
      o: ['object', { x: 'number' }],
      d: 'dynamic',
    },
  ];
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.constant(UNKNOWN));
  const num = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((b) => (BigInt(Number(b)) === b ? Number(b) : new BigNumber(b.toString()))),
  );
  const value = fc.record({
    s: maybe(fc.string()),
    n: maybe(num),
    b: maybe(fc.boolean()),
    l: maybe(fc.array(maybe(fc.string()))),
    m: maybe(fc.dictionary(fc.string().filter((k) => k !== '__proto__'), maybe(num))),
    o: maybe(fc.record({ x: maybe(num) })),
    d: maybe(fc.string().map((s) => new DynamicValue('string', s))),
  });

  it('decode(encode(v)) equals v', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeMsgpack(type, encodeMsgpack(type, v as CtyValue))).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });

  it('encode(decode(bytes)) gives the same bytes', () => {
    fc.assert(
      fc.property(value, (v) => {
        const bytes = encodeMsgpack(type, v as CtyValue);
        expect(toHex(encodeMsgpack(type, decodeMsgpack(type, bytes)))).toBe(toHex(bytes));
      }),
      { numRuns: 300 },
    );
  });
});
