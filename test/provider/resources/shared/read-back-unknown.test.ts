/**
 * A create whose answers are all lost is read back, and the read-back itself may meet throttling
 * beyond the SDK's retries (max_retries 2 here). It rides that out as a wait does, so what EVS made
 * is recorded; when it still cannot tell, the error says plainly what may exist and until when the
 * next apply adopts it. Through the connector (its own create path) and the Elastic IP association
 * (shared sendOrReadBack), against the real local service.
 */
import type { OperationName } from '../../../../src/emulator';
import { RESOURCE_ENVIRONMENT, RESOURCE_VLAN_EIP_ASSOCIATION } from '../../../../src/names';
import { envConfig, FAST_ENVIRONMENTS } from '../environment/env-config';
import { applyConfig, configOf, connectorConfig, ENV, errors, logHooks, startWorld, type World } from '../harness';

let w: World;
beforeAll(async () => {
  w = await startWorld();
  await w.emulator.control.setDurations(FAST_ENVIRONMENTS);
});
afterAll(() => w?.emulator.close());
afterEach(async () => {
  logHooks.length = 0;
  await w.emulator.control.clearFaults();
});

const vcenter = (timeouts: string | null = null) =>
  connectorConfig({
    environment_id: ENV,
    type: 'VCENTER',
    appliance_fqdn: 'vcenter.example.internal',
    secret_identifier: 'evs/vcenter',
    timeouts: { create: timeouts, update: null, delete: null },
  });

/** Every answer to `create` lost (three attempts), and every call of `list` throttled. */
const loseCreateThrottleList = (create: OperationName, list: OperationName) =>
  w.emulator.control.setFaults({ loseNextAnswers: { operation: create, count: 3 }, throttleRate: 1, retryAfterSeconds: 0, operations: [list] });

/** Ends the faults once `list` was throttled more often than one call's SDK retries (three attempts) allow. */
function clearFaultsAfterThrottled(list: OperationName, times = 6): void {
  let checking = false;
  let done = false;
  logHooks.push(() => {
    if (checking || done) return;
    checking = true;
    void w.emulator.control.getCounters().then(async (c) => {
      if (c[list].throttled >= times) {
        done = true;
        await w.emulator.control.clearFaults();
      }
      checking = false;
    });
  });
}

test('connector: every create answer lost, then the read-back throttled past the SDK retries: the connector is recorded', async () => {
  await loseCreateThrottleList('CreateEnvironmentConnector', 'ListEnvironmentConnectors');
  clearFaultsAfterThrottled('ListEnvironmentConnectors');
  const res = await applyConfig(w.provider, vcenter(), null);
  const held = await w.emulator.control.listConnectors();
  expect(held).toHaveLength(1);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ connector_id: held[0]!.connectorId, state: 'ACTIVE' });
  expect((await w.emulator.control.getCounters()).ListEnvironmentConnectors.throttled).toBeGreaterThanOrEqual(6);
  await w.emulator.control.deleteConnector(held[0]!.connectorId!);
});

test('connector: the read-back throttled until half the create timeout: the error says the outcome is unknown, and the next apply adopts what EVS made', async () => {
  const before = (await w.emulator.control.listConnectors()).length;
  await loseCreateThrottleList('CreateEnvironmentConnector', 'ListEnvironmentConnectors');
  const res = await applyConfig(w.provider, vcenter('4s'), null);
  const [err] = errors(res.diagnostics);
  expect(err!.summary).toBe('Creating the EVS connector failed, and whether EVS made it is unknown');
  expect(err!.detail).toMatch(/CreateEnvironmentConnector.*Whether EVS carried it out anyway is unknown: reading back what EVS holds kept failing until the timeout \(2s\) ran out: .*ThrottlingException/s);
  expect(err!.detail).toMatch(/If EVS made a VCENTER connector in environment env-0000000001, it is not in state yet\. Apply again before \d{4}-\d\d-\d\dT[\d:.]+Z \(timeouts\.create after this create began\): the next apply finds it and adopts it/);
  expect(res.newState).toBeNull();
  const made = await w.emulator.control.listConnectors();
  expect(made).toHaveLength(before + 1);

  await w.emulator.control.clearFaults();
  const again = await applyConfig(w.provider, vcenter('4s'), null);
  expect(errors(again.diagnostics)).toEqual([]);
  expect(again.newState).toMatchObject({ connector_id: made.at(-1)!.connectorId, state: 'ACTIVE' });
  expect(await w.emulator.control.listConnectors()).toHaveLength(before + 1);
});

test('Elastic IP association (sendOrReadBack): every answer lost, the read-back throttled past the SDK retries: the association is recorded', async () => {
  const env = await applyConfig(w.provider, envConfig(), null, RESOURCE_ENVIRONMENT);
  expect(errors(env.diagnostics)).toEqual([]);
  const environmentId = env.newState!['environment_id'] as string;
  await loseCreateThrottleList('AssociateEipToVlan', 'ListEnvironmentVlans');
  clearFaultsAfterThrottled('ListEnvironmentVlans');
  const res = await applyConfig(w.provider, configOf(RESOURCE_VLAN_EIP_ASSOCIATION, { environment_id: environmentId, allocation_id: 'eipalloc-0123456789abcdef0' }), null, RESOURCE_VLAN_EIP_ASSOCIATION);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState!['association_id']).toEqual(expect.any(String));
  expect((await w.emulator.control.getCounters()).ListEnvironmentVlans.throttled).toBeGreaterThanOrEqual(6);
});
