/** VM entitlements: EVS's rules, the validation lifecycle per VM, pagination, control routes, persistence. */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EmulatorControlClient, startEmulator, type RunningEmulator } from '../../src/emulator';
import { call, ok, sleep } from './support/aws-json';

const TYPE = 'WINDOWS_SERVER';
let emu: RunningEmulator;
let control: EmulatorControlClient;
let n = 0;

/** A fresh CREATED environment with an ACTIVE VCENTER connector. */
async function vcenter(): Promise<{ environmentId: string; connectorId: string }> {
  const environmentId = `env-ent${String(++n).padStart(7, '0')}`;
  await emu.control.seedEnvironments([{ id: environmentId }]);
  const created = await ok(emu.url, 'CreateEnvironmentConnector', {
    environmentId,
    type: 'VCENTER',
    applianceFqdn: 'vcenter.example.internal',
    secretIdentifier: 'evs/vcenter',
  });
  return { environmentId, connectorId: created.connector.connectorId };
}
const withType = (key: object) => ({ ...key, entitlementType: TYPE });
const entitle = (key: object, vmIds: unknown) => call(emu.url, 'CreateEntitlement', { ...withType(key), vmIds });
const list = async (key: object, extra: object = {}) => (await ok(emu.url, 'ListVmEntitlements', { ...withType(key), ...extra })).entitlements as any[];

beforeAll(async () => {
  emu = await startEmulator({ durations: { createMs: 0, updateMs: 0, deleteMs: 0, entitlementMs: 0 } });
  control = new EmulatorControlClient(emu.url);
});
afterAll(() => emu.close());
afterEach(() => control.setDurations({ entitlementMs: 0 }));

test('CREATING → CREATED for VMs of the inventory, CREATE_FAILED with an errorDetail for others', async () => {
  await control.setDurations({ entitlementMs: 200 });
  const key = await vcenter();
  const r = await entitle(key, ['vm-1001', 'vm-5555']);
  expect(r.status).toBe(200);
  expect(r.body.entitlements).toEqual([
    { vmId: 'vm-1001', environmentId: key.environmentId, connectorId: key.connectorId, vmName: 'vm-1001', type: TYPE, status: 'CREATING' },
    { vmId: 'vm-5555', environmentId: key.environmentId, connectorId: key.connectorId, type: TYPE, status: 'CREATING' },
  ]);
  expect((await list(key)).map((e) => e.status)).toEqual(['CREATING', 'CREATING']);
  await sleep(250);
  const [ok1, failed] = await list(key);
  expect(ok1).toMatchObject({ vmId: 'vm-1001', status: 'CREATED', startedAt: expect.any(Number), lastSyncedAt: ok1.startedAt });
  expect(ok1.errorDetail).toBeUndefined();
  expect(failed).toMatchObject({
    vmId: 'vm-5555',
    status: 'CREATE_FAILED',
    errorDetail: { errorCode: 'VM_NOT_FOUND', errorMessage: expect.stringContaining('vm-5555') },
  });
  expect(failed.startedAt).toBeUndefined();
});

test('the connector must exist in the environment, be VCENTER and ACTIVE', async () => {
  const key = await vcenter();
  const missing = await entitle({ ...key, connectorId: 'cnctr-missing000' }, ['vm-1001']);
  expect(missing.status).toBe(404);
  expect(missing.body).toMatchObject({ resourceType: 'connector', resourceId: 'cnctr-missing000' });
  const ops = await ok(emu.url, 'CreateEnvironmentConnector', {
    environmentId: key.environmentId,
    type: 'OPERATIONS_MANAGER',
    applianceFqdn: 'ops.example.internal',
    secretIdentifier: 'evs/ops',
  });
  const notVcenter = await entitle({ ...key, connectorId: ops.connector.connectorId }, ['vm-1001']);
  expect(notVcenter.status).toBe(400);
  expect(notVcenter.body.fieldList).toEqual([{ name: 'connectorId', message: expect.stringContaining('OPERATIONS_MANAGER') }]);
  await control.updateConnector(key.connectorId, { state: 'UPDATE_FAILED' });
  const notActive = await entitle(key, ['vm-1001']);
  expect(notActive.status).toBe(400);
  expect(notActive.body.message).toContain('UPDATE_FAILED');
  const otherEnv = await vcenter();
  const cross = await entitle({ environmentId: otherEnv.environmentId, connectorId: key.connectorId }, ['vm-1001']);
  expect(cross.status).toBe(404);
});

test('1–100 VM ids of the vSphere pattern; every bad member named', async () => {
  const key = await vcenter();
  for (const vmIds of [[], Array.from({ length: 101 }, (_, i) => `vm-${i + 1}`), ['vm-1', 'host-7'], 'vm-1']) {
    const r = await entitle(key, vmIds);
    expect(r.status).toBe(400);
    expect(r.body.fieldList).toEqual([{ name: 'vmIds', message: expect.any(String) }]);
  }
  expect((await entitle(key, Array.from({ length: 100 }, (_, i) => `vm-${i + 1}`))).status).toBe(200);
  const r = await call(emu.url, 'CreateEntitlement', { environmentId: key.environmentId, connectorId: 'x', entitlementType: 'LINUX' });
  expect(r.body.fieldList.map((f: any) => f.name).sort()).toEqual(['connectorId', 'entitlementType', 'vmIds']);
});

test('repeats are idempotent; after DELETED or CREATE_FAILED a create starts again', async () => {
  await control.setDurations({ entitlementMs: 150 });
  const key = await vcenter();
  const first = (await entitle(key, ['vm-1002', 'vm-1002'])).body.entitlements;
  expect(first).toHaveLength(1);
  const again = (await entitle(key, ['vm-1002'])).body.entitlements;
  expect(again).toEqual(first);
  await sleep(200);
  const created = (await list(key))[0];
  expect((await entitle(key, ['vm-1002'])).body.entitlements[0]).toEqual(created);
  await ok(emu.url, 'DeleteEntitlement', { ...withType(key), vmIds: ['vm-1002'] });
  expect((await entitle(key, ['vm-1002'])).body.entitlements[0]).toMatchObject({ status: 'CREATING' });
  expect((await list(key)).map((e) => e.status)).toEqual(['CREATING']);
});

test('delete stops tracking: DELETED with stoppedAt, still listed; repeats answer the same; unknown VMs are not found', async () => {
  const key = await vcenter();
  await entitle(key, ['vm-1003', 'vm-1004']);
  await sleep(5);
  const del = await ok(emu.url, 'DeleteEntitlement', { ...withType(key), vmIds: ['vm-1003'] });
  expect(del.entitlements).toEqual([expect.objectContaining({ vmId: 'vm-1003', status: 'DELETED', stoppedAt: expect.any(Number), startedAt: expect.any(Number) })]);
  expect(await list(key)).toEqual([del.entitlements[0], expect.objectContaining({ vmId: 'vm-1004', status: 'CREATED' })]);
  expect((await ok(emu.url, 'DeleteEntitlement', { ...withType(key), vmIds: ['vm-1003'] })).entitlements).toEqual(del.entitlements);
  const unknown = await call(emu.url, 'DeleteEntitlement', { ...withType(key), vmIds: ['vm-1004', 'vm-7777'] });
  expect(unknown.status).toBe(404);
  expect(unknown.body).toMatchObject({ resourceType: 'entitlement', resourceId: 'vm-7777' });
  // Nothing was deleted by the refused request.
  expect((await list(key))[1].status).toBe('CREATED');
});

test('a connector with live entitlements cannot be deleted; once they are deleted it can', async () => {
  const key = await vcenter();
  await entitle(key, ['vm-1005']);
  const refused = await call(emu.url, 'DeleteEnvironmentConnector', key);
  expect(refused.status).toBe(400);
  expect(refused.body.message).toContain('DeleteEntitlement');
  await ok(emu.url, 'DeleteEntitlement', { ...withType(key), vmIds: ['vm-1005'] });
  expect((await call(emu.url, 'DeleteEnvironmentConnector', key)).status).toBe(200);
  await sleep(5);
  expect((await call(emu.url, 'ListVmEntitlements', withType(key))).status).toBe(404);
});

test('ListVmEntitlements pages in creation order, bound to environment, connector and type', async () => {
  const key = await vcenter();
  const ids = Array.from({ length: 5 }, (_, i) => `vm-${1006 + i}`);
  for (const id of ids) await entitle(key, [id]);
  const seen: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ok(emu.url, 'ListVmEntitlements', { ...withType(key), maxResults: 2, ...(nextToken && { nextToken }) });
    expect(page.entitlements.length).toBeLessThanOrEqual(2);
    seen.push(...page.entitlements.map((e: any) => e.vmId));
    nextToken = page.nextToken;
  } while (nextToken);
  expect(seen).toEqual(ids);
  const first = await ok(emu.url, 'ListVmEntitlements', { ...withType(key), maxResults: 1 });
  const other = await vcenter();
  const foreign = await call(emu.url, 'ListVmEntitlements', { ...withType(other), nextToken: first.nextToken });
  expect(foreign.body.fieldList).toEqual([{ name: 'nextToken', message: expect.any(String) }]);
  expect(await list(other)).toEqual([]);
  const missing = await call(emu.url, 'ListVmEntitlements', { environmentId: key.environmentId, connectorId: key.connectorId });
  expect(missing.body.fieldList).toEqual([{ name: 'entitlementType', message: expect.any(String) }]);
});

test('control: a connector VM inventory, out-of-band status changes, the entitlement duration', async () => {
  const key = await vcenter();
  expect(await control.getConnectorVms(key.connectorId)).toHaveLength(20);
  expect((await control.getConnectorVms(key.connectorId))[19]).toEqual({ vmId: 'vm-1020', vmName: 'vm-1020' });
  await control.setConnectorVms(key.connectorId, [{ vmId: 'vm-42', vmName: 'sql-1' }, 'vm-43']);
  expect(await control.getConnectorVms(key.connectorId)).toEqual([
    { vmId: 'vm-42', vmName: 'sql-1' },
    { vmId: 'vm-43', vmName: 'vm-43' },
  ]);
  await expect(control.setConnectorVms(key.connectorId, ['host-1'])).rejects.toMatchObject({ status: 400 });
  await entitle(key, ['vm-42', 'vm-1001']);
  await sleep(5);
  // Created in the same request: ordered by VM id.
  expect((await list(key)).map((e) => [e.vmId, e.vmName, e.status])).toEqual([
    ['vm-1001', undefined, 'CREATE_FAILED'],
    ['vm-42', 'sql-1', 'CREATED'],
  ]);
  const risk = await control.updateEntitlement(key.connectorId, 'vm-42', {
    status: 'AT_RISK',
    errorDetail: { errorCode: 'VM_MIGRATED', errorMessage: 'moved to another host' },
  });
  expect(risk).toMatchObject({ status: 'AT_RISK', errorDetail: { errorCode: 'VM_MIGRATED' } });
  const removed = await control.updateEntitlement(key.connectorId, 'vm-42', { status: 'ENTITLEMENT_REMOVED' });
  expect(removed.stoppedAt).toEqual(expect.any(Number));
  expect((await list(key))[1]).toMatchObject({ vmId: 'vm-42', status: 'ENTITLEMENT_REMOVED' });
  expect((await control.listEntitlements()).filter((e) => e.connectorId === key.connectorId)).toHaveLength(2);
  await expect(control.updateEntitlement(key.connectorId, 'vm-9', { status: 'DELETED' })).rejects.toMatchObject({ status: 404 });
  await expect(control.updateEntitlement(key.connectorId, 'vm-42', { status: 'GONE' as never })).rejects.toMatchObject({ status: 400 });
  expect(await control.setDurations({ entitlementMs: 5 })).toMatchObject({ entitlementMs: 5 });
});

test('faults, rate limits and counters cover the entitlement operations', async () => {
  const key = await vcenter();
  await control.resetCounters();
  await control.setFaults({ throttleRate: 1, operations: ['CreateEntitlement'] });
  expect((await entitle(key, ['vm-1001'])).status).toBe(429);
  await control.clearFaults();
  await control.setRateLimits({ ListVmEntitlements: { ratePerSecond: 0.5, burst: 1 } });
  expect((await call(emu.url, 'ListVmEntitlements', withType(key))).status).toBe(200);
  expect((await call(emu.url, 'ListVmEntitlements', withType(key))).status).toBe(429);
  await control.setRateLimits({});
  const counters = await control.getCounters();
  expect(counters.CreateEntitlement).toMatchObject({ calls: 1, throttled: 1 });
  expect(counters.ListVmEntitlements).toMatchObject({ calls: 2, ok: 1, throttled: 1 });
  expect(counters.DeleteEntitlement.calls).toBe(0);
});

test('entitlements and VM inventories survive a restart through the state file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evs-ent-'));
  try {
    const stateFile = join(dir, 'state.json');
    const first = await startEmulator({ stateFile, durations: { createMs: 0, entitlementMs: 300 } });
    const c = await ok(first.url, 'CreateEnvironmentConnector', {
      environmentId: 'env-0000000001',
      type: 'VCENTER',
      applianceFqdn: 'vcenter.example.internal',
      secretIdentifier: 'evs/vc',
    });
    const key = { environmentId: 'env-0000000001', connectorId: c.connector.connectorId, entitlementType: TYPE };
    await first.control.setConnectorVms(key.connectorId, [{ vmId: 'vm-7', vmName: 'app-7' }]);
    await sleep(5);
    await ok(first.url, 'CreateEntitlement', { ...key, vmIds: ['vm-7'] });
    await first.close();
    const second = await startEmulator({ stateFile });
    try {
      expect(await second.control.getConnectorVms(key.connectorId)).toEqual([{ vmId: 'vm-7', vmName: 'app-7' }]);
      await sleep(350);
      const { entitlements } = await ok(second.url, 'ListVmEntitlements', key);
      expect(entitlements).toEqual([expect.objectContaining({ vmId: 'vm-7', vmName: 'app-7', status: 'CREATED' })]);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
