import { ctyFromJson, decodeJson, parseJsonExact } from '../../../src/provider/protocol/cty-json';
import { BigNumber, DynamicValue, type CtyType } from '../../../src/provider/protocol/provider-api';

describe('JSON state', () => {
  it('parses numbers exactly (what JSON.parse would round stays BigNumber)', () => {
    expect(parseJsonExact('{"a":9007199254740993,"b":0.1,"c":0.5,"d":[1,-2e3]}')).toEqual({
      a: new BigNumber('9007199254740993'),
      b: new BigNumber('0.1'),
      c: 0.5,
      d: [1, -2000],
    });
  });

  it('converts stored state under a type: missing attributes null, extras refused or dropped', () => {
    const type: CtyType = ['object', { id: 'string', n: 'number', l: ['list', 'bool'], d: 'dynamic', m: ['map', 'string'] }];
    const raw = parseJsonExact('{"id":"x","n":12345678901234567890,"l":[true],"d":{"value":"v","type":"string"},"extra":1}');
    expect(() => ctyFromJson(type, raw)).toThrow(/unsupported attribute "extra"/);
    expect(ctyFromJson(type, raw, { dropUnknownAttributes: true })).toEqual({
      id: 'x',
      n: new BigNumber('12345678901234567890'),
      l: [true],
      d: new DynamicValue('string', 'v'),
      m: null,
    });
  });

  it('decodes a DynamicValue json field', () => {
    expect(decodeJson(['object', { a: 'number' }], Buffer.from('{"a":"0.1"}'))).toEqual({ a: new BigNumber('0.1') });
    expect(() => decodeJson('string', Buffer.from('{'))).toThrow(/invalid JSON/);
  });
});
