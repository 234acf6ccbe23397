/**
 * Changes made outside Terraform (drift), adopting existing connectors with the `import` command and
 * with `import` blocks, and the guidance when a connector of the type already exists. Refresh and
 * both imports run on every engine; the provider's own messages and the drift variants on one.
 */
import { engineTable, oneEngineTable } from '../support/engines';
import { actionsFor, Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const ADDR = 'evs_environment_connector.this';
const svc = useTestService();

function importBlock(id: string): string {
  return `import {\n  to = ${ADDR}\n  id = ${JSON.stringify(id)}\n}\n`;
}

describe.each(engineTable())('%s', (_name, engine) => {
  test('a connector deleted out of band is planned for creation and re-created', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const [held] = await svc.connectors(env);
    await svc.control.deleteConnector(held!.connectorId);

    const { code, result } = await ws.planExitCode(['-no-color']);
    expect(code).toBe(2);
    expect(result.stdout).toMatch(/1 to add, 0 to change, 0 to destroy/);
    // The refresh says why: the provider's warning reaches the engine's output.
    const said = (result.stdout + result.stderr).replace(/\s+/g, ' ');
    expect(said).toContain('Warning: EVS connector not found: removed from the Terraform state');
    expect(said).toContain(`EVS connector ${held!.connectorId} was not found in environment ${env}. If the resource is still configured, the next plan creates the connector again.`);
    await ws.apply();

    const now = await svc.connectors(env);
    expect(now).toHaveLength(1);
    expect(now[0]!.connectorId).not.toBe(held!.connectorId);
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(now[0]!.connectorId);
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });

  test('the import command adopts a connector by environment_id/connector_id and by environment_id/TYPE', async () => {
    const env = await svc.newEnvironment();
    const creator = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await creator.apply();
    const [held] = await svc.connectors(env);

    for (const id of [`${env}/${held!.connectorId}`, `${env}/VCENTER`]) {
      const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
      await ws.ok(['import', ADDR, id]);
      expect((await ws.resource(ADDR))!.values).toMatchObject({
        id: `${env}/${held!.connectorId}`,
        connector_id: held!.connectorId,
        environment_id: env,
        type: 'VCENTER',
        appliance_fqdn: held!.applianceFqdn,
        secret_identifier: held!.secretArn,
        state: 'ACTIVE',
      });
      expect((await ws.planExitCode()).code).toBe(0);
    }
    expect(await svc.connectors(env)).toHaveLength(1);
  });

  test('an import block adopts a connector on apply', async () => {
    const env = await svc.newEnvironment();
    const creator = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await creator.apply();
    const [held] = await svc.connectors(env);

    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    ws.writeFile('import.tf', importBlock(`${env}/${held!.connectorId}`));
    const plan = await ws.run(['plan']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/1 to import, 0 to add, 0 to change, 0 to destroy/);
    await ws.apply();
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(held!.connectorId);
    expect(await svc.connectors(env)).toHaveLength(1);
    expect((await ws.planExitCode()).code).toBe(0);
  });
});

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('an fqdn changed out of band is planned back and restored', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    await ws.apply();
    const [held] = await svc.connectors(env);
    await svc.control.updateConnector(held!.connectorId, { applianceFqdn: 'someone-else.example.internal' });

    const plan = await ws.planJson();
    expect(actionsFor(plan, ADDR)).toEqual(['update']);
    const change = plan.resource_changes!.find((c) => c.address === ADDR)!.change;
    expect(change.before).toMatchObject({ appliance_fqdn: 'someone-else.example.internal' });
    expect(change.after).toMatchObject({ appliance_fqdn: 'vcenter.example.internal' });
    await ws.apply();

    const [after] = await svc.connectors(env);
    expect(after).toMatchObject({ connectorId: held!.connectorId, applianceFqdn: 'vcenter.example.internal' });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
  });

  test('a malformed import id is refused with a clear error', async () => {
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env } });
    const r = await ws.run(['import', ADDR, 'not-an-id']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/environment_id\/connector_id|environment_id\/TYPE/);
    expect(await ws.state()).toEqual([]);
  });

  test('creating an SDDC_MANAGER that EVS already made fails with the exact import to adopt it', async () => {
    const env = await svc.newEnvironment('VCF-5.2.1');
    const [existing] = await svc.connectors(env);
    expect(existing).toMatchObject({ type: 'SDDC_MANAGER' });

    const vars = {
      environment_id: env,
      type: 'SDDC_MANAGER',
      appliance_fqdn: existing!.applianceFqdn,
      secret_identifier: existing!.secretArn,
    };
    // With a timeouts block: after an import it is the one thing the next apply sets, locally.
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { ...vars, create_timeout: '20m' } });
    const r = await ws.run(['apply', '-auto-approve']);
    expect(r.code).toBe(1);
    const out = r.stderr.replace(/\s+/g, ' ');
    expect(out).toMatch(/already/i);
    expect(out).toContain('import');
    expect(out).toContain(`${env}/${existing!.connectorId}`);
    expect(out).toContain(ADDR);
    expect(await svc.connectors(env)).toHaveLength(1);
    expect((await ws.state()).filter((s) => s.mode === 'managed')).toEqual([]);

    // Following the guidance adopts it; recording the timeouts block calls no EVS write.
    ws.writeFile('import.tf', importBlock(`${env}/${existing!.connectorId}`));
    const writes = async (): Promise<number> => {
      const c = await svc.control.getCounters();
      return c.CreateEnvironmentConnector.calls + c.UpdateEnvironmentConnector.calls + c.DeleteEnvironmentConnector.calls;
    };
    const writesBefore = await writes();
    await ws.apply();
    expect(await writes()).toBe(writesBefore);
    expect((await ws.resource(ADDR))!.values.connector_id).toBe(existing!.connectorId);
    expect((await ws.planExitCode()).code).toBe(0);
  });
});
