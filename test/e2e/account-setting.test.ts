/**
 * evs_account_setting end to end on one engine (nothing engine-specific): set, change in place,
 * drift from a Put made outside Terraform, destroy (a warning; EVS keeps the value), import by name.
 */
import { oneEngineTable } from '../support/engines';
import { Workspace } from '../support/workspace';
import { call } from '../emulator/support/aws-json';
import { useTestService } from './support/service';

const ADDR = 'evs_account_setting.cores';
const NAME = 'vcfPortedCoreCount';
const svc = useTestService();

const remote = async () => (await call(svc.url, 'GetAccountSettings', {})).body.settings as { name: string; value: string }[];

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('set, change in place, drift, destroy leaves the value with a warning, import by name', async () => {
    const ws = await Workspace.create(engine, { fixture: 'account-setting', endpoint: svc.url, vars: { cores: '256' } });
    await ws.apply();
    expect(await remote()).toEqual([{ name: NAME, value: '256' }]);
    expect((await ws.resource('data.evs_account_settings.all'))?.values['values']).toEqual({ [NAME]: '256' });

    ws.setVars({ cores: '512' });
    const change = await ws.planExitCode();
    expect(change.code).toBe(2);
    expect(change.result.stdout).toMatch(/0 to add, 1 to change, 0 to destroy/);
    await ws.apply();
    expect(await remote()).toEqual([{ name: NAME, value: '512' }]);
    expect((await ws.planExitCode()).code).toBe(0);

    // Changed outside Terraform: the plan puts it back in place.
    await call(svc.url, 'PutAccountSettings', { settings: [{ name: NAME, value: '100' }] });
    const drift = await ws.planExitCode(['-no-color']);
    expect(drift.code).toBe(2);
    expect(drift.result.stdout).toMatch(/~ value\s+= "100" -> "512"/);
    expect(drift.result.stdout).toMatch(/0 to add, 1 to change, 0 to destroy/);

    const destroyed = await ws.destroy(['-no-color']);
    const text = (destroyed.stdout + destroyed.stderr).replace(/\s+/g, ' ');
    expect(text).toContain(`Warning: EVS account setting ${NAME} keeps its value`);
    expect(text).toContain('it keeps the value "100" in EVS');
    expect(text).toContain(`aws evs put-account-settings --settings name=${NAME},value=NEW_VALUE`);
    expect(await ws.resource(ADDR)).toBeUndefined();
    expect(await remote()).toEqual([{ name: NAME, value: '100' }]);

    ws.setVars({ cores: '100' });
    await ws.ok(['import', ADDR, NAME]);
    expect((await ws.resource(ADDR))?.values).toMatchObject({ id: NAME, name: NAME, value: '100' });
    expect((await ws.planExitCode()).code).toBe(0);
  });
});
