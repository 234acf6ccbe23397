/**
 * The whole EVS stack on every engine, grown one step at a time against the local EVS service: a
 * VCF environment (four hosts, ten VLANs), its connectors, VM entitlements, a fifth host, an
 * Elastic IP on the public HCX VLAN, tags changed in place (default_tags too), everything imported
 * into a second workspace with import blocks, a host replaced, an environment replacement planned
 * (and refused under prevent_destroy), destroy. Each step
 * checks the plan's actions (from `show -json`), applies that saved plan, then wants an empty
 * plan and a state that matches what the service holds (asked over HTTP). The same stack in one
 * apply runs on one engine.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvsClient, GetEnvironmentCommand, ListTagsForResourceCommand } from '../../src/evs';
import { EmulatorControlClient } from '../../src/emulator/control-client';
import { engineTable, oneEngineTable } from '../support/engines';
import { FAKE_AWS, FIXTURES, type PlanJson, type StateResource, Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const svc = useTestService();
const FIXTURE = join(FIXTURES, 'stack');

const ENV = 'evs_environment.this';
const VCENTER = 'evs_environment_connector.vcenter[0]';
const OPERATIONS = 'evs_environment_connector.operations[0]';
const ENTITLEMENT = 'evs_vm_entitlement.windows[0]';
const HOST = 'evs_environment_host.fifth[0]';
const EIP = 'evs_vlan_eip_association.hcx[0]';

beforeAll(() =>
  svc.control.setDurations({ environmentCreateMs: 300, environmentDeleteMs: 300, hostCreateMs: 300, hostDeleteMs: 300, entitlementMs: 300 }),
);

/** Managed resources the plan changes, by address: their actions (no-ops left out). */
function changes(plan: PlanJson): Record<string, string[]> {
  return Object.fromEntries(
    (plan.resource_changes ?? [])
      .filter((c) => !c.address.startsWith('data.') && !c.address.includes('.data.') && c.change.actions.join() !== 'no-op')
      .map((c) => [c.address, c.change.actions]),
  );
}

describe.each(engineTable())('%s', (_name, engine) => {
  test('environment → connectors → entitlements → fifth host → Elastic IP → tags → import → replacements → destroy: each plan as expected, then empty, state as the service holds it', async () => {
    const started = Date.now();
    const suffix = randomBytes(4).toString('hex');
    const ws = await Workspace.create(engine, {
      fixture: FIXTURE,
      endpoint: svc.url,
      vars: { suffix, vpc_id: `vpc-${suffix}`, environment_name: `stack-${suffix}`, tags: { app: 'erp' }, default_tags: { team: 'vmware' } },
    });
    // What the service holds, asked over HTTP as any client would.
    const held = new EmulatorControlClient(svc.url);
    const evs = new EvsClient({ region: FAKE_AWS.AWS_REGION, endpoint: svc.url, credentials: { accessKeyId: FAKE_AWS.AWS_ACCESS_KEY_ID, secretAccessKey: FAKE_AWS.AWS_SECRET_ACCESS_KEY } });
    const timings: string[] = [];

    /** Plans with `vars`, checks the planned actions, applies that plan, then wants an empty plan. */
    async function step(name: string, vars: Record<string, unknown>, expected: Record<string, string[]>): Promise<Map<string, StateResource>> {
      const t0 = Date.now();
      ws.setVars(vars);
      expect({ step: name, changes: changes(await ws.planJson()) }).toEqual({ step: name, changes: expected });
      await ws.ok(['apply', 'e2e.tfplan']);
      const again = await ws.planExitCode();
      expect({ step: name, code: again.code, plan: again.code === 0 ? '' : again.result.stdout }).toEqual({ step: name, code: 0, plan: '' });
      timings.push(`${name} ${Date.now() - t0} ms`);
      return new Map((await ws.state()).filter((r) => r.mode === 'managed').map((r) => [r.address, r]));
    }

    /** The state's resources against what the service holds for the environment. */
    async function expectStateMatchesService(state: Map<string, StateResource>): Promise<void> {
      const env = state.get(ENV)!.values;
      const id = env.environment_id as string;
      const [environment] = (await held.listEnvironments()).filter((e) => e.environmentId === id);
      expect(environment).toMatchObject({ environmentState: env.state, environmentName: env.environment_name, vcfVersion: env.vcf_version, environmentArn: env.arn });
      expect((await evs.send(new ListTagsForResourceCommand({ resourceArn: env.arn as string }))).tags).toEqual(env.tags_all);
      const { environment: got } = await evs.send(new GetEnvironmentCommand({ environmentId: id }));
      expect({
        state_details: env.state_details,
        status: env.status,
        site_id: env.site_id,
        vpc_id: env.vpc_id,
        kms_key_id: env.kms_key_id,
        modified_at: env.modified_at,
        checks: (env.checks as Array<{ type: string; result: string }>).map((c) => [c.type, c.result]),
        credentials: (env.credentials as Array<{ secret_arn: string }>).map((c) => c.secret_arn),
      }).toEqual({
        state_details: got!.stateDetails ?? null,
        status: got!.environmentStatus,
        site_id: got!.siteId,
        vpc_id: got!.vpcId,
        kms_key_id: got!.kmsKeyId ?? null,
        modified_at: got!.modifiedAt!.toISOString(),
        checks: got!.checks!.map((c) => [c.type, c.result]),
        credentials: got!.credentials!.map((c) => c.secretArn),
      });

      const hosts = (await held.listHosts()).filter((h) => h.environmentId === id && h.hostState !== 'DELETED');
      const initial = (env.hosts as Array<{ host_name: string }>).map((h) => h.host_name);
      const fifth = state.get(HOST)?.values;
      expect(hosts.map((h) => h.hostName).sort()).toEqual([...initial, ...(fifth ? [fifth.host_name as string] : [])].sort());
      if (fifth) {
        expect(hosts.find((h) => h.hostName === fifth.host_name)).toMatchObject({ hostState: fifth.state, ipAddress: fifth.ip_address, ec2InstanceId: fifth.ec2_instance_id, keyName: fifth.key_name });
      }

      const connectors = await svc.connectors(id);
      const managed = [state.get(VCENTER), state.get(OPERATIONS)].filter((r) => r !== undefined).map((r) => r.values);
      for (const c of managed) {
        expect(connectors.find((h) => h.connectorId === c.connector_id)).toMatchObject({ type: c.type, applianceFqdn: c.appliance_fqdn, secretArn: c.secret_arn, state: c.state });
      }
      // Besides those: the SDDC Manager connector EVS made with the environment, which nothing here manages.
      expect(connectors.filter((c) => !managed.some((m) => m.connector_id === c.connectorId)).map((c) => c.type)).toEqual(['SDDC_MANAGER']);

      const entitled = (await held.listEntitlements())
        .filter((e) => e['environmentId'] === id && ['CREATING', 'CREATED', 'AT_RISK'].includes(e.status))
        .map((e) => e.vmId)
        .sort();
      expect(entitled).toEqual([...((state.get(ENTITLEMENT)?.values.vm_ids as string[] | undefined) ?? [])].sort());

      const hcx = (await held.listVlans()).find((v) => v.environmentId === id && v.functionName === 'hcx')!;
      const eip = state.get(EIP)?.values;
      expect(hcx.eipAssociations ?? []).toEqual(eip ? [{ associationId: eip.association_id, allocationId: eip.allocation_id, ipAddress: eip.ip_address }] : []);
    }

    // 1. The environment: four hosts and ten VLANs with it; the VCF version and instance type from evs_versions.
    let state = await step('environment', {}, { [ENV]: ['create'] });
    const env = state.get(ENV)!.values;
    const environmentId = env.environment_id as string;
    expect(env).toMatchObject({ state: 'CREATED', status: 'PASSED', vcf_version: 'VCF-5.2.2', tags: { app: 'erp' }, tags_all: { app: 'erp', team: 'vmware' } });
    expect((env.hosts as Array<{ instance_type: string }>).map((h) => h.instance_type)).toEqual(Array(4).fill('i4i.metal'));
    expect((await held.listVlans()).filter((v) => v.environmentId === environmentId)).toHaveLength(10);
    await expectStateMatchesService(state);

    // 2. Connectors: vCenter and VCF Operations made here, SDDC Manager (EVS made it) read by a data source.
    state = await step('connectors', { connectors: true }, { [VCENTER]: ['create'], [OPERATIONS]: ['create'] });
    const sddc = (await svc.connectors(environmentId)).find((c) => c.type === 'SDDC_MANAGER')!;
    expect((await ws.outputs()).sddc_connector_id).toBe(sddc.connectorId);
    await expectStateMatchesService(state);

    // 3. Windows Server entitlements for two VMs through the vCenter connector.
    state = await step('entitlement', { entitlement: true }, { [ENTITLEMENT]: ['create'] });
    await expectStateMatchesService(state);

    // 4. A fifth host.
    state = await step('host', { extra_host: true }, { [HOST]: ['create'] });
    expect(state.get(HOST)!.values).toMatchObject({ environment_id: environmentId, state: 'CREATED', instance_type: 'i4i.metal' });
    await expectStateMatchesService(state);

    // 5. An Elastic IP on the public VLAN that evs_environment_vlans names.
    state = await step('elastic ip', { eip: true }, { [EIP]: ['create'] });
    expect(state.get(EIP)!.values).toMatchObject({ environment_id: environmentId, vlan_name: 'hcx' });
    await expectStateMatchesService(state);

    // 6. Tags and default_tags changed: in place, nothing else moves.
    state = await step('tags', { tags: { app: 'crm', owner: 'ops' }, default_tags: { team: 'vmware', cost: 'lab' } }, { [ENV]: ['update'] });
    expect(state.get(ENV)!.values).toMatchObject({ environment_id: environmentId, tags: { app: 'crm', owner: 'ops' }, tags_all: { app: 'crm', owner: 'ops', team: 'vmware', cost: 'lab' } });
    await expectStateMatchesService(state);

    // Import blocks adopt the whole stack into a second workspace: the environment takes the
    // initial VLANs and hosts EVS does not report in place (no call), the rest as they are; then no changes.
    const importing = Date.now();
    const adopter = await Workspace.create(engine, { fixture: FIXTURE, endpoint: svc.url, vars: ws.currentVars() });
    adopter.writeFile('imports.tf', [...state].map(([to, r]) => `import {\n  to = ${to}\n  id = ${JSON.stringify(r.values.id)}\n}\n`).join(''));
    const adopting = await adopter.planJson();
    expect((adopting.resource_changes ?? []).filter((c) => (c.change as { importing?: unknown }).importing).map((c) => c.address).sort()).toEqual([...state.keys()].sort());
    expect(changes(adopting)).toEqual({ [ENV]: ['update'] });
    await adopter.ok(['apply', 'e2e.tfplan']);
    expect((await adopter.planExitCode()).code).toBe(0);
    timings.push(`import ${Date.now() - importing} ms`);

    // 7. An argument EVS cannot change: the host's key pair replaces the host (applied) ...
    const oldHost = state.get(HOST)!.values;
    state = await step('host replaced', { extra_host_key: 'evs-key-2' }, { [HOST]: ['delete', 'create'] });
    expect(state.get(HOST)!.values).toMatchObject({ host_name: oldHost.host_name, key_name: 'evs-key-2', state: 'CREATED' });
    expect(state.get(HOST)!.values.ec2_instance_id).not.toBe(oldHost.ec2_instance_id);
    await expectStateMatchesService(state);

    // ... and a new environment name plans the environment's replacement (everything on it with it),
    // which prevent_destroy refuses. Only planned. The docs warn of it at the argument and on the page.
    const page = readFileSync(join(__dirname, '..', '..', 'docs', 'resources', 'environment.md'), 'utf8');
    expect(page).toContain('**Replacing an environment destroys it and every VM on it.**');
    expect(page).toMatch(/^- `environment_name` \(String\) .*Changing it replaces the environment \(and destroys its VMs\)\.$/m);
    ws.setVars({ environment_name: `stack-${suffix}-2` });
    const replacing = await ws.planJson();
    const envChange = replacing.resource_changes!.find((c) => c.address === ENV)!;
    expect(envChange.change.actions).toEqual(['delete', 'create']);
    expect(envChange.change.replace_paths).toEqual([['environment_name']]);
    expect(changes(replacing)).toEqual({ [ENV]: ['delete', 'create'], [VCENTER]: ['delete', 'create'], [OPERATIONS]: ['delete', 'create'], [ENTITLEMENT]: ['delete', 'create'], [HOST]: ['delete', 'create'], [EIP]: ['delete', 'create'] });
    const main = readFileSync(join(ws.dir, 'main.tf'), 'utf8');
    ws.writeFile('main.tf', main.replace('prevent_destroy = false', 'prevent_destroy = true'));
    const refused = await ws.run(['plan']);
    expect(refused.code).toBe(1);
    // Terraform: "Instance cannot be destroyed … Resource evs_environment.this has lifecycle.prevent_destroy set";
    // OpenTofu: "Resource instance cannot be destroyed … evs_environment.this has prevent_destroy set".
    expect((refused.stdout + refused.stderr).replace(/\s+/g, ' ')).toMatch(/[Ii]nstance cannot be destroyed.*evs_environment\.this has (lifecycle\.)?prevent_destroy set/);
    ws.writeFile('main.tf', main);
    ws.setVars({ environment_name: `stack-${suffix}` });
    expect((await ws.planExitCode()).code).toBe(0);

    // 8. Destroy: everything the stack made is gone; the service holds nothing of the environment.
    const t0 = Date.now();
    const destroying = await ws.planJson(['-destroy']);
    expect(changes(destroying)).toEqual(Object.fromEntries([ENV, VCENTER, OPERATIONS, ENTITLEMENT, HOST, EIP].map((a) => [a, ['delete']])));
    await ws.ok(['apply', 'e2e.tfplan']);
    timings.push(`destroy ${Date.now() - t0} ms`);
    expect((await ws.state()).filter((r) => r.mode === 'managed')).toEqual([]);
    expect((await held.listEnvironments()).filter((e) => e.environmentId === environmentId && e.environmentState !== 'DELETED')).toEqual([]);
    expect((await held.listHosts()).filter((h) => h.environmentId === environmentId && h.hostState !== 'DELETED')).toEqual([]);
    expect(await svc.connectors(environmentId)).toEqual([]);
    expect((await held.listEntitlements()).filter((e) => e['environmentId'] === environmentId && e.status !== 'DELETED')).toEqual([]);

    // The time each step took, for the reader of the log (never asserted).
    console.log(`${engine.name} ${engine.version}: whole stack in ${Date.now() - started} ms (${timings.join(', ')})`);
  });
});

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('the whole stack in one apply: data sources read at apply, then an empty plan; destroy leaves nothing', async () => {
    const suffix = randomBytes(4).toString('hex');
    const ws = await Workspace.create(engine, {
      fixture: FIXTURE,
      endpoint: svc.url,
      vars: { suffix, vpc_id: `vpc-${suffix}`, environment_name: `stack-${suffix}`, connectors: true, entitlement: true, extra_host: true, eip: true, tags: { app: 'erp' }, default_tags: { team: 'vmware' } },
    });
    expect(Object.keys(changes(await ws.planJson())).sort()).toEqual([ENV, EIP, HOST, OPERATIONS, VCENTER, ENTITLEMENT].sort());
    await ws.ok(['apply', 'e2e.tfplan']);
    expect((await ws.planExitCode()).code).toBe(0);
    const environmentId = (await ws.outputs()).environment_id as string;
    expect((await svc.connectors(environmentId)).map((c) => c.type).sort()).toEqual(['OPERATIONS_MANAGER', 'SDDC_MANAGER', 'VCENTER']);
    await ws.destroy();
    expect((await ws.state()).filter((r) => r.mode === 'managed')).toEqual([]);
    expect(await svc.connectors(environmentId)).toEqual([]);
  });
});
