import { RESOURCE_CONNECTOR } from '../../../../src/names';
import type { ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { applyConfig, connectorConfig, ENV, errors, read, startWorld, type World } from '../harness';

describe('refresh shares one List per environment', () => {
  let w: World;
  afterEach(() => w.emulator.close());

  it('concurrent reads of connectors in the same environment cost one ListEnvironmentConnectors', async () => {
    w = await startWorld({ provider: { listCacheTtlMs: 10_000 } });
    const states: ObjectValue[] = [];
    for (const type of ['VCENTER', 'OPERATIONS_MANAGER', 'SDDC_MANAGER']) {
      const res = await applyConfig(
        w.provider,
        connectorConfig({ environment_id: ENV, type, appliance_fqdn: `${type.toLowerCase().replace('_', '-')}.example.internal`, secret_identifier: 's' }),
        null,
      );
      expect(errors(res.diagnostics)).toEqual([]);
      states.push(res.newState!);
    }
    await w.emulator.control.resetCounters();
    const refreshed = await Promise.all(states.map((s) => read(w.provider, s)));
    expect(refreshed.map((r) => r.newState)).toEqual(states.map((s) => expect.objectContaining({ id: s['id'] })));
    expect((await w.emulator.control.getCounters()).ListEnvironmentConnectors.calls).toBe(1);
    // A write from this process drops the environment's entry: the next read lists again.
    const destroyed = await w.provider.applyResourceChange({
      typeName: RESOURCE_CONNECTOR,
      priorState: states[0]!,
      plannedState: null,
      config: null,
      plannedPrivate: Buffer.alloc(0),
    });
    expect(destroyed.newState).toBeNull();
    const gone = await read(w.provider, states[0]!);
    expect(gone.newState).toBeNull();
  });
});
