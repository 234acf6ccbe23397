/**
 * evs_vm_entitlement end to end: with a connector and the evs_environment data source, VMs added
 * and removed in place, a VM EVS cannot validate, a removal made outside Terraform, destroy. The
 * provider's own behaviour runs on one engine; import (what engines do differently) on every engine.
 */
import { engineTable, oneEngineTable } from '../support/engines';
import { Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const ADDR = 'evs_vm_entitlement.this';
const svc = useTestService();

/** VM ids the service entitles (CREATING, CREATED or AT_RISK) in one environment. */
async function entitled(environmentId: string): Promise<string[]> {
  return (await svc.control.listEntitlements())
    .filter((e) => e['environmentId'] === environmentId && ['CREATING', 'CREATED', 'AT_RISK'].includes(e.status))
    .map((e) => e.vmId)
    .sort();
}

async function stateVmIds(ws: Workspace): Promise<string[]> {
  return [...((await ws.resource(ADDR))?.values['vm_ids'] as string[])].sort();
}

beforeAll(() => svc.control.setDurations({ entitlementMs: 300 }));

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('connector, entitlements and the environment data source: add and remove in place, a failed VM, drift, destroy', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'entitlement', endpoint: svc.url, vars: { environment_id: env, vm_ids: ['vm-1001', 'vm-1002'] } });
    await ws.apply();
    const out = await ws.outputs();
    expect(out.environment).toEqual({ id: env, state: 'CREATED', vcf_version: 'SELF_DEPLOYED' });
    expect((out.vms as Array<Record<string, unknown>>).map((v) => [v.vm_id, v.status])).toEqual([
      ['vm-1001', 'CREATED'],
      ['vm-1002', 'CREATED'],
    ]);
    expect(await entitled(env)).toEqual(['vm-1001', 'vm-1002']);

    // Add one, remove one: an in-place update.
    ws.setVars({ vm_ids: ['vm-1002', 'vm-1003'] });
    const { code, result } = await ws.planExitCode();
    expect(code).toBe(2);
    expect(result.stdout).toMatch(/0 to add, 1 to change, 0 to destroy/);
    await ws.apply();
    expect(await entitled(env)).toEqual(['vm-1002', 'vm-1003']);

    // A VM outside the vCenter Server's inventory: the apply fails with EVS's detail, the state is what EVS holds.
    ws.setVars({ vm_ids: ['vm-1002', 'vm-1003', 'vm-9999'] });
    const failed = await ws.run(['apply', '-auto-approve']);
    expect(failed.code).toBe(1);
    const text = (failed.stdout + failed.stderr).replace(/\s+/g, ' ');
    expect(text).toContain('EVS could not entitle 1 VM');
    expect(text).toContain('vm-9999 (CREATE_FAILED, VM_NOT_FOUND: VM vm-9999 was not found in the vCenter Server of connector');
    expect(await stateVmIds(ws)).toEqual(await entitled(env));
    expect(await entitled(env)).toEqual(['vm-1002', 'vm-1003']);

    // Removed outside Terraform: planned back in place.
    ws.setVars({ vm_ids: ['vm-1002', 'vm-1003'] });
    const connectorId = (await ws.outputs()).connector_id as string;
    await svc.control.updateEntitlement(connectorId, 'vm-1003', { status: 'ENTITLEMENT_REMOVED' });
    const drift = await ws.planExitCode();
    expect(drift.code).toBe(2);
    expect(drift.result.stdout).toMatch(/0 to add, 1 to change, 0 to destroy/);
    await ws.apply();
    expect(await entitled(env)).toEqual(['vm-1002', 'vm-1003']);
    expect((await ws.planExitCode()).code).toBe(0);

    await ws.destroy();
    expect(await entitled(env)).toEqual([]);
    expect(await svc.connectors(env)).toEqual([]);
  });
});

describe.each(engineTable())('%s', (_name, engine) => {
  test('import by environment_id/connector_id/TYPE adopts every VM entitled through the connector', async () => {
    const env = await svc.newEnvironment();
    const creator = await Workspace.create(engine, { fixture: 'entitlement', endpoint: svc.url, vars: { environment_id: env, vm_ids: ['vm-1004', 'vm-1005'] } });
    await creator.apply();
    const connectorId = (await creator.outputs()).connector_id as string;

    const ws = await Workspace.create(engine, {
      fixture: 'vm-entitlement',
      endpoint: svc.url,
      vars: { environment_id: env, connector_id: connectorId, vm_ids: ['vm-1004', 'vm-1005'] },
    });
    await ws.ok(['import', ADDR, `${env}/${connectorId}/WINDOWS_SERVER`]);
    expect((await ws.resource(ADDR))!.values).toMatchObject({
      id: `${env}/${connectorId}/WINDOWS_SERVER`,
      environment_id: env,
      connector_id: connectorId,
      entitlement_type: 'WINDOWS_SERVER',
    });
    expect(await stateVmIds(ws)).toEqual(['vm-1004', 'vm-1005']);
    expect((await ws.planExitCode()).code).toBe(0);
    await creator.destroy();
  });
});
