/**
 * Reading back after a failed mutating call (shared/read-back.ts), through the connector: a proxy
 * in front of the real local EVS service loses answers after the service has acted, so the SDK's
 * retry meets the consequence of the first attempt. The apply must go on as if it had answered.
 */
import { startLossyProxy, type LossyProxy } from '../../support/lossy-proxy';
import { applyConfig, connectorConfig, destroy, ENV, errors, FAST_DURATIONS, logLines, startWorld, type World } from '../harness';

// An update lasts long enough that the SDK's retry surely meets the connector still UPDATING, however loaded the machine.
const DURATIONS = { ...FAST_DURATIONS, updateMs: 2000 };

describe('a lost answer to a mutating call is read back, not reported as a failure', () => {
  let w: World;
  let proxy: LossyProxy;
  beforeEach(async () => {
    proxy = await startLossyProxy();
    w = await startWorld({ endpoint: (url) => (proxy.forwardTo(url), proxy.url), emulator: { durations: DURATIONS } });
  });
  afterEach(async () => {
    await proxy.close();
    await w.emulator.close();
  });

  const vcenter = (fqdn = 'vcenter.example.internal') =>
    connectorConfig({ environment_id: ENV, type: 'VCENTER', appliance_fqdn: fqdn, secret_identifier: 'evs/vcenter' });
  const warned = (action: string) => logLines.some((l) => l['@level'] === 'warn' && String(l['@message']).startsWith(`${action} failed, but EVS shows`));

  it('update: the retry is refused ("is UPDATING"), the connector is waited for and the new value recorded', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    await w.emulator.control.resetCounters();
    proxy.loseNext('UpdateEnvironmentConnector', 1);
    const res = await applyConfig(w.provider, vcenter('vc2.example.internal'), created);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(res.newState).toMatchObject({ appliance_fqdn: 'vc2.example.internal', state: 'ACTIVE' });
    const counters = await w.emulator.control.getCounters();
    // The first attempt changed the connector; the SDK's retry met it UPDATING.
    expect(proxy.lost['UpdateEnvironmentConnector']).toBe(1);
    expect(counters.UpdateEnvironmentConnector).toMatchObject({ calls: 2, ok: 1, validation: 1 });
    expect(warned('update connector')).toBe(true);
    const [remote] = await w.emulator.control.listConnectors();
    expect(remote).toMatchObject({ applianceFqdn: 'vc2.example.internal', state: 'ACTIVE' });
  });

  it('delete: every answer lost (retries exhausted), the connector is seen DELETING and waited for', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    proxy.loseNext('DeleteEnvironmentConnector', 10);
    const res = await destroy(w.provider, created);
    expect(res).toEqual({ newState: null, diagnostics: [] });
    expect(proxy.lost['DeleteEnvironmentConnector']).toBe(3); // max_retries 2: three attempts
    expect(warned('delete connector')).toBe(true);
    expect(await w.emulator.control.listConnectors()).toEqual([]);
  });

  it('create: a lost answer leaves exactly one connector, recorded in state', async () => {
    proxy.loseNext('CreateEnvironmentConnector', 10);
    const res = await applyConfig(w.provider, vcenter(), null);
    // EVS made it during this very create: taken over without a warning to the user.
    expect(res.diagnostics).toEqual([]);
    const held = await w.emulator.control.listConnectors();
    expect(held).toHaveLength(1);
    expect(res.newState).toMatchObject({ connector_id: held[0]!.connectorId, state: 'ACTIVE' });
  });

  it('an update EVS really refused is still an error, with the advice for it', async () => {
    const created = (await applyConfig(w.provider, vcenter(), null)).newState!;
    // Changed out of band to a state that accepts no update: the read-back shows no change under way.
    await w.emulator.control.updateConnector(created['connector_id'] as string, { state: 'CREATE_FAILED' });
    const res = await applyConfig(w.provider, vcenter('vc2.example.internal'), { ...created });
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('Updating the EVS connector failed');
    expect(err!.detail).toMatch(/ValidationException: Connector .* is CREATE_FAILED; it can be updated when ACTIVE or UPDATE_FAILED/);
    expect(err!.detail).not.toMatch(/correct the listed arguments/i);
    expect(res.newState).toMatchObject({ appliance_fqdn: 'vcenter.example.internal', state: 'CREATE_FAILED' });
  });
});
