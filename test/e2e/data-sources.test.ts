/**
 * The data sources return what the service holds: a connector by id and by type, every connector
 * of an environment, and a filtered list (on one engine: ReadDataSource is the same on all).
 */
import { oneEngineTable } from '../support/engines';
import { Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const svc = useTestService();

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('data sources read connectors by id, by type, all and filtered', async () => {
    const env = await svc.newEnvironment();
    const maker = await Workspace.create(engine, { fixture: 'all-types', endpoint: svc.url, vars: { environment_id: env } });
    await maker.apply();
    const held = await svc.connectors(env);
    const vcenter = held.find((c) => c.type === 'VCENTER')!;
    const ops = held.find((c) => c.type === 'OPERATIONS_MANAGER')!;

    const ws = await Workspace.create(engine, {
      fixture: 'data-sources',
      endpoint: svc.url,
      vars: { environment_id: env, connector_id: vcenter.connectorId },
    });
    await ws.apply();
    const out = await ws.outputs();

    expect(out.by_id).toMatchObject({
      environment_id: env,
      connector_id: vcenter.connectorId,
      type: 'VCENTER',
      appliance_fqdn: vcenter.applianceFqdn,
      secret_arn: vcenter.secretArn,
      state: 'ACTIVE',
      status: vcenter.status,
    });
    expect(out.by_type).toMatchObject({ connector_id: ops.connectorId, type: 'OPERATIONS_MANAGER', appliance_fqdn: ops.applianceFqdn });

    const all = out.all as Array<Record<string, unknown>>;
    expect(all.map((c) => c.connector_id).sort()).toEqual(held.map((c) => c.connectorId).sort());
    for (const c of all) {
      const h = held.find((x) => x.connectorId === c.connector_id)!;
      expect(c).toMatchObject({ environment_id: env, type: h.type, appliance_fqdn: h.applianceFqdn, state: h.state });
    }
    expect((out.vcenter_only as Array<Record<string, unknown>>).map((c) => c.connector_id)).toEqual([vcenter.connectorId]);

    // An out-of-band change shows up on the next read.
    await svc.control.updateConnector(vcenter.connectorId, { applianceFqdn: 'moved.example.internal' });
    await ws.apply();
    expect((await ws.outputs()).by_id).toMatchObject({ appliance_fqdn: 'moved.example.internal' });
    await maker.destroy();
  });
});
