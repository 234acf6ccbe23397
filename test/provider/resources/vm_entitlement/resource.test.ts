/**
 * evs_vm_entitlement against the local EVS service through the harness: create and wait, in-place
 * add/remove in batches, per-VM failures with EVS's error detail, drift, import, delete, and lost
 * answers read back. Afterwards the service holds exactly the entitlements the state records.
 */
import { DATA_VM_ENTITLEMENTS, RESOURCE_VM_ENTITLEMENT } from '../../../../src/names';
import { isUnknown, type ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { startLossyProxy, type LossyProxy } from '../../support/lossy-proxy';
import {
  applyConfig,
  configOf,
  connectorConfig,
  destroy,
  ENV,
  errors,
  expectEmptyPlan,
  expectForgotten,
  FAST_DURATIONS,
  logLines,
  plan,
  read,
  startWorld,
  type World,
} from '../harness';

const T = RESOURCE_VM_ENTITLEMENT;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

async function world(endpoint?: (url: string) => string): Promise<{ w: World; connectorId: string }> {
  const w = await startWorld({ emulator: { durations: { ...FAST_DURATIONS, entitlementMs: 150 } }, ...(endpoint ? { endpoint } : {}) });
  const vc = await applyConfig(
    w.provider,
    connectorConfig({ environment_id: ENV, type: 'VCENTER', appliance_fqdn: 'vc.example.internal', secret_identifier: 'evs/vc' }),
    null,
  );
  return { w, connectorId: vc.newState!['connector_id'] as string };
}

/** VM ids the service entitles (live) through the connector. */
async function live(w: World): Promise<string[]> {
  return (await w.emulator.control.listEntitlements())
    .filter((e) => ['CREATING', 'CREATED', 'AT_RISK'].includes(e.status))
    .map((e) => e.vmId)
    .sort();
}

describe('evs_vm_entitlement against the local EVS service', () => {
  let w: World;
  let connectorId: string;
  beforeEach(async () => {
    ({ w, connectorId } = await world());
  });
  afterEach(() => w.emulator.close());

  const cfg = (vmIds: string[], o: ObjectValue = {}) => configOf(T, { environment_id: ENV, connector_id: connectorId, vm_ids: vmIds, ...o });

  it('creates and waits, fills vms, then adds and removes VMs in place and plans empty', async () => {
    const res = await applyConfig(w.provider, cfg(['vm-1001', 'vm-1002', 'vm-1003']), null, T);
    expect(errors(res.diagnostics)).toEqual([]);
    const s = res.newState!;
    expect(s).toMatchObject({ id: `${ENV}/${connectorId}/WINDOWS_SERVER`, entitlement_type: 'WINDOWS_SERVER', vm_ids: ['vm-1001', 'vm-1002', 'vm-1003'] });
    const vms = s['vms'] as ObjectValue[];
    expect(vms.map((v) => [v['vm_id'], v['status']])).toEqual([
      ['vm-1001', 'CREATED'],
      ['vm-1002', 'CREATED'],
      ['vm-1003', 'CREATED'],
    ]);
    expect(vms[0]).toMatchObject({ vm_name: 'vm-1001', stopped_at: null, error_code: null });
    expect(vms[0]!['started_at']).toMatch(RFC3339);
    await expectEmptyPlan(w.provider, cfg(['vm-1001', 'vm-1002', 'vm-1003']), s, T);

    await w.emulator.control.resetCounters();
    const next = cfg(['vm-1001', 'vm-1003', 'vm-1004']);
    const p = await plan(w.provider, next, s, T);
    expect(p.requiresReplace).toEqual([]);
    expect(p.plannedState!['id']).toBe(s['id']);
    expect(isUnknown(p.plannedState!['vms']!)).toBe(true);
    const upd = await applyConfig(w.provider, next, s, T);
    expect(errors(upd.diagnostics)).toEqual([]);
    expect(upd.newState!['vm_ids']).toEqual(['vm-1001', 'vm-1003', 'vm-1004']);
    const counters = await w.emulator.control.getCounters();
    expect(counters.CreateEntitlement).toMatchObject({ calls: 1, ok: 1 });
    expect(counters.DeleteEntitlement).toMatchObject({ calls: 1, ok: 1 });
    expect(await live(w)).toEqual(['vm-1001', 'vm-1003', 'vm-1004']);
    await expectEmptyPlan(w.provider, next, upd.newState!, T);

    expect(await destroy(w.provider, upd.newState!, T)).toEqual({ newState: null, diagnostics: [] });
    expect(await live(w)).toEqual([]);
  });

  it('an unknown VM fails the apply with its error detail; the state holds exactly what EVS entitles', async () => {
    const s = (await applyConfig(w.provider, cfg(['vm-1001']), null, T)).newState!;
    const res = await applyConfig(w.provider, cfg(['vm-1001', 'vm-1002', 'vm-9999']), s, T);
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('EVS could not entitle 1 VM');
    expect(err!.detail).toContain('vm-9999 (CREATE_FAILED, VM_NOT_FOUND: VM vm-9999 was not found in the vCenter Server of connector');
    expect(res.newState!['vm_ids']).toEqual(['vm-1001', 'vm-1002']);
    expect(await live(w)).toEqual(['vm-1001', 'vm-1002']);
    // The next plan tries the failed VM again.
    const p = await plan(w.provider, cfg(['vm-1001', 'vm-1002', 'vm-9999']), res.newState!, T);
    expect(p.requiresReplace).toEqual([]);
  });

  it('more than 100 VMs go in batches of 100', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `vm-${2001 + i}`);
    await w.emulator.control.setConnectorVms(connectorId, ids);
    await w.emulator.control.resetCounters();
    const res = await applyConfig(w.provider, cfg(ids), null, T);
    expect(errors(res.diagnostics)).toEqual([]);
    expect((res.newState!['vm_ids'] as string[]).length).toBe(150);
    expect((await w.emulator.control.getCounters()).CreateEntitlement.ok).toBe(2);
    await destroy(w.provider, res.newState!, T);
    expect((await w.emulator.control.getCounters()).DeleteEntitlement.ok).toBe(2);
    expect(await live(w)).toEqual([]);
  });

  it('drift: a removed entitlement is planned back in place; AT_RISK is a warning, not a diff', async () => {
    const c = cfg(['vm-1001', 'vm-1002']);
    const s = (await applyConfig(w.provider, c, null, T)).newState!;
    await w.emulator.control.updateEntitlement(connectorId, 'vm-1001', { status: 'AT_RISK', errorDetail: { errorCode: 'LICENSE_MISMATCH', errorMessage: 'guest OS changed' } });
    const risky = await read(w.provider, s, T);
    expect(risky.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', summary: '1 VM entitlement is AT_RISK', detail: expect.stringContaining('vm-1001 (AT_RISK, LICENSE_MISMATCH: guest OS changed)') }),
    ]);
    await expectEmptyPlan(w.provider, c, risky.newState!, T);

    await w.emulator.control.updateEntitlement(connectorId, 'vm-1002', { status: 'ENTITLEMENT_REMOVED' });
    const drifted = await read(w.provider, s, T);
    expect(drifted.newState!['vm_ids']).toEqual(['vm-1001']);
    expect(drifted.diagnostics.map((d) => d.summary)).toContain('EVS no longer entitles some VMs');
    const p = await plan(w.provider, c, drifted.newState, T);
    expect(p.requiresReplace).toEqual([]);
    const res = await applyConfig(w.provider, c, drifted.newState, T);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(await live(w)).toEqual(['vm-1001', 'vm-1002']);
  });

  it('its connector deleted outside Terraform: a refresh drops the entitlements from state with a warning', async () => {
    const s = (await applyConfig(w.provider, cfg(['vm-1001']), null, T)).newState!;
    await w.emulator.control.deleteConnector(connectorId);
    await expectForgotten(w.provider, s, T, {
      summary: 'EVS VM entitlements not found: removed from the Terraform state',
      detail: `EVS connector ${connectorId} was not found in environment ${ENV}. If the resource is still configured, the next plan entitles the VMs again.`,
    });
  });

  it('changing environment_id or connector_id replaces the entitlements', async () => {
    const s = (await applyConfig(w.provider, cfg(['vm-1001']), null, T)).newState!;
    const p = await plan(w.provider, cfg(['vm-1001'], { connector_id: 'cnctr-0123456789' }), s, T);
    expect(p.requiresReplace).toEqual([[{ attributeName: 'connector_id' }]]);
    const p2 = await plan(w.provider, cfg(['vm-1001'], { environment_id: 'env-0000000002' }), s, T);
    expect(p2.requiresReplace).toEqual([[{ attributeName: 'environment_id' }]]);
  });

  it('imports every VM entitled through the connector, by id and by identity; bad ids are refused', async () => {
    await applyConfig(w.provider, cfg(['vm-1001', 'vm-1002']), null, T);
    const id = `${ENV}/${connectorId}/WINDOWS_SERVER`;
    for (const imported of [
      await w.provider.importResourceState({ typeName: T, id }),
      await w.provider.importResourceState({ typeName: T, id: '', identity: { environment_id: ENV, connector_id: connectorId, entitlement_type: 'WINDOWS_SERVER' } }),
    ]) {
      expect(imported.diagnostics).toEqual([]);
      const state = imported.importedResources![0]!.state!;
      const refreshed = await read(w.provider, state, T);
      expect(refreshed.newState).toMatchObject({ id, vm_ids: ['vm-1001', 'vm-1002'] });
      await expectEmptyPlan(w.provider, cfg(['vm-1001', 'vm-1002']), refreshed.newState!, T);
    }
    for (const bad of [`${ENV}/${connectorId}`, `${ENV}/${connectorId}/LINUX`, `${ENV}/VCENTER/WINDOWS_SERVER`]) {
      const r = await w.provider.importResourceState({ typeName: T, id: bad });
      expect(errors(r.diagnostics)[0]!.detail).toContain('environment_id/connector_id/TYPE');
    }
    const wrong = await w.provider.importResourceState({ typeName: T, id: '', identity: { environment_id: ENV, connector_id: 'VCENTER', entitlement_type: 'WINDOWS_SERVER' } });
    expect(errors(wrong.diagnostics)[0]).toMatchObject({ summary: 'Invalid import identity', detail: expect.stringContaining('The identity\'s connector_id ("VCENTER") is not a connector id') });
  });

  it('evs_vm_entitlements lists every VM of the connector, whatever its status', async () => {
    await applyConfig(w.provider, cfg(['vm-1001', 'vm-1002']), null, T);
    await w.emulator.control.updateEntitlement(connectorId, 'vm-1002', { status: 'DELETED' });
    const res = await w.provider.readDataSource({ typeName: DATA_VM_ENTITLEMENTS, config: configOf(DATA_VM_ENTITLEMENTS, { environment_id: ENV, connector_id: connectorId }, true) });
    expect(res.diagnostics).toEqual([]);
    expect(res.state).toMatchObject({ entitlement_type: 'WINDOWS_SERVER', entitled_vm_ids: ['vm-1001'] });
    expect((res.state!['vms'] as ObjectValue[]).map((v) => [v['vm_id'], v['status']])).toEqual([
      ['vm-1001', 'CREATED'],
      ['vm-1002', 'DELETED'],
    ]);
  });

  it('plan-time validation: at least one VM id, each vm-<digits>; no API call', async () => {
    await w.emulator.control.resetCounters();
    const empty = await w.provider.validateResourceConfig(T, cfg([]));
    expect(empty[0]).toMatchObject({ severity: 'error', attribute: [{ attributeName: 'vm_ids' }], detail: 'It has 0 elements; it needs at least 1.' });
    const bad = await w.provider.validateResourceConfig(T, cfg(['vm-1001', 'VM-12']));
    expect(bad[0]!.detail).toContain('"VM-12" is not valid; expected a vSphere VM managed object id');
    const counters = await w.emulator.control.getCounters();
    expect(Object.values(counters).reduce((n, c) => n + c.calls, 0)).toBe(0);
  });
});

describe('evs_vm_entitlement: lost answers are read back', () => {
  let w: World;
  let proxy: LossyProxy;
  let connectorId: string;
  beforeEach(async () => {
    proxy = await startLossyProxy();
    ({ w, connectorId } = await world((url) => (proxy.forwardTo(url), proxy.url)));
  });
  afterEach(async () => {
    await proxy.close();
    await w.emulator.close();
  });

  it('CreateEntitlement and DeleteEntitlement answers lost (retries exhausted): exact state, nothing duplicated', async () => {
    const cfg = (ids: string[]) => configOf(T, { environment_id: ENV, connector_id: connectorId, vm_ids: ids });
    proxy.loseNext('CreateEntitlement', 10);
    const res = await applyConfig(w.provider, cfg(['vm-1001', 'vm-1002']), null, T);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(proxy.lost['CreateEntitlement']).toBe(3);
    expect(res.newState!['vm_ids']).toEqual(['vm-1001', 'vm-1002']);
    proxy.loseNext('DeleteEntitlement', 10);
    const upd = await applyConfig(w.provider, cfg(['vm-1002']), res.newState, T);
    expect(errors(upd.diagnostics)).toEqual([]);
    expect(upd.newState!['vm_ids']).toEqual(['vm-1002']);
    expect(logLines.some((l) => l['@level'] === 'warn' && String(l['@message']).startsWith('delete vm entitlements failed, but EVS shows'))).toBe(true);
    const held = await w.emulator.control.listEntitlements();
    expect(held.map((e) => [e.vmId, e.status]).sort()).toEqual([
      ['vm-1001', 'DELETED'],
      ['vm-1002', 'CREATED'],
    ]);
  });
});
