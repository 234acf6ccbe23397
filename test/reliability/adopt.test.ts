/**
 * The create path when a connector of the type already exists (shared/adopt.ts): the create is
 * sent, EVS refuses it, and the existing connector is taken over only when it is most likely this
 * configuration's own interrupted create: an exact match, created within timeouts.create before
 * this create began, in a state a create leads to, and not made by EVS itself. Anything else fails
 * with the reason and the import block. In process against the real local EVS service; the
 * engine-level crash tests in crash.test.ts prove the recovery through SIGKILLed processes.
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

/** A connector made straight through the API moments ago, as a killed earlier apply leaves it. */
async function leftOver(fqdn = 'vcenter.example.internal', secret = SECRET): Promise<string> {
  const created = await applyConfig(w.provider, vcenter({ appliance_fqdn: fqdn, secret_identifier: secret }), null);
  expect(errors(created.diagnostics)).toEqual([]);
  await w.emulator.control.resetCounters();
  return created.newState!['connector_id'] as string;
}

/** EVS refused the one create that was sent, and holds exactly one connector. */
async function expectRefusedCreate(): Promise<void> {
  expect((await w.emulator.control.getCounters()).CreateEnvironmentConnector).toMatchObject({ calls: 1, ok: 0, validation: 1 });
  expect(await w.emulator.control.listConnectors()).toHaveLength(1);
}

function refusal(res: Awaited<ReturnType<typeof applyConfig>>, id: string) {
  expect(res.newState).toBeNull();
  const [err] = errors(res.diagnostics);
  expect(err!.summary).toBe('A VCENTER connector already exists');
  expect(err!.attribute).toEqual([{ attributeName: 'type' }]);
  expect(err!.detail).toContain(`import {\n  to = ${RESOURCE_CONNECTOR}.<name>\n  id = "${ENV_SELF}/${id}"\n}`);
  return err!.detail;
}

describe('taken over: this configuration’s interrupted create', () => {
  it('an exact match created moments before: adopted with a warning saying why, and no second connector', async () => {
    const id = await leftOver();
    const res = await applyConfig(w.provider, vcenter(), null);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(res.newState).toMatchObject({ connector_id: id, state: 'ACTIVE', appliance_fqdn: 'vcenter.example.internal' });
    const warning = res.diagnostics.find((d) => d.severity === 'warning');
    expect(warning?.summary).toBe(`Adopted the existing VCENTER connector ${id}`);
    expect(warning?.detail).toMatch(/created at \S+Z, \d+ms before this create began\) with exactly this appliance_fqdn and secret_identifier/);
    expect(warning?.detail).toMatch(/interrupted/);
    await expectRefusedCreate();
  });

  it('a match that differs only in FQDN case, keeping the configured spelling', async () => {
    const id = await leftOver('VCenter.Example.Internal');
    const res = await applyConfig(w.provider, vcenter(), null);
    expect(errors(res.diagnostics)).toEqual([]);
    expect(res.newState).toMatchObject({ connector_id: id, appliance_fqdn: 'vcenter.example.internal' });
  });
});

describe('never taken over: anything else fails with the reason and the import block', () => {
  it.each([
    ['another fqdn', { appliance_fqdn: 'other.example.internal' }, 'its appliance_fqdn is vcenter.example.internal (configured: other.example.internal)'],
    [
      'another secret',
      { secret_identifier: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/other-AbCdEf' },
      `its secret is ${SECRET} (configured: arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/other-AbCdEf)`,
    ],
  ])('an existing connector with %s', async (_what, over, reason) => {
    const id = await leftOver();
    const detail = refusal(await applyConfig(w.provider, vcenter(over), null), id);
    expect(detail).toContain(`It was not taken over because ${reason}.`);
    await expectRefusedCreate();
  });

  it('an exact match made longer ago than timeouts.create (by hand, or by another configuration)', async () => {
    const id = await leftOver();
    // The leftover waited ~150 ms for ACTIVE, so it is older than a 100 ms create timeout.
    const res = await applyConfig(w.provider, vcenter({ timeouts: { create: '100ms', update: null, delete: null } }), null);
    const detail = refusal(res, id);
    expect(detail).toMatch(/It was not taken over because it was created at \S+Z, \d+ms before this create began: longer ago than timeouts\.create \(100ms\)/);
    expect(res.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    await expectRefusedCreate();
  });

  it('the SDDC_MANAGER that EVS made itself, even when it matches exactly', async () => {
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
    const [err] = errors(res.diagnostics);
    expect(err!.summary).toBe('An SDDC_MANAGER connector already exists');
    expect(err!.detail).toContain('It was not taken over because EVS made it when it deployed VCF (VCF-5.2.1) in this environment.');
    expect(err!.detail).toContain(`env-vcf5200001/${sddc!.connectorId}`);
  });

  it.each([['DELETING'], ['UPDATE_FAILED']] as const)('an exact match that is %s (changed since its create)', async (state) => {
    const id = await leftOver();
    await w.emulator.control.setDurations({ deleteMs: 60_000 });
    try {
      await w.emulator.control.updateConnector(id, { state });
      const detail = refusal(await applyConfig(w.provider, vcenter(), null), id);
      expect(detail).toContain(`It was not taken over because it is ${state}.`);
    } finally {
      await w.emulator.control.setDurations({ deleteMs: 150 });
    }
  });
});
