import { DATA_CONNECTOR, DATA_CONNECTORS } from '../../../../src/names';
import type { ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { UNKNOWN } from '../../../../src/provider/protocol/provider-api';
import { connectorDataSourceSchema, connectorsDataSourceSchema } from '../../../../src/provider/resources/environment_connector/schema';
import { applyConfig, config, connectorConfig, ENV, errors, startWorld, type World } from '../harness';
import { containsUnknown } from '../../../../src/provider/framework/values';

describe('data sources against the local EVS service', () => {
  let w: World;
  const made: ObjectValue[] = [];
  beforeAll(async () => {
    w = await startWorld();
    for (const [type, fqdn] of [
      ['VCENTER', 'vc.example.internal'],
      ['OPERATIONS_MANAGER', 'ops.example.internal'],
    ] as const) {
      const res = await applyConfig(
        w.provider,
        connectorConfig({ environment_id: ENV, type, appliance_fqdn: fqdn, secret_identifier: `evs/${type.toLowerCase()}` }),
        null,
      );
      made.push(res.newState!);
    }
  });
  afterAll(() => w.emulator.close());

  const one = (o: ObjectValue) => config(connectorDataSourceSchema, { environment_id: ENV, ...o });
  const many = (o: ObjectValue) => config(connectorsDataSourceSchema, { environment_id: ENV, ...o });

  it('evs_environment_connector by connector_id and by type: wholly known, same as the resource', async () => {
    const byId = await w.provider.readDataSource({ typeName: DATA_CONNECTOR, config: one({ connector_id: made[0]!['connector_id'] }) });
    expect(byId.diagnostics).toEqual([]);
    expect(containsUnknown(byId.state!)).toBe(false);
    const byType = await w.provider.readDataSource({ typeName: DATA_CONNECTOR, config: one({ type: 'VCENTER' }) });
    expect(byType.state).toEqual(byId.state);
    for (const k of ['id', 'connector_id', 'type', 'appliance_fqdn', 'secret_arn', 'state', 'status', 'checks', 'created_at']) {
      expect(byId.state![k]).toEqual(made[0]![k]);
    }
  });

  it('evs_environment_connector: exactly one of connector_id and type, validated without an API call', async () => {
    await w.emulator.control.resetCounters();
    const neither = await w.provider.validateDataResourceConfig(DATA_CONNECTOR, one({}));
    expect(neither[0]).toMatchObject({ severity: 'error', detail: 'Set exactly one of connector_id, type.' });
    const both = await w.provider.validateDataResourceConfig(DATA_CONNECTOR, one({ connector_id: 'cnctr-0123456789', type: 'VCENTER' }));
    expect(both[0]!.attribute).toEqual([{ attributeName: 'type' }]);
    const bad = await w.provider.validateDataResourceConfig(DATA_CONNECTOR, one({ type: 'VSPHERE' }));
    expect(bad[0]!.attribute).toEqual([{ attributeName: 'type' }]);
    expect(await w.provider.validateDataResourceConfig(DATA_CONNECTOR, one({ connector_id: UNKNOWN }))).toEqual([]);
    const counters = await w.emulator.control.getCounters();
    expect(Object.values(counters).reduce((n, c) => n + c.calls, 0)).toBe(0);
  });

  it('evs_environment_connector: a missing connector is an error at the argument', async () => {
    const res = await w.provider.readDataSource({ typeName: DATA_CONNECTOR, config: one({ type: 'SDDC_MANAGER' }) });
    expect(res.state).toBeNull();
    expect(res.diagnostics[0]).toMatchObject({ summary: 'EVS connector not found', attribute: [{ attributeName: 'type' }] });
  });

  it('evs_environment_connectors lists all, or filters by types and states', async () => {
    const all = await w.provider.readDataSource({ typeName: DATA_CONNECTORS, config: many({}) });
    expect(all.diagnostics).toEqual([]);
    const ids = made.map((m) => m['connector_id'] as string).sort();
    expect(all.state!['ids']).toEqual(ids);
    const list = all.state!['connectors'] as ObjectValue[];
    expect(list.map((c) => c['connector_id'])).toEqual(ids);
    expect(Object.keys(list[0]!).sort()).toEqual(
      ['appliance_fqdn', 'checks', 'connector_id', 'created_at', 'environment_id', 'id', 'modified_at', 'secret_arn', 'state', 'state_details', 'status', 'type'],
    );
    expect(containsUnknown(all.state!)).toBe(false);

    const ops = await w.provider.readDataSource({ typeName: DATA_CONNECTORS, config: many({ types: ['OPERATIONS_MANAGER'] }) });
    expect(ops.state!['ids']).toEqual([made[1]!['connector_id']]);
    const failed = await w.provider.readDataSource({ typeName: DATA_CONNECTORS, config: many({ states: ['CREATE_FAILED'] }) });
    expect(failed.state!['ids']).toEqual([]);
  });

  it('evs_environment_connectors validates filters with paths', async () => {
    const diags = await w.provider.validateDataResourceConfig(DATA_CONNECTORS, many({ types: ['VCENTER', 'NSX'], states: ['ACTIVE', 'BROKEN'] }));
    expect(diags.map((d) => d.attribute)).toEqual([[{ attributeName: 'types' }], [{ attributeName: 'states' }]]);
    expect(diags[0]!.detail).toContain('"NSX" is not one of');
  });

  it('evs_environment_connectors: an unknown environment is an error at environment_id', async () => {
    const res = await w.provider.readDataSource({ typeName: DATA_CONNECTORS, config: many({ environment_id: 'env-9999999999' }) });
    expect(errors(res.diagnostics)[0]!.attribute).toEqual([{ attributeName: 'environment_id' }]);
  });
});
