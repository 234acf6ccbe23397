/**
 * Resource identity (Terraform ≥ 1.12, OpenTofu ≥ 1.12): every engine that has it stores the
 * connector's identity in state and adopts a connector from an `import` block that names it by
 * identity instead of an id string; a wrong identity is refused at plan naming the identity
 * attribute, and a connector type in place of the connector id is refused (an identity names one
 * connector). The same for a resource of another family (a host): adopted by its identity, a
 * malformed host name refused naming `host_name`.
 */
import { engineTableWith } from '../support/engines';
import { Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const ADDR = 'evs_environment_connector.this';
const svc = useTestService();

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
});
