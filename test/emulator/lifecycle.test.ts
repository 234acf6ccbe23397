/** Connector lifecycle with short durations: states, failures, deletion, checks and timestamps. */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, ok, sleep, waitForState } from './support/aws-json';

const ENV = 'env-0000000001';
const D = 300;
let emu: RunningEmulator;

const list = async () => (await ok(emu.url, 'ListEnvironmentConnectors', { environmentId: ENV })).connectors as any[];
const create = (type: string) =>
  ok(emu.url, 'CreateEnvironmentConnector', {
    environmentId: ENV,
    type,
    applianceFqdn: 'appliance.example.internal',
    secretIdentifier: 'evs/appliance',
  }).then((b) => b.connector);

beforeEach(async () => {
  emu = await startEmulator({ durations: { createMs: D, updateMs: D, deleteMs: D, checkIntervalMs: 100 } });
});
afterEach(() => emu.close());

test('CREATING → ACTIVE after the create duration, with checks, status and timestamps', async () => {
  const t0 = Date.now() / 1000;
  const c = await create('VCENTER');
  expect(c).toMatchObject({ state: 'CREATING', status: 'UNKNOWN' });
  expect(c.checks.map((k: any) => k.type)).toEqual(['VCENTER_REACHABILITY', 'VCENTER_VM_SYNC', 'VCENTER_VM_EVENT']);
  expect(c.createdAt).toBeGreaterThanOrEqual(t0 - 0.01);
  expect(c.modifiedAt).toBe(c.createdAt);
  expect((await list())[0].state).toBe('CREATING');
  const active = await waitForState(emu.url, ENV, c.connectorId, 'ACTIVE');
  expect(active.status).toBe('PASSED');
  expect(active.modifiedAt - active.createdAt).toBeGreaterThanOrEqual(D / 1000 - 0.001);
  expect(active.checks.every((k: any) => k.result === 'PASSED' && typeof k.lastCheckAttempt === 'number')).toBe(true);
});

test('health checks run at the interval; a flipped check sets impairedSince and status FAILED', async () => {
  const c = await create('OPERATIONS_MANAGER');
  const active = await waitForState(emu.url, ENV, c.connectorId, 'ACTIVE');
  const first = active.checks[0].lastCheckAttempt;
  expect(active.checks.map((k: any) => k.type)).toEqual(['OPERATIONS_MANAGER_REACHABILITY']);
  await sleep(250);
  const later = (await list())[0];
  expect(later.checks[0].lastCheckAttempt).toBeGreaterThanOrEqual(first + 0.2 - 0.001);
  const before = Date.now() / 1000;
  await emu.control.updateConnector(c.connectorId, { checks: { OPERATIONS_MANAGER_REACHABILITY: 'FAILED' } });
  const impaired = (await list())[0];
  expect(impaired.status).toBe('FAILED');
  expect(impaired.checks[0]).toMatchObject({ result: 'FAILED', impairedSince: expect.any(Number) });
  expect(impaired.checks[0].impairedSince).toBeGreaterThanOrEqual(before - 0.01);
  await emu.control.updateConnector(c.connectorId, { checks: { OPERATIONS_MANAGER_REACHABILITY: 'PASSED' } });
  const healed = (await list())[0];
  expect(healed.status).toBe('PASSED');
  expect(healed.checks[0].impairedSince).toBeUndefined();
});

test('"next create fails" ends in CREATE_FAILED with stateDetails, then creates succeed again', async () => {
  await emu.control.setFaults({ failNextCreates: { count: 1, stateDetails: 'SDDC Manager unreachable on 443' } });
  const c = await create('SDDC_MANAGER');
  const failed = await waitForState(emu.url, ENV, c.connectorId, 'CREATE_FAILED');
  expect(failed).toMatchObject({ stateDetails: 'SDDC Manager unreachable on 443', status: 'FAILED' });
  const reach = failed.checks.find((k: any) => k.type === 'SDDC_MANAGER_REACHABILITY');
  expect(reach).toMatchObject({ result: 'FAILED', impairedSince: expect.any(Number) });
  // The failed connector still occupies its type until it is deleted.
  await ok(emu.url, 'DeleteEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId });
  await waitForState(emu.url, ENV, c.connectorId, 'GONE');
  const again = await create('SDDC_MANAGER');
  await waitForState(emu.url, ENV, again.connectorId, 'ACTIVE');
});

test('UPDATING → ACTIVE with the new value; "next update fails" → UPDATE_FAILED, which can be updated again', async () => {
  const c = await create('VCENTER');
  await waitForState(emu.url, ENV, c.connectorId, 'ACTIVE');
  const upd = await ok(emu.url, 'UpdateEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId, applianceFqdn: 'vc2.example.internal' });
  expect(upd.connector).toMatchObject({ state: 'UPDATING', applianceFqdn: 'appliance.example.internal' });
  // Not updatable while UPDATING.
  const busy = await call(emu.url, 'UpdateEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId, secretIdentifier: 'evs/x' });
  expect(busy.status).toBe(400);
  const done = await waitForState(emu.url, ENV, c.connectorId, 'ACTIVE');
  expect(done.applianceFqdn).toBe('vc2.example.internal');
  expect(done.modifiedAt).toBeGreaterThan(done.createdAt);

  await emu.control.setFaults({ failNextUpdates: { count: 1 } });
  await ok(emu.url, 'UpdateEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId, secretIdentifier: 'evs/rotated' });
  const failed = await waitForState(emu.url, ENV, c.connectorId, 'UPDATE_FAILED');
  expect(failed.stateDetails).toEqual(expect.any(String));
  expect(failed.secretArn).toBe('evs/appliance');
  await ok(emu.url, 'UpdateEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId, secretIdentifier: 'evs/rotated' });
  expect((await waitForState(emu.url, ENV, c.connectorId, 'ACTIVE')).secretArn).toBe('evs/rotated');
});

test('DELETING → gone, then ResourceNotFound; a repeated delete while DELETING is idempotent', async () => {
  const c = await create('VCENTER');
  await waitForState(emu.url, ENV, c.connectorId, 'ACTIVE');
  const del = await ok(emu.url, 'DeleteEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId });
  expect(del.connector.state).toBe('DELETING');
  expect(del.environmentSummary).toMatchObject({ environmentId: ENV, environmentState: 'CREATED' });
  const again = await ok(emu.url, 'DeleteEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId });
  expect(again.connector.state).toBe('DELETING');
  await waitForState(emu.url, ENV, c.connectorId, 'GONE');
  const after = await call(emu.url, 'DeleteEnvironmentConnector', { environmentId: ENV, connectorId: c.connectorId });
  expect(after.status).toBe(404);
  expect(after.body).toMatchObject({ resourceType: 'connector', resourceId: c.connectorId });
});

test('durations can be changed at run time through the control interface', async () => {
  await emu.control.setDurations({ createMs: 0 });
  const c = await create('VCENTER');
  expect((await list()).find((x) => x.connectorId === c.connectorId).state).toBe('ACTIVE');
  expect(await emu.control.getDurations()).toMatchObject({ createMs: 0, updateMs: D });
});
