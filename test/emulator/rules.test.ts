/** The documented EVS rules, one test each. */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, ok } from './support/aws-json';

let emu: RunningEmulator;
let n = 0;
/** A fresh CREATED environment per test. */
async function newEnv(vcfVersion: 'SELF_DEPLOYED' | 'VCF-5.2.1' | 'VCF-5.2.2' = 'SELF_DEPLOYED', state: 'CREATED' | 'CREATING' = 'CREATED') {
  const id = `env-rule${String(++n).padStart(6, '0')}`;
  await emu.control.seedEnvironments([{ id, state, vcfVersion }]);
  return id;
}
const create = (environmentId: string, type = 'VCENTER', extra: object = {}) =>
  call(emu.url, 'CreateEnvironmentConnector', {
    environmentId,
    type,
    applianceFqdn: `${type.toLowerCase().replace(/_/g, '-')}.example.internal`,
    secretIdentifier: 'evs/appliance',
    ...extra,
  });

beforeAll(async () => {
  emu = await startEmulator({ durations: { createMs: 0, updateMs: 0, deleteMs: 0 } });
});
afterAll(() => emu.close());

test('with no seed there is one ready SELF_DEPLOYED environment, env-0000000001', async () => {
  const out = await ok(emu.url, 'ListEnvironments', {});
  expect(out.environmentSummaries).toHaveLength(1);
  expect(out.environmentSummaries[0]).toMatchObject({
    environmentId: 'env-0000000001',
    environmentState: 'CREATED',
    vcfVersion: 'SELF_DEPLOYED',
  });
});

test('one connector of each type per environment; the error names the existing connector', async () => {
  const env = await newEnv();
  const first = await create(env, 'VCENTER');
  expect(first.status).toBe(200);
  const second = await create(env, 'VCENTER', { applianceFqdn: 'other.example.internal' });
  expect(second.status).toBe(400);
  expect(second.errorType).toBe('ValidationException');
  expect(second.body.message).toContain(first.body.connector.connectorId);
  expect(second.body.fieldList).toEqual([{ name: 'type', message: expect.stringContaining(first.body.connector.connectorId) }]);
  // The other two types are still allowed.
  expect((await create(env, 'SDDC_MANAGER')).status).toBe(200);
  expect((await create(env, 'OPERATIONS_MANAGER')).status).toBe(200);
});

test("an appliance FQDN is unique among an environment's connectors, on create and update", async () => {
  const env = await newEnv();
  const vc = (await create(env, 'VCENTER', { applianceFqdn: 'shared.example.internal' })).body.connector.connectorId;
  const dup = await create(env, 'OPERATIONS_MANAGER', { applianceFqdn: 'Shared.Example.Internal' });
  expect(dup.status).toBe(400);
  expect(dup.errorType).toBe('ValidationException');
  expect(dup.body.reason).toBe('fieldValidationFailed');
  expect(dup.body.fieldList).toEqual([{ name: 'applianceFqdn', message: expect.stringContaining(vc) }]);
  // Another environment may use the same FQDN.
  expect((await create(await newEnv(), 'OPERATIONS_MANAGER', { applianceFqdn: 'shared.example.internal' })).status).toBe(200);
  const ops = (await create(env, 'OPERATIONS_MANAGER', { applianceFqdn: 'ops.example.internal' })).body.connector.connectorId;
  const moved = await call(emu.url, 'UpdateEnvironmentConnector', { environmentId: env, connectorId: ops, applianceFqdn: 'shared.example.internal' });
  expect(moved.status).toBe(400);
  expect(moved.body.fieldList).toEqual([{ name: 'applianceFqdn', message: expect.stringContaining(vc) }]);
  // A connector may be updated to its own FQDN.
  expect((await call(emu.url, 'UpdateEnvironmentConnector', { environmentId: env, connectorId: vc, applianceFqdn: 'shared.example.internal' })).status).toBe(200);
});

test('VCF-5.2.x environments have their SDDC_MANAGER connector from the start; SELF_DEPLOYED none', async () => {
  for (const v of ['VCF-5.2.1', 'VCF-5.2.2'] as const) {
    const env = await newEnv(v);
    const { connectors } = await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: env });
    expect(connectors).toEqual([expect.objectContaining({ type: 'SDDC_MANAGER', state: 'ACTIVE', status: 'PASSED' })]);
    const dup = await create(env, 'SDDC_MANAGER');
    expect(dup.status).toBe(400);
    expect(dup.body.message).toContain(connectors[0].connectorId);
  }
  const self = await newEnv('SELF_DEPLOYED');
  expect((await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: self })).connectors).toEqual([]);
});

test('an update changes the FQDN or the secret, never both, and must change one', async () => {
  const env = await newEnv();
  const id = (await create(env)).body.connector.connectorId;
  const both = await call(emu.url, 'UpdateEnvironmentConnector', {
    environmentId: env,
    connectorId: id,
    applianceFqdn: 'new.example.internal',
    secretIdentifier: 'evs/new',
  });
  expect(both.status).toBe(400);
  expect(both.body.reason).toBe('fieldValidationFailed');
  expect(both.body.fieldList.map((f: any) => f.name).sort()).toEqual(['applianceFqdn', 'secretIdentifier']);
  const neither = await call(emu.url, 'UpdateEnvironmentConnector', { environmentId: env, connectorId: id });
  expect(neither.status).toBe(400);
  const one = await call(emu.url, 'UpdateEnvironmentConnector', { environmentId: env, connectorId: id, secretIdentifier: 'evs/new' });
  expect(one.status).toBe(200);
  expect(one.body.connector.state).toBe('UPDATING');
});

test('type cannot be updated', async () => {
  const env = await newEnv();
  const id = (await create(env, 'VCENTER')).body.connector.connectorId;
  const r = await call(emu.url, 'UpdateEnvironmentConnector', {
    environmentId: env,
    connectorId: id,
    type: 'OPERATIONS_MANAGER',
    applianceFqdn: 'x.example.internal',
  });
  expect(r.status).toBe(400);
  expect(r.body.fieldList).toEqual([{ name: 'type', message: expect.stringContaining('cannot be updated') }]);
});

test('listing (or changing) connectors of an environment still initializing fails with ValidationException', async () => {
  const env = await newEnv('SELF_DEPLOYED', 'CREATING');
  const list = await call(emu.url, 'ListEnvironmentConnectors', { environmentId: env });
  expect(list.status).toBe(400);
  expect(list.errorType).toBe('ValidationException');
  expect(list.body.message).toContain('initializing');
  expect((await create(env)).status).toBe(400);
  // GetEnvironment still answers while it initializes.
  expect((await ok(emu.url, 'GetEnvironment', { environmentId: env })).environment.environmentState).toBe('CREATING');
  // Once CREATED (here through the control interface), listing works.
  await emu.control.updateEnvironment(env, { state: 'CREATED' });
  expect((await call(emu.url, 'ListEnvironmentConnectors', { environmentId: env })).status).toBe(200);
});

test('an environment in state DELETED answers ResourceNotFound', async () => {
  const env = await newEnv();
  await emu.control.updateEnvironment(env, { state: 'DELETED' });
  const r = await call(emu.url, 'GetEnvironment', { environmentId: env });
  expect(r.status).toBe(404);
  expect(r.body).toMatchObject({ resourceId: env, resourceType: 'environment' });
});

test('unknown environments and connectors answer ResourceNotFound with resourceId and resourceType', async () => {
  const env = await newEnv();
  const r1 = await create('env-missing000');
  expect(r1.status).toBe(404);
  expect(r1.body).toMatchObject({ __type: 'ResourceNotFoundException', resourceId: 'env-missing000', resourceType: 'environment' });
  for (const op of ['UpdateEnvironmentConnector', 'DeleteEnvironmentConnector']) {
    const r = await call(emu.url, op, { environmentId: env, connectorId: 'cnctr-missing000', applianceFqdn: 'a.example' });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ resourceId: 'cnctr-missing000', resourceType: 'connector' });
  }
  // A connector of another environment is not found in this one.
  const other = await newEnv();
  const id = (await create(other)).body.connector.connectorId;
  const cross = await call(emu.url, 'DeleteEnvironmentConnector', { environmentId: env, connectorId: id });
  expect(cross.status).toBe(404);
});

test('validation names every bad member: required, patterns, lengths, enums, maxResults 1–100', async () => {
  const r = await call(emu.url, 'CreateEnvironmentConnector', {
    environmentId: 'env-short',
    type: 'VSPHERE',
    applianceFqdn: 'x'.repeat(254),
    clientToken: 'has space',
  });
  expect(r.body.reason).toBe('fieldValidationFailed');
  expect(r.body.fieldList.map((f: any) => f.name).sort()).toEqual(
    ['applianceFqdn', 'clientToken', 'environmentId', 'secretIdentifier', 'type'].sort(),
  );
  expect(r.body.message).toMatch(/^5 validation errors detected/);
  for (const maxResults of [0, 101, 1.5, '10']) {
    const m = await call(emu.url, 'ListEnvironments', { maxResults });
    expect(m.status).toBe(400);
    expect(m.body.fieldList).toEqual([{ name: 'maxResults', message: expect.any(String) }]);
  }
  for (const maxResults of [1, 100]) expect((await call(emu.url, 'ListEnvironments', { maxResults })).status).toBe(200);
  const state = await call(emu.url, 'ListEnvironments', { state: ['CREATED', 'ALIVE'] });
  expect(state.body.fieldList[0].name).toBe('state');
  const secretTooLong = await create(await newEnv(), 'VCENTER', { secretIdentifier: 'a'.repeat(2049) });
  expect(secretTooLong.body.fieldList[0].name).toBe('secretIdentifier');
});

test('secretArn echoes the identifier: a name stays a name, an ARN an ARN', async () => {
  const env = await newEnv();
  const byName = await create(env, 'VCENTER', { secretIdentifier: 'evs/vcenter-readonly' });
  expect(byName.body.connector.secretArn).toBe('evs/vcenter-readonly');
  const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ops-AbCdEf';
  const byArn = await create(env, 'OPERATIONS_MANAGER', { secretIdentifier: arn });
  expect(byArn.body.connector.secretArn).toBe(arn);
});

test('ListEnvironments filters by state', async () => {
  await newEnv('SELF_DEPLOYED', 'CREATING');
  const out = await ok(emu.url, 'ListEnvironments', { state: ['CREATING'] });
  expect(out.environmentSummaries.length).toBeGreaterThan(0);
  expect(out.environmentSummaries.every((e: any) => e.environmentState === 'CREATING')).toBe(true);
});
