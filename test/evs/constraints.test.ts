import { ACCOUNT_SETTINGS, COUNT_CONSTRAINTS, ENUMS, INT_CONSTRAINTS, LIST_CONSTRAINTS, STRING_CONSTRAINTS, checkAccountSetting, checkEnum, checkString } from '../../src/evs/constraints';
import { readReference } from '../support/reference';

const model = readReference('service-2.json');
const shapes: Record<string, any> = model.shapes;

describe('constraint table matches the official model', () => {
  test('the account settings are the ones AccountSetting.name documents, with their maximum', () => {
    const doc: string = shapes.AccountSetting.members.name.documentation;
    const documented = [...doc.matchAll(/<li>\s*<p>\s*<code>(\w+)<\/code>/g)].map((m) => m[1]);
    expect(Object.keys(ACCOUNT_SETTINGS)).toEqual(documented);
    expect(doc).toContain('maximum value is 1,000,000');
    expect(ACCOUNT_SETTINGS.vcfPortedCoreCount.max).toBe(1_000_000);
    expect(checkAccountSetting('vcfPortedCoreCount', '1000000')).toBeNull();
    expect(checkAccountSetting('vcfPortedCoreCount', '1000001')).toMatchObject({ member: 'value' });
    expect(checkAccountSetting('vcfPortedCoreCount', '25 6')).toMatchObject({ member: 'value' });
    expect(checkAccountSetting('coreCount', '1')).toMatchObject({ member: 'name', problem: expect.stringContaining('vcfPortedCoreCount') });
  });

  test.each(Object.entries(STRING_CONSTRAINTS))('%s', (_name, c) => {
    for (const name of [c.shape, ...((c as any).sameAs ?? [])]) {
      const shape = shapes[name];
      expect(shape).toBeDefined();
      expect(shape.type).toBe('string');
      expect((c as any).pattern).toBe(shape.pattern);
      expect((c as any).min).toBe(shape.min);
      expect((c as any).max).toBe(shape.max);
    }
  });

  test('every bounded or patterned string shape an input uses is in the table', () => {
    const inTable = new Set(Object.values(STRING_CONSTRAINTS).flatMap((c: any) => [c.shape, ...(c.sameAs ?? [])]));
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      const s = shapes[name];
      if (s.type === 'structure') for (const m of Object.values<any>(s.members)) visit(m.shape);
      if (s.type === 'list') visit(s.member.shape);
      if (s.type === 'map') (visit(s.key.shape), visit(s.value.shape));
    };
    for (const op of Object.values<any>(model.operations)) visit(op.input.shape);
    const missing = [...seen].filter((n) => {
      const s = shapes[n];
      return s.type === 'string' && !s.enum && (s.pattern !== undefined || s.min !== undefined || s.max !== undefined) && !inTable.has(n);
    });
    expect(missing).toEqual([]);
  });

  test('every bounded list and map shape of the model is in a table', () => {
    const inTables = new Set<string>([...Object.values(LIST_CONSTRAINTS), ...Object.values(COUNT_CONSTRAINTS)].map((c) => c.shape));
    const bounded = Object.entries(shapes)
      .filter(([, s]) => (s.type === 'list' || s.type === 'map') && (s.min !== undefined || s.max !== undefined))
      .map(([n]) => n);
    expect(bounded.filter((n) => !inTables.has(n))).toEqual([]);
  });

  test.each(Object.entries(ENUMS))('enum %s', (name, values) => {
    expect(shapes[name]?.enum).toEqual([...values]);
  });

  test.each(Object.entries(INT_CONSTRAINTS))('integer %s', (_name, c) => {
    expect(shapes[c.shape].min).toBe(c.min);
    expect(shapes[c.shape].max).toBe(c.max);
  });

  test.each(Object.entries(LIST_CONSTRAINTS))('list %s', (_name, c) => {
    const shape = shapes[c.shape];
    expect(shape.type).toBe('list');
    expect([shape.min, shape.max]).toEqual([c.min, c.max]);
    expect(shape.member.shape).toBe(STRING_CONSTRAINTS[c.item].shape);
  });

  test.each(Object.entries(COUNT_CONSTRAINTS))('count %s', (_name, c) => {
    const shape = shapes[c.shape];
    expect(['list', 'map']).toContain(shape.type);
    expect([shape.min, shape.max]).toEqual([c.min, c.max]);
  });
});

describe('checkString', () => {
  it.each([
    ['environmentId', 'env-0123456789', true],
    ['environmentId', 'env-012345678', false],
    ['environmentId', 'xenv-0123456789', false],
    ['connectorId', 'cnctr-abcdeABCDE', true],
    ['connectorId', 'cnctr-abcdeABCDE1', false],
    ['applianceFqdn', 'vcenter.example.internal', true],
    ['applianceFqdn', 'vcenter', true],
    ['applianceFqdn', 'vcenter.example.', false],
    ['applianceFqdn', 'under_score.example', false],
    ['applianceFqdn', `${'a'.repeat(64)}.example`, false],
    ['applianceFqdn', `${'a'.repeat(63)}.example`, true],
    ['applianceFqdn', Array(64).fill('abc').join('.'), false],
    ['secretIdentifier', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vc-AbCdEf', true],
    ['secretIdentifier', 'arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:vc', false],
    ['secretIdentifier', 'my/secret-name', true],
    ['secretIdentifier', 'name:with:colons', false],
    ['secretIdentifier', '', false],
    ['clientToken', 'a b', false],
    ['clientToken', 'x'.repeat(101), false],
    ['vmId', 'vm-1001', true],
    ['vmId', 'vm-', false],
    ['vmId', 'vm-10a', false],
    ['vmId', 'VM-1001', false],
    ['vpcId', 'vpc-0123abcd', true],
    ['vpcId', 'vpc-0123456789abcdef0', true],
    ['vpcId', 'vpc-0123ABCD', false],
    ['subnetId', 'subnet-0123456789', false],
    ['securityGroupId', 'sg', false],
    ['cidr', '10.0.0.0/24', true],
    ['cidr', '10.0.0.0/33', false],
    ['cidr', '256.0.0.0/24', false],
    ['solutionKey', 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', true],
    ['solutionKey', 'AAAAA-BBBBB-CCCCC-DDDDD', false],
    ['hostName', 'esx-01', true],
    ['hostName', 'esx.01', false],
    ['tagKey', 'Name', true],
    ['tagKey', 'a b', false],
    ['tagKey', 'cost!', false],
    ['tagValue', '', true],
    ['tagValue', 'team@example.com', true],
    ['tagValue', 'vmware!', false],
    ['resourceArn', 'arn:aws:evs:us-east-1:111122223333:environment/env-0123456789', true],
    ['resourceArn', 'arn:aws:evs:us-gov-west-1:111122223333:environment/env-0123456789', false],
    ['allocationId', 'eipalloc-0123', true],
    ['allocationId', 'eipalloc-', false],
    ['settingName', 'vcfPortedCoreCount', true],
    ['settingValue', '256', true],
    ['settingValue', '2.5', false],
  ] as const)('%s %j valid=%s', (name, value, valid) => {
    const err = checkString(name, value);
    if (valid) expect(err).toBeNull();
    else expect(err).toMatch(/expected/);
  });

  it('names the allowed values of an enum', () => {
    expect(checkEnum('ConnectorType', 'VCENTER')).toBeNull();
    expect(checkEnum('ConnectorType', 'vcenter')).toContain('OPERATIONS_MANAGER, SDDC_MANAGER, VCENTER');
  });
});
