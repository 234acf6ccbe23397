import { Diagnostics } from '../../../src/provider/framework/diagnostics';
import { attr } from '../../../src/provider/framework/path';
import { defineSchema } from '../../../src/provider/framework/schema';
import { validateConfig } from '../../../src/provider/framework/validate';
import {
  allOrNone,
  constraint,
  eachElement,
  exactlyOneOf,
  intBetween,
  oneOf,
  oneOfEnum,
} from '../../../src/provider/framework/validators';
import { UNKNOWN, type ObjectValue } from '../../../src/provider/protocol/provider-api';

function run(v: { validate: (value: any, path: any, diags: Diagnostics) => void }, value: unknown) {
  const diags = new Diagnostics();
  v.validate(value, attr('x'), diags);
  return diags.items;
}

describe('validators from the constraint table', () => {
  it('environment id', () => {
    expect(run(constraint('environmentId'), 'env-0123456789')).toEqual([]);
    const [d] = run(constraint('environmentId'), 'env-123');
    expect(d).toMatchObject({ severity: 'error', summary: 'Invalid value for x', attribute: [{ attributeName: 'x' }] });
    expect(d!.detail).toContain('"env-123" is not valid');
    expect(d!.detail).toContain('env-0123456789');
  });

  it('fqdn length and pattern', () => {
    expect(run(constraint('applianceFqdn'), 'vcenter.example.internal')).toEqual([]);
    expect(run(constraint('applianceFqdn'), 'vcenter.example.internal.')).toHaveLength(1);
    expect(run(constraint('applianceFqdn'), 'a'.repeat(254))[0]!.detail).toContain('254 characters long');
    expect(run(constraint('applianceFqdn'), '')[0]!.detail).toContain('must not be empty');
  });

  it('secret identifier: ARN or name', () => {
    expect(run(constraint('secretIdentifier'), 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vc-creds')).toEqual([]);
    expect(run(constraint('secretIdentifier'), 'vc/creds')).toEqual([]);
    expect(run(constraint('secretIdentifier'), 'has space')).toHaveLength(1);
  });

  it('enums', () => {
    expect(run(oneOfEnum('ConnectorType'), 'VCENTER')).toEqual([]);
    expect(run(oneOfEnum('ConnectorType'), 'vcenter')[0]!.detail).toContain('is not one of OPERATIONS_MANAGER, SDDC_MANAGER, VCENTER');
    expect(run(oneOf(['standard', 'adaptive']), 'legacy')[0]!.detail).toContain('standard, adaptive');
  });

  it('integers', () => {
    expect(run(intBetween(0, 10), 3)).toEqual([]);
    expect(run(intBetween(0, 10), 11)).toHaveLength(1);
    expect(run(intBetween(0, 10), 1.5)).toHaveLength(1);
  });

  it('each element of a list gets its index in the path; unknown elements are skipped', () => {
    const items = run(eachElement(oneOfEnum('ConnectorState'), 'list'), ['ACTIVE', 'NOPE', UNKNOWN]);
    expect(items).toHaveLength(1);
    expect(items[0]!.attribute).toEqual([{ attributeName: 'x' }, { elementKeyInt: 1 }]);
    const setItems = run(eachElement(oneOfEnum('ConnectorState'), 'set'), ['NOPE']);
    expect(setItems[0]!.attribute).toEqual([{ attributeName: 'x' }]);
  });
});

describe('config validators', () => {
  const one = exactlyOneOf('connector_id', 'type');
  const check = (config: ObjectValue) => {
    const diags = new Diagnostics();
    one(config, diags);
    return diags.items;
  };

  it('exactly one of', () => {
    expect(check({ connector_id: 'c', type: null })).toEqual([]);
    expect(check({ connector_id: null, type: 'VCENTER' })).toEqual([]);
    expect(check({ connector_id: null, type: null })[0]!.detail).toBe('Set exactly one of connector_id, type.');
    const both = check({ connector_id: 'c', type: 'VCENTER' });
    expect(both[0]!.detail).toBe('Set exactly one of connector_id, type, not connector_id and type.');
    expect(both[0]!.attribute).toEqual([{ attributeName: 'type' }]);
  });

  it('exactly one of: an unknown value may be the one, so no error yet', () => {
    expect(check({ connector_id: UNKNOWN, type: null })).toEqual([]);
    expect(check({ connector_id: UNKNOWN, type: 'VCENTER' })).toEqual([]);
  });

  it('all or none', () => {
    const v = allOrNone('access_key', 'secret_key');
    const diags = new Diagnostics();
    v({ access_key: 'AKIA', secret_key: null }, diags);
    expect(diags.items[0]).toMatchObject({
      summary: 'Missing secret_key',
      detail: 'access_key is set, so secret_key must be set as well.',
      attribute: [{ attributeName: 'secret_key' }],
    });
    const ok = new Diagnostics();
    v({ access_key: null, secret_key: null }, ok);
    expect(ok.items).toEqual([]);
  });
});

describe('validateConfig', () => {
  const schema = defineSchema({
    version: 0,
    description: 'd',
    attributes: {
      environment_id: { type: 'string', required: true, description: 'e', validators: [constraint('environmentId')] },
      states: {
        type: ['set', 'string'],
        optional: true,
        description: 's',
        validators: [eachElement(oneOfEnum('ConnectorState'), 'set')],
      },
    },
    blocks: {
      rule: {
        nesting: 'list',
        description: 'r',
        attributes: { type: { type: 'string', required: true, description: 't', validators: [oneOfEnum('ConnectorType')] } },
      },
    },
    validators: [
      (config, diags) => {
        if (config['environment_id'] === 'env-AAAAAAAAAA') diags.warning('schema-level validator ran');
      },
    ],
  });

  it('skips unknown and null values, never calls anything', () => {
    expect(validateConfig(schema, { environment_id: UNKNOWN, states: null, rule: [] })).toEqual([]);
    expect(validateConfig(schema, { environment_id: 'env-0123456789', states: UNKNOWN, rule: UNKNOWN })).toEqual([]);
  });

  it('reports each bad value at its path, blocks included', () => {
    const diags = validateConfig(schema, {
      environment_id: 'nope',
      states: ['ACTIVE', 'BROKEN'],
      rule: [{ type: 'VCENTER' }, { type: 'X' }],
    });
    expect(diags.map((d) => d.attribute)).toEqual([
      [{ attributeName: 'environment_id' }],
      [{ attributeName: 'states' }],
      [{ attributeName: 'rule' }, { elementKeyInt: 1 }, { attributeName: 'type' }],
    ]);
  });

  it('runs schema-level validators', () => {
    const diags = validateConfig(schema, { environment_id: 'env-AAAAAAAAAA', states: null, rule: [] });
    expect(diags).toEqual([{ severity: 'warning', summary: 'schema-level validator ran' }]);
  });
});
