/**
 * The create path after an interrupted create: an existing connector that matches the
 * configuration exactly is adopted (with a warning, no second create call); anything else keeps the
 * import guidance. In process against the real local EVS service; the engine-level crash tests in
 * crash.test.ts prove the same through SIGKILLed processes.
 */
import { RESOURCE_CONNECTOR } from '../../src/names';
import { applyConfig, connectorConfig, errors, startWorld, type World } from '../provider/resources/harness';

const ENV_SELF = 'env-selfdeploy';
const SECRET = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/vcenter-AbCdEf';
let w: World;

beforeAll(async () => {
  w = await startWorld();
  await w.emulator.control.seedEnvironments([{ id: ENV_SELF, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' }]);
});
afterAll(() => w.emulator.close());
beforeEach(async () => {
  for (const c of await w.emulator.control.listConnectors()) await w.emulator.control.deleteConnector(c.connectorId);
  await w.emulator.control.resetCounters();
});

const vcenter = (over: Record<string, unknown> = {}) =>
  connectorConfig({
    environment_id: ENV_SELF,
    type: 'VCENTER',
    appliance_fqdn: 'vcenter.example.internal',
    secret_identifier: SECRET,
    ...over,
  } as never);

/** A connector made straight through the API, as a killed earlier apply leaves it. */
async function leftOver(fqdn = 'vcenter.example.internal', secret = SECRET): Promise<string> {
  const created = await applyConfig(w.provider, vcenter({ appliance_fqdn: fqdn, secret_identifier: secret }), null);
  expect(errors(created.diagnostics)).toEqual([]);
  await w.emulator.control.resetCounters();
  return created.newState!['connector_id'] as string;
}

it('adopts an exact match (same type, fqdn and secret) with a warning and no create call', async () => {
  const id = await leftOver();
  const res = await applyConfig(w.provider, vcenter(), null);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ connector_id: id, state: 'ACTIVE', appliance_fqdn: 'vcenter.example.internal' });
  const warning = res.diagnostics.find((d) => d.severity === 'warning');
  expect(warning?.summary).toBe(`Adopted the existing VCENTER connector ${id}`);
  expect(warning?.detail).toMatch(/interrupted/);
  expect((await w.emulator.control.getCounters()).CreateEnvironmentConnector.calls).toBe(0);
  expect(await w.emulator.control.listConnectors()).toHaveLength(1);
});

it('adopts a match that differs only in FQDN case, keeping the configured spelling', async () => {
  const id = await leftOver('VCenter.Example.Internal');
  const res = await applyConfig(w.provider, vcenter(), null);
  expect(errors(res.diagnostics)).toEqual([]);
  expect(res.newState).toMatchObject({ connector_id: id, appliance_fqdn: 'vcenter.example.internal' });
});

it.each([
  ['another fqdn', { appliance_fqdn: 'other.example.internal' }],
  ['another secret', { secret_identifier: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/other-AbCdEf' }],
])('keeps the import guidance when the existing connector has %s', async (_what, over) => {
  const id = await leftOver();
  const res = await applyConfig(w.provider, vcenter(over), null);
  expect(res.newState).toBeNull();
  const [err] = errors(res.diagnostics);
  expect(err!.summary).toBe('A VCENTER connector already exists');
  expect(err!.detail).toContain(`terraform import ${RESOURCE_CONNECTOR}.vcenter ${ENV_SELF}/${id}`);
  expect((await w.emulator.control.getCounters()).CreateEnvironmentConnector.calls).toBe(0);
});

it('never silently adopts the SDDC_MANAGER that EVS made itself, even when it matches', async () => {
  await w.emulator.control.seedEnvironments([{ id: 'env-vcf5200001', state: 'CREATED', vcfVersion: 'VCF-5.2.1' }]);
  const [sddc] = (await w.emulator.control.listConnectors()).filter((c) => c.environmentId === 'env-vcf5200001');
  const res = await applyConfig(
    w.provider,
    vcenter({
      environment_id: 'env-vcf5200001',
      type: 'SDDC_MANAGER',
      appliance_fqdn: sddc!.applianceFqdn as string,
      secret_identifier: sddc!.secretArn as string,
    }),
    null,
  );
  expect(res.newState).toBeNull();
  expect(errors(res.diagnostics)[0]!.detail).toContain(`env-vcf5200001/${sddc!.connectorId}`);
});

it('does not adopt a connector that is being deleted', async () => {
  const id = await leftOver();
  await w.emulator.control.setDurations({ deleteMs: 60_000 });
  try {
    await w.emulator.control.updateConnector(id, { state: 'DELETING' });
    const res = await applyConfig(w.provider, vcenter(), null);
    expect(res.newState).toBeNull();
    expect(errors(res.diagnostics)[0]!.summary).toBe('A VCENTER connector already exists');
  } finally {
    await w.emulator.control.setDurations({ deleteMs: 150 });
  }
});
