/**
 * Resource identity (Terraform ≥ 1.12, OpenTofu ≥ 1.12): every engine that has it stores the
 * connector's identity in state and adopts a connector from an `import` block that names it by
 * identity instead of an id string; a wrong identity is refused at plan naming the identity
 * attribute, and a connector type in place of the connector id is refused (an identity names one
 * connector). The same for a resource of another family (a host): adopted by its identity, a
 * malformed host name refused naming `host_name`. And the rest of a stack made by a first
 * configuration (an environment, its connectors, an entitlement, an Elastic IP association, an
 * account setting) adopted into a second one by identity alone.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { engineTableWith } from '../support/engines';
import { FIXTURES, Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const ADDR = 'evs_environment_connector.this';
const svc = useTestService();

beforeAll(() => svc.control.setDurations({ environmentCreateMs: 300, entitlementMs: 300 }));

/** An account setting, written beside the stack fixture in both configurations of the adoption test. */
const ACCOUNT_SETTING = 'resource "evs_account_setting" "cores" {\n  name  = "vcfPortedCoreCount"\n  value = "256"\n}\n';

function identityImport(identity: Record<string, string>, to = ADDR): string {
  const lines = Object.entries(identity).map(([k, v]) => `    ${k} = ${JSON.stringify(v)}`);
  return `import {\n  to = ${to}\n  identity = {\n${lines.join('\n')}\n  }\n}\n`;
}

describe.each(engineTableWith('identity'))('%s', (_name, engine) => {
  test('an import block with an identity adopts the connector, and state keeps the identity', async () => {
    const env = await svc.newEnvironment();
    const creator = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await creator.apply();
    const [held] = await svc.connectors(env);
    const identity = { environment_id: env, connector_id: held!.connectorId };
    // What a create stores: the identity the import block will name.
    expect(creator.rawState()!.resources![0]!.instances![0]).toMatchObject({ identity, identity_schema_version: 0 });

    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    ws.writeFile('import.tf', identityImport(identity));
    const plan = await ws.run(['plan']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/1 to import, 0 to add, 0 to change, 0 to destroy/);
    await ws.apply();

    expect((await ws.resource(ADDR))!.values).toMatchObject({
      id: `${env}/${held!.connectorId}`,
      connector_id: held!.connectorId,
      type: 'VCENTER',
      appliance_fqdn: held!.applianceFqdn,
      state: 'ACTIVE',
    });
    expect(ws.rawState()!.resources![0]!.instances![0]).toMatchObject({ identity });
    expect(await svc.connectors(env)).toHaveLength(1);
    expect((await ws.planExitCode()).code).toBe(0);
  });

  test.each([
    ['a malformed connector id', 'bogus!', /identity's connector_id \("bogus!"\) is not a connector id/],
    ['a connector type', 'VCENTER', /identity's connector_id is "VCENTER", a connector type/],
  ])('an identity with %s is refused at plan, naming the identity attribute; nothing is imported', async (_what, connectorId, message) => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    ws.writeFile('import.tf', identityImport({ environment_id: env, connector_id: connectorId }));
    const r = await ws.run(['plan']);
    expect(r.code).toBe(1);
    const out = r.stderr.replace(/\s+/g, ' ');
    expect(out).toContain('Invalid import identity');
    expect(out).toMatch(message);
    expect(out).not.toMatch(/Invalid import id\b/);
    expect(await ws.state()).toEqual([]);
  });

  test('a host: adopted from an identity import (state keeps the identity); a malformed host_name is refused naming it', async () => {
    const env = await svc.newEnvironment('VCF-5.2.1');
    const hostName = `esx-${env.slice(4)}-1`; // one of the four the local service seeds
    const host = `resource "evs_environment_host" "first" {\n  environment_id = "${env}"\n  host_name      = "${hostName}"\n  key_name       = "evs-hosts"\n  instance_type  = "i4i.metal"\n}\n`;
    const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
    ws.writeFile('host.tf', host);
    ws.writeFile('import.tf', identityImport({ environment_id: env, host_name: 'esx.01' }, 'evs_environment_host.first'));
    const bad = await ws.run(['plan']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.replace(/\s+/g, ' ')).toMatch(/Invalid import identity.*The identity's host_name \("esx.01"\) is not a host name/);

    const identity = { environment_id: env, host_name: hostName };
    ws.writeFile('import.tf', identityImport(identity, 'evs_environment_host.first'));
    expect((await ws.run(['plan'])).stdout).toMatch(/1 to import, 0 to add, 0 to change, 0 to destroy/);
    await ws.apply();
    expect(ws.rawState()!.resources![0]!.instances![0]).toMatchObject({ identity, identity_schema_version: 0 });
    expect((await ws.planExitCode()).code).toBe(0);
  });

  test('an environment, its connectors, an entitlement, an Elastic IP association and an account setting: adopted by identity, only imports planned, state keeps each identity', async () => {
    const started = Date.now();
    const suffix = randomBytes(4).toString('hex');
    const vars = { suffix, vpc_id: `vpc-${suffix}`, environment_name: `ident-${suffix}`, connectors: true, entitlement: true, eip: true };
    const creator = await Workspace.create(engine, { fixture: join(FIXTURES, 'stack'), endpoint: svc.url, vars });
    creator.writeFile('account.tf', ACCOUNT_SETTING);
    await creator.apply();
    const made = new Map((await creator.state()).filter((r) => r.mode === 'managed').map((r) => [r.address, r.values]));
    const env = made.get('evs_environment.this')!.environment_id as string;
    const connector = (address: string) => ({ environment_id: env, connector_id: made.get(address)!.connector_id as string });
    // Each identity from what names the object in EVS, not copied from the first state.
    const identities: Record<string, Record<string, string>> = {
      'evs_environment.this': { environment_id: env },
      'evs_environment_connector.vcenter[0]': connector('evs_environment_connector.vcenter[0]'),
      'evs_environment_connector.operations[0]': connector('evs_environment_connector.operations[0]'),
      'evs_vm_entitlement.windows[0]': { ...connector('evs_environment_connector.vcenter[0]'), entitlement_type: 'WINDOWS_SERVER' },
      'evs_vlan_eip_association.hcx[0]': { environment_id: env, vlan_name: 'hcx', allocation_id: `eipalloc-${suffix}` },
      'evs_account_setting.cores': { name: 'vcfPortedCoreCount' },
    };
    expect([...made.keys()].sort()).toEqual(Object.keys(identities).sort());

    const adopter = await Workspace.create(engine, { fixture: join(FIXTURES, 'stack'), endpoint: svc.url, vars });
    adopter.writeFile('account.tf', ACCOUNT_SETTING);
    adopter.writeFile('import.tf', Object.entries(identities).map(([to, identity]) => identityImport(identity, to)).join(''));
    const plan = await adopter.planJson();
    const managed = (plan.resource_changes ?? []).filter((c) => !c.address.startsWith('data.'));
    expect(managed.filter((c) => (c.change as { importing?: unknown }).importing).map((c) => c.address).sort()).toEqual(Object.keys(identities).sort());
    // Only the environment changes, in place: it records the initial VLANs and hosts EVS does not report.
    expect(Object.fromEntries(managed.filter((c) => c.change.actions.join() !== 'no-op').map((c) => [c.address, c.change.actions]))).toEqual({ 'evs_environment.this': ['update'] });
    await adopter.ok(['apply', 'e2e.tfplan']);

    const held = adopter.rawState()!.resources!.filter((r) => r.mode === 'managed');
    const address = (r: { type: string; name: string }, key: number | string | undefined) => `${r.type}.${r.name}${key === undefined ? '' : `[${key}]`}`;
    expect(Object.fromEntries(held.flatMap((r) => r.instances!.map((i) => [address(r, i.index_key), i.identity])))).toEqual(identities);
    expect((await adopter.planExitCode()).code).toBe(0);
    console.log(`${engine.name} ${engine.version}: adoption by identity in ${Date.now() - started} ms`);
  });
});
