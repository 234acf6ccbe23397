import { attribute, conform, defineSchema, nullObject, objectType, toProtocolSchema } from '../../../src/provider/framework/schema';
import { timeoutsBlock } from '../../../src/provider/framework/timeouts';

const def = defineSchema({
  version: 2,
  description: 'A **thing**.',
  attributes: {
    name: attribute.string({ required: true, description: 'Name.' }),
    secret: attribute.string({ optional: true, sensitive: true, description: 'Secret.' }),
    id: attribute.string({ computed: true, description: 'Id.' }),
    flag: attribute.bool({ optional: true, computed: true, default: false, description: 'Flag.' }),
    items: attribute.list(['object', { a: 'string' }], { computed: true, description: 'Items.' }),
  },
  blocks: { timeouts: timeoutsBlock({ create: '30m' }) },
});

describe('schema declaration', () => {
  it('produces the protocol schema with flags, markdown descriptions and blocks', () => {
    const s = toProtocolSchema(def);
    expect(s.version).toBe(2);
    expect(s.block.description).toBe('A **thing**.');
    expect(s.block.descriptionKind).toBe('markdown');
    expect(s.block.attributes.map((a) => a.name)).toEqual(['flag', 'id', 'items', 'name', 'secret']);
    expect(s.block.attributes.find((a) => a.name === 'secret')).toMatchObject({ optional: true, sensitive: true, type: 'string' });
    expect(s.block.attributes.find((a) => a.name === 'name')).toEqual({
      name: 'name',
      type: 'string',
      description: 'Name.',
      descriptionKind: 'markdown',
      required: true,
    });
    expect(s.block.blockTypes).toHaveLength(1);
    expect(s.block.blockTypes[0]).toMatchObject({ typeName: 'timeouts', nesting: 'single' });
    expect(s.block.blockTypes[0]!.block.attributes.map((a) => a.name)).toEqual(['create']);
  });

  it('derives the object type and null objects with exactly the schema keys', () => {
    expect(objectType(def)).toEqual([
      'object',
      {
        name: 'string',
        secret: 'string',
        id: 'string',
        flag: 'bool',
        items: ['list', ['object', { a: 'string' }]],
        timeouts: ['object', { create: 'string' }],
      },
    ]);
    expect(nullObject(def)).toEqual({ name: null, secret: null, id: null, flag: null, items: null, timeouts: null });
    expect(conform(def, { name: 'x', extra: 'dropped' })).toEqual({
      name: 'x',
      secret: null,
      id: null,
      flag: null,
      items: null,
      timeouts: null,
    });
  });

  it('refuses inconsistent declarations at start-up', () => {
    const base = { version: 0, description: 'd' };
    expect(() => defineSchema({ ...base, attributes: { a: { type: 'string', description: 'x' } } })).toThrow(
      /required, optional or computed/,
    );
    expect(() =>
      defineSchema({ ...base, attributes: { a: { type: 'string', required: true, computed: true, description: 'x' } } }),
    ).toThrow(/cannot be required/);
    expect(() =>
      defineSchema({ ...base, attributes: { a: { type: 'bool', optional: true, default: true, description: 'x' } } }),
    ).toThrow(/default/);
    expect(() => defineSchema({ ...base, attributes: { BadName: { type: 'string', optional: true, description: 'x' } } })).toThrow(
      /snake_case/,
    );
    expect(() => defineSchema({ ...base, attributes: { a: { type: 'string', optional: true, description: '' } } })).toThrow(
      /description/,
    );
  });
});
