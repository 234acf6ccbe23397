/**
 * `list "evs_environment_connector"` against the local EVS service: one environment or every
 * listable one, by type, ordered, connectors being deleted left out, a missing environment an
 * error at `environment_id`, and bad config refused before any API call.
 */
import { RESOURCE_CONNECTOR } from '../../../../src/names';
import type { ListResourceResult, ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { connectorListSchema } from '../../../../src/provider/resources/environment_connector/schema';
import { applyConfig, config, connectorConfig, ENV, startWorld, type World } from '../harness';

const OTHER = 'env-0000000002';
const CREATING = 'env-0000000003';

async function list(w: World, values: ObjectValue): Promise<ListResourceResult[]> {
  const out: ListResourceResult[] = [];
  for await (const r of w.provider.listResource({ typeName: RESOURCE_CONNECTOR, config: config(connectorListSchema, values), includeResource: false })) out.push(r);
  return out;
}

describe('the connector list resource', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
    await w.emulator.control.seedEnvironments([
      { id: OTHER, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' },
      { id: CREATING, state: 'CREATING', vcfVersion: 'SELF_DEPLOYED' },
    ]);
    for (const [env, type, fqdn] of [
      [ENV, 'VCENTER', 'vcenter.example.internal'],
      [ENV, 'OPERATIONS_MANAGER', 'vrops.example.internal'],
      [OTHER, 'VCENTER', 'vcenter.example.internal'],
    ] as const) {
      const made = await applyConfig(w.provider, connectorConfig({ environment_id: env, type, appliance_fqdn: fqdn, secret_identifier: 'evs/x' }), null);
      expect(made.diagnostics).toEqual([]);
    }
  });
  afterAll(() => w.emulator.close());

  it('lists one environment, ordered by connector id, each as the resource state with a display name', async () => {
    const found = await list(w, { environment_id: ENV });
    expect(found.every((f) => f.diagnostics.length === 0)).toBe(true);
    const ids = found.map((f) => f.state!['connector_id'] as string);
    expect(ids).toEqual([...ids].sort());
    expect(found.map((f) => f.state!['type']).sort()).toEqual(['OPERATIONS_MANAGER', 'VCENTER']);
    const vc = found.find((f) => f.state!['type'] === 'VCENTER')!;
    expect(vc.state).toMatchObject({ environment_id: ENV, id: `${ENV}/${vc.state!['connector_id']}`, state: 'ACTIVE', wait_for_healthy: false, timeouts: null });
    expect(vc.displayName).toBe(`VCENTER vcenter.example.internal (${ENV}/${vc.state!['connector_id']})`);
  });

  it('without an environment: every CREATED environment, by type; one being deleted is left out', async () => {
    const vcenters = await list(w, { type: 'VCENTER' });
    expect(vcenters.map((f) => f.state!['environment_id'])).toEqual([ENV, OTHER]);
    const [gone] = (await w.emulator.control.listConnectors()).filter((c) => c.environmentId === OTHER);
    await w.emulator.control.updateConnector(gone!.connectorId, { state: 'DELETING' });
    expect((await list(w, { type: 'VCENTER' })).map((f) => f.state!['environment_id'])).toEqual([ENV]);
  });

  it('a missing environment is an error at environment_id; a bad type is refused without an API call', async () => {
    const [missing] = await list(w, { environment_id: 'env-0000000999' });
    expect(missing!.state).toBeUndefined();
    expect(missing!.diagnostics[0]).toMatchObject({ severity: 'error', summary: 'EVS environment not found', attribute: [{ attributeName: 'environment_id' }] });
    await w.emulator.control.resetCounters();
    const [bad] = await list(w, { type: 'NSX' });
    expect(bad!.diagnostics[0]).toMatchObject({ severity: 'error', attribute: [{ attributeName: 'type' }] });
    const calls = Object.values(await w.emulator.control.getCounters()).reduce((n, c) => n + c.calls, 0);
    expect(calls).toBe(0);
  });
});
