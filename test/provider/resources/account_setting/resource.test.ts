/** evs_account_setting and data "evs_account_settings" against the local EVS service. */
import { DATA_ACCOUNT_SETTINGS, RESOURCE_ACCOUNT_SETTING } from '../../../../src/names';
import type { ObjectValue } from '../../../../src/provider/protocol/provider-api';
import { call } from '../../../emulator/support/aws-json';
import { applyConfig, configOf, destroy, errors, expectEmptyPlan, expectForgotten, logLines, plan, read, startWorld, type World } from '../harness';

const T = RESOURCE_ACCOUNT_SETTING;
const NAME = 'vcfPortedCoreCount';
let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w?.emulator.close());

const cfg = (value: string, name = NAME) => configOf(T, { name, value });
const remote = async () => (await call(w.emulator.url, 'GetAccountSettings', {})).body.settings as { name: string; value: string }[];
const readData = () => w.provider.readDataSource({ typeName: DATA_ACCOUNT_SETTINGS, config: configOf(DATA_ACCOUNT_SETTINGS, {}, true) });
const putOutOfBand = (value: string) => call(w.emulator.url, 'PutAccountSettings', { settings: [{ name: NAME, value }] });

test('set, change in place, drift from an out-of-band Put, import by name and identity, destroy forgets it with a warning and leaves the value', async () => {
  expect((await readData()).state).toEqual({ settings: [], values: {} });

  const created = await applyConfig(w.provider, cfg('256'), null, T);
  expect(errors(created.diagnostics)).toEqual([]);
  expect(created.newState).toEqual({ id: NAME, name: NAME, value: '256' });
  expect(await remote()).toEqual([{ name: NAME, value: '256' }]);
  let state = await expectEmptyPlan(w.provider, cfg('256'), created.newState!, T);

  const changed = await applyConfig(w.provider, cfg('512'), state, T);
  expect(errors(changed.diagnostics)).toEqual([]);
  expect(changed.planned.requiresReplace).toEqual([]);
  expect(await remote()).toEqual([{ name: NAME, value: '512' }]);
  state = changed.newState!;

  await putOutOfBand('100');
  const refreshed = await read(w.provider, state, T);
  expect(refreshed.newState).toMatchObject({ value: '100' });
  const drift = await plan(w.provider, cfg('512'), refreshed.newState, T);
  expect(drift.plannedState).toMatchObject({ value: '512' });
  expect(drift.requiresReplace).toEqual([]);

  const data = await readData();
  expect(data.diagnostics).toEqual([]);
  expect(data.state).toEqual({ settings: [{ name: NAME, value: '100' }], values: { [NAME]: '100' } });

  for (const how of [{ id: NAME }, { id: '', identity: { name: NAME } }]) {
    const imported = await w.provider.importResourceState({ typeName: T, id: how.id, ...(how.identity && { identity: how.identity }) });
    expect(imported.diagnostics).toEqual([]);
    const got = await read(w.provider, imported.importedResources[0]!.state as ObjectValue, T);
    expect(got.newState).toEqual({ id: NAME, name: NAME, value: '100' });
  }

  const gone = await destroy(w.provider, refreshed.newState!, T);
  expect(errors(gone.diagnostics)).toEqual([]);
  expect(gone.diagnostics).toEqual([
    expect.objectContaining({ severity: 'warning', summary: `EVS account setting ${NAME} keeps its value`, detail: expect.stringMatching(/keeps the value "100".*put-account-settings/) }),
  ]);
  expect(await remote()).toEqual([{ name: NAME, value: '100' }]);
});

test('lost answers: every PutAccountSettings answer lost, yet the value is set and recorded once read back', async () => {
  const before = logLines.length;
  await w.emulator.control.setFaults({ loseNextAnswers: { operation: 'PutAccountSettings', count: 10 } });
  const res = await applyConfig(w.provider, cfg('777'), null, T);
  await w.emulator.control.clearFaults();
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ value: '777' });
  expect(await remote()).toEqual([{ name: NAME, value: '777' }]);
  expect(logLines.slice(before).some((l) => l['@level'] === 'warn' && String(l['@message']).startsWith('put account setting failed, but EVS shows'))).toBe(true);
});

test('a refused Put (throttled past the retries) says why and records nothing; the prior state stays on a failed change', async () => {
  await w.emulator.control.setFaults({ throttleRate: 1, operations: ['PutAccountSettings'] });
  const res = await applyConfig(w.provider, cfg('5'), null, T);
  const changed = await applyConfig(w.provider, cfg('6'), { id: NAME, name: NAME, value: '777' }, T);
  await w.emulator.control.clearFaults();
  expect(errors(res.diagnostics)[0]).toMatchObject({ summary: 'Setting the EVS account setting failed', detail: expect.stringMatching(/PutAccountSettings.*RequestID/) });
  expect(res.newState).toBeNull();
  expect(errors(changed.diagnostics)[0]!.summary).toBe('Changing the EVS account setting failed');
  expect(changed.newState).toMatchObject({ value: '777' });
  expect(await remote()).toEqual([{ name: NAME, value: '777' }]);
});

test('a setting EVS does not list is dropped from state with a warning', async () => {
  const fresh = await startWorld();
  try {
    await expectForgotten(fresh.provider, { id: NAME, name: NAME, value: '1' }, T, {
      summary: 'EVS account setting not found: removed from the Terraform state',
      detail: `EVS lists no value for the account setting ${NAME} in the provider's Region. If the resource is still configured, the next plan sets its value again.`,
    });
  } finally {
    await fresh.emulator.close();
  }
});

test('bad names and values are refused at validate with their attribute, bad import ids and identities name what is wrong; no EVS call', async () => {
  const calls = async () => Object.values(await w.emulator.control.getCounters()).reduce((n, c) => n + (c as { calls: number }).calls, 0);
  await w.emulator.control.resetCounters();
  const cases: [ObjectValue, string, RegExp][] = [
    [cfg('1', 'vcf_ported_core_count'), 'name', /letters or digits/],
    [cfg('1', 'portedCores'), 'name', /not an EVS account setting.*vcfPortedCoreCount/],
    [cfg('1000001'), 'value', /not valid for vcfPortedCoreCount; expected a whole number of cores from 0 to 1000000/],
    [cfg('12.5'), 'value', /letters or digits/],
    [cfg('twelve'), 'value', /not valid for vcfPortedCoreCount/],
  ];
  for (const [c, attribute, says] of cases) {
    const diags = errors(await w.provider.validateResourceConfig(T, c));
    expect(diags).toEqual([expect.objectContaining({ attribute: [{ attributeName: attribute }], detail: expect.stringMatching(says) })]);
  }
  for (const [id, identity, says] of [
    ['cores', undefined, /import id "cores" is not an EVS account setting/],
    ['', { name: 'vcf ported' }, /identity's name .*letters or digits/],
  ] as const) {
    const r = await w.provider.importResourceState({ typeName: T, id, ...(identity && { identity }) });
    expect(errors(r.diagnostics)[0]!.detail).toMatch(says);
  }
  expect(await calls()).toBe(0);
});
