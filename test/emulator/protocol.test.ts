/** Wire protocol: awsJson1_0 headers, shapes checked against the official model, protocol errors. */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { COUNT_CONSTRAINTS, LIST_CONSTRAINTS, STRING_CONSTRAINTS } from '../../src/evs/constraints';
import { OPERATION_SPECS, OPERATIONS } from '../../src/emulator/operations';
import type { FieldSpec } from '../../src/emulator/validate';
import { readReference } from '../support/reference';
import { call, ok, sleep } from './support/aws-json';

const model = readReference('service-2.json');
const ENV = 'env-0000000001';

/** Every member of `value` exists in the model's shape, recursively; timestamps are numbers. */
function assertConforms(value: unknown, shapeName: string, path = shapeName): void {
  const shape = model.shapes[shapeName];
  expect(shape).toBeDefined();
  switch (shape.type) {
    case 'structure':
      expect(typeof value).toBe('object');
      for (const [k, v] of Object.entries(value as object)) {
        if (k === '__type') continue;
        if (!shape.members[k]) throw new Error(`${path}.${k} is not a member of ${shapeName}`);
        assertConforms(v, shape.members[k].shape, `${path}.${k}`);
      }
      for (const r of shape.required ?? []) expect((value as any)[r]).toBeDefined();
      break;
    case 'list':
      expect(Array.isArray(value)).toBe(true);
      (value as unknown[]).forEach((v, i) => assertConforms(v, shape.member.shape, `${path}[${i}]`));
      break;
    case 'timestamp':
      expect(typeof value).toBe('number');
      break;
    case 'string':
      expect(typeof value).toBe('string');
      if (shape.enum) expect(shape.enum).toContain(value);
      if (shape.pattern) expect(value).toMatch(new RegExp(`^${shape.pattern}$`));
      break;
    case 'integer':
      expect(Number.isInteger(value)).toBe(true);
      break;
    case 'boolean':
      expect(typeof value).toBe('boolean');
      break;
  }
}

/** Holds a field rule against the model shape of the member it checks, recursively. */
function expectRuleMatches(rule: FieldSpec, shapeName: string, path: string): void {
  const shape = model.shapes[shapeName];
  const same = (a: string) => expect([path, a]).toEqual([path, shapeName]);
  switch (rule.kind) {
    case 'string': {
      const c: { shape: string; sameAs?: readonly string[] } = STRING_CONSTRAINTS[rule.constraint];
      return expect([path, [c.shape, ...(c.sameAs ?? [])]]).toEqual([path, expect.arrayContaining([shapeName])]);
    }
    case 'enum':
      return same(rule.values);
    case 'enumList':
      return same(`${rule.values}List`);
    case 'list':
      return same(LIST_CONSTRAINTS[rule.constraint].shape);
    case 'maxResults':
      return same('MaxResults');
    case 'token':
      return same('PaginationToken');
    case 'boolean':
      return expect([path, shape.type]).toEqual([path, 'boolean']);
    case 'text':
      return expect([path, shape.type, shape.pattern, shape.min, shape.max]).toEqual([path, 'string', undefined, undefined, undefined]);
    case 'map':
      same(COUNT_CONSTRAINTS[rule.count].shape);
      expect(STRING_CONSTRAINTS[rule.key].shape).toBe(shape.key.shape);
      return expect(STRING_CONSTRAINTS[rule.value].shape).toBe(shape.value.shape);
    case 'structureList':
      same(COUNT_CONSTRAINTS[rule.count].shape);
      return expectRuleMatches(rule.item, shape.member.shape, `${path}[]`);
    case 'structure':
      expect([path, Object.keys(rule.members).sort()]).toEqual([path, Object.keys(shape.members).sort()]);
      expect([path, [...rule.required].sort()]).toEqual([path, [...(shape.required ?? [])].sort()]);
      for (const [name, member] of Object.entries(rule.members)) expectRuleMatches(member, shape.members[name].shape, `${path}.${name}`);
  }
}

describe('every operation the service answers has the model input, member by member', () => {
  test('the service answers every operation of the model, and no other', () => {
    expect([...OPERATIONS].sort()).toEqual(Object.keys(model.operations).sort());
  });

  test.each([...OPERATIONS])('%s', (op) => {
    const modelOp = model.operations[op];
    expect(modelOp).toBeDefined();
    const input = model.shapes[modelOp.input.shape];
    const spec = OPERATION_SPECS[op].input;
    expect(Object.keys(spec.members).sort()).toEqual(Object.keys(input.members).sort());
    expect([...spec.required].sort()).toEqual([...(input.required ?? [])].sort());
    for (const [name, rule] of Object.entries(spec.members)) expectRuleMatches(rule, input.members[name].shape, name);
  });
});

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({
    durations: { createMs: 0, updateMs: 0, deleteMs: 0, entitlementMs: 0 },
    environments: [
      { id: ENV, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' },
      { id: 'env-vcf5200001', state: 'CREATED', vcfVersion: 'VCF-5.2.1' },
    ],
  });
});
afterAll(() => emu.close());

test('binds loopback and answers with the awsJson content type and a request id', async () => {
  expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const r = await call(emu.url, 'GetEnvironment', { environmentId: ENV });
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/x-amz-json-1.0');
  expect(r.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
});

test('every operation output conforms to the model', async () => {
  assertConforms(await ok(emu.url, 'GetEnvironment', { environmentId: ENV }), 'GetEnvironmentResponse');
  assertConforms(await ok(emu.url, 'ListEnvironments', {}), 'ListEnvironmentsResponse');
  const created = await ok(emu.url, 'CreateEnvironmentConnector', {
    environmentId: ENV,
    type: 'VCENTER',
    applianceFqdn: 'vc.example.internal',
    secretIdentifier: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vc-AbCdEf',
  });
  assertConforms(created, 'CreateEnvironmentConnectorResponse');
  const id = created.connector.connectorId;
  const listed = await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: ENV });
  assertConforms(listed, 'ListEnvironmentConnectorsResponse');
  expect(listed.connectors[0].checks[0].lastCheckAttempt).toEqual(expect.any(Number));
  assertConforms(
    await ok(emu.url, 'UpdateEnvironmentConnector', { environmentId: ENV, connectorId: id, applianceFqdn: 'vc2.example.internal' }),
    'UpdateEnvironmentConnectorResponse',
  );
  await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: ENV });
  assertConforms(
    await ok(emu.url, 'DeleteEnvironmentConnector', { environmentId: ENV, connectorId: id }),
    'DeleteEnvironmentConnectorResponse',
  );
  assertConforms(await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: 'env-vcf5200001' }), 'ListEnvironmentConnectorsResponse');
});

test('entitlement outputs conform to the model, with every member in use', async () => {
  const vc = (
    await ok(emu.url, 'CreateEnvironmentConnector', {
      environmentId: ENV,
      type: 'VCENTER',
      applianceFqdn: 'vc-ent.example.internal',
      secretIdentifier: 'evs/vc',
    })
  ).connector.connectorId;
  await sleep(5);
  await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: ENV });
  const key = { environmentId: ENV, connectorId: vc, entitlementType: 'WINDOWS_SERVER' };
  const created = await ok(emu.url, 'CreateEntitlement', { ...key, vmIds: ['vm-1001', 'vm-9999'] });
  assertConforms(created, 'CreateEntitlementResponse');
  await sleep(5);
  const listed = await ok(emu.url, 'ListVmEntitlements', key);
  assertConforms(listed, 'ListVmEntitlementsResponse');
  const failed = listed.entitlements.find((e: any) => e.vmId === 'vm-9999');
  expect(failed).toMatchObject({ status: 'CREATE_FAILED', errorDetail: { errorCode: expect.any(String), errorMessage: expect.any(String) } });
  const deleted = await ok(emu.url, 'DeleteEntitlement', { ...key, vmIds: ['vm-1001'] });
  assertConforms(deleted, 'DeleteEntitlementResponse');
  // Every member of VmEntitlement appears in some answer.
  const seen = new Set([...listed.entitlements, ...deleted.entitlements].flatMap((e: any) => Object.keys(e)));
  expect([...seen].sort()).toEqual(Object.keys(model.shapes.VmEntitlement.members).sort());
});

test('errors carry __type, X-Amzn-ErrorType and the model error members', async () => {
  const v = await call(emu.url, 'GetEnvironment', { environmentId: 'nope' });
  expect(v.status).toBe(400);
  expect(v.headers.get('x-amzn-errortype')).toBe('ValidationException');
  expect(v.body.__type).toBe('ValidationException');
  assertConforms(v.body, 'ValidationException');
  expect(v.body.reason).toBe('fieldValidationFailed');
  expect(v.body.fieldList).toEqual([{ name: 'environmentId', message: expect.stringContaining('env-') }]);

  const nf = await call(emu.url, 'GetEnvironment', { environmentId: 'env-zzzzzzzzzz' });
  expect(nf.status).toBe(404);
  expect(nf.errorType).toBe('ResourceNotFoundException');
  assertConforms(nf.body, 'ResourceNotFoundException');
  expect(nf.body).toMatchObject({ resourceId: 'env-zzzzzzzzzz', resourceType: 'environment' });
});

test('unknown targets answer UnknownOperationException as AWS does; unparseable bodies cannotParse', async () => {
  const unknown = await call(emu.url, 'DescribeEverything', {});
  expect(unknown.status).toBe(400);
  expect(unknown.body).toMatchObject({ __type: 'UnknownOperationException' });
  expect(unknown.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  const otherService = await call(emu.url, 'x', {}, { target: 'DynamoDB_20120810.ListTables' });
  expect(otherService.body.__type).toBe('UnknownOperationException');
  const garbage = await call(emu.url, 'ListEnvironments', undefined, { rawBody: '{"maxResults": ' });
  expect(garbage.body).toMatchObject({ __type: 'ValidationException', reason: 'cannotParse' });
  const notObject = await call(emu.url, 'ListEnvironments', undefined, { rawBody: '[1,2]' });
  expect(notObject.body.reason).toBe('cannotParse');
  const wrongType = await call(emu.url, 'ListEnvironments', {}, { contentType: 'text/plain' });
  expect(wrongType.body.reason).toBe('cannotParse');
});

test('an empty body is {} and unknown members are ignored', async () => {
  const empty = await call(emu.url, 'ListEnvironments', undefined, { rawBody: '' });
  expect(empty.status).toBe(200);
  const extra = await call(emu.url, 'GetEnvironment', { environmentId: ENV, somethingNew: { deep: [1] } });
  expect(extra.status).toBe(200);
});

test('account settings as the model has them: none before a Put, an empty Put changes nothing, names and values judged per setting', async () => {
  const own = await startEmulator();
  try {
    const none = await ok(own.url, 'GetAccountSettings');
    assertConforms(none, 'GetAccountSettingsResponse');
    expect(none.settings).toEqual([]);
    assertConforms(await ok(own.url, 'PutAccountSettings', { settings: [] }), 'PutAccountSettingsResponse');
    expect((await ok(own.url, 'GetAccountSettings')).settings).toEqual([]);

    const put = await ok(own.url, 'PutAccountSettings', { settings: [{ name: 'vcfPortedCoreCount', value: '1000000' }] });
    assertConforms(put, 'PutAccountSettingsResponse');
    expect(put.settings).toEqual([{ name: 'vcfPortedCoreCount', value: '1000000' }]);
    const got = await ok(own.url, 'GetAccountSettings');
    assertConforms(got, 'GetAccountSettingsResponse');
    expect(got.settings).toEqual([{ name: 'vcfPortedCoreCount', value: '1000000' }]);

    const refused = async (settings: unknown, field: string) => {
      const r = await call(own.url, 'PutAccountSettings', { settings });
      expect([r.status, r.body.reason, r.body.fieldList.map((f: { name: string }) => f.name)]).toEqual([400, 'fieldValidationFailed', [field]]);
    };
    await refused([{ name: 'vcfPortedCoreCount', value: '1000001' }], 'settings[0].value');
    await refused([{ name: 'vcfPortedCoreCount', value: 'many' }], 'settings[0].value');
    await refused([{ name: 'vcfPortedCoreCount', value: '2.5' }], 'settings[0].value');
    await refused([{ name: 'vcfPortedCoreCount' }], 'settings[0].value');
    await refused([{ name: 'licenceCores', value: '1' }], 'settings[0].name');
    await refused([{ name: 'vcf-ported', value: '1' }], 'settings[0].name');
    await refused(Array.from({ length: 101 }, () => ({ name: 'vcfPortedCoreCount', value: '1' })), 'settings');
    const missing = await call(own.url, 'PutAccountSettings', {});
    expect(missing.body.fieldList).toEqual([{ name: 'settings', message: expect.any(String) }]);
    // Refused requests changed nothing.
    expect((await ok(own.url, 'GetAccountSettings')).settings).toEqual([{ name: 'vcfPortedCoreCount', value: '1000000' }]);
  } finally {
    await own.close();
  }
});
