/**
 * List resources (`terraform query` with `.tfquery.hcl` files, Terraform ≥ 1.14): the connectors
 * of one environment or of every environment, by type, with the identity of each and, when asked,
 * the whole resource; the bulk-import path (`-generate-config-out`, then apply imports each one by
 * identity with no EVS write); bad `config` refused with its attribute. The same for environments
 * (by state) and hosts. On engines without list resources the provider serves the same schema and
 * every other test passes on them (engines.test.ts checks each engine starts and plans with it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFeatures, engineTable, engineTableWith } from '../support/engines';
import { Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const svc = useTestService();
const TYPE = 'evs_environment_connector';

interface Found {
  address: string;
  display_name: string;
  identity: { environment_id: string; connector_id: string; host_name?: string };
  resource_object?: Record<string, unknown>;
}

function listBlock(name: string, config: Record<string, string | string[]>, extra = '', type = TYPE): string {
  const lines = Object.entries(config).map(([k, v]) => `    ${k} = ${JSON.stringify(v)}`);
  return `list "${type}" "${name}" {\n  provider = evs\n${extra}  config {\n${lines.join('\n')}\n  }\n}\n`;
}

/** The results of `query -json`, by list address. */
async function query(ws: Workspace): Promise<Map<string, Found[]>> {
  const r = await ws.ok(['query', '-json']);
  const out = new Map<string, Found[]>();
  for (const line of r.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const msg = JSON.parse(line) as { type: string; list_resource_found?: Found };
    if (msg.type !== 'list_resource_found') continue;
    const f = msg.list_resource_found!;
    out.set(f.address, [...(out.get(f.address) ?? []), f]);
  }
  return out;
}

const rows = engineTableWith('listResources');

/** The local service seeds a VCF environment's four hosts with the key pair `evs-hosts`. */
const hostTf = (name: string, environmentId: string, hostName: string) =>
  `resource "evs_environment_host" "${name}" {\n  environment_id = "${environmentId}"\n  host_name      = "${hostName}"\n  key_name       = "evs-hosts"\n  instance_type  = "i4i.metal"\n}\n`;

// The provider serves list resources and identity schemas for every resource; engines without
// list resources (or without identity) must work with it as before.
const older = engineTable().filter(([, e]) => !engineFeatures(e).listResources);
if (older.length > 0) describe.each(older)('%s (no list resources)', (_name, engine) => {
  test('creates a host, plans clean, and imports one of the initial hosts by id', async () => {
    const env = await svc.newEnvironment('VCF-5.2.1');
    const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
    ws.writeFile('host.tf', hostTf('fifth', env, `esx-05-${env.slice(-6)}`));
    await ws.apply();
    ws.writeFile(
      'import.tf',
      hostTf('first', env, `esx-${env.slice(4)}-1`) + `import {\n  to = evs_environment_host.first\n  id = "${env}/esx-${env.slice(4)}-1"\n}\n`,
    );
    expect((await ws.run(['plan'])).stdout).toMatch(/1 to import, 0 to add, 0 to change, 0 to destroy/);
    await ws.apply();
    expect((await ws.state()).map((s) => s.values.id).sort()).toEqual([`${env}/esx-${env.slice(4)}-1`, `${env}/esx-05-${env.slice(-6)}`].sort());
    expect((await ws.planExitCode()).code).toBe(0);
  });
});
if (rows.length === 0) {
  test('list resources: no engine here has them (Terraform ≥ 1.14 is built with the kit beside the checkout; required in CI)', () => {
    expect(process.env.CI === 'true' || process.env.CI === '1').toBe(false);
  });
} else {
  describe.each(rows)('%s', (_name, engine) => {
    let vcf: string;
    let selfDeployed: string;
    beforeAll(async () => {
      vcf = await svc.newEnvironment('VCF-5.2.1'); // EVS made its SDDC_MANAGER connector
      selfDeployed = await svc.newEnvironment();
      const maker = await Workspace.create(engine, { fixture: 'all-types', endpoint: svc.url, vars: { environment_id: selfDeployed } });
      await maker.apply();
    }, 120_000);

    test('lists one environment, every environment by type, with identities, resources when asked and the limit', async () => {
      const held = await svc.connectors(selfDeployed);
      const [sddcOfVcf] = await svc.connectors(vcf);
      const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      ws.writeFile(
        'find.tfquery.hcl',
        listBlock('here', { environment_id: selfDeployed }) +
          listBlock('sddc', { type: 'SDDC_MANAGER' }, '  include_resource = true\n') +
          listBlock('one', { environment_id: selfDeployed }, '  limit = 1\n'),
      );
      const found = await query(ws);

      const here = found.get(`list.${TYPE}.here`)!;
      expect(here.map((f) => f.identity).sort((a, b) => a.connector_id.localeCompare(b.connector_id))).toEqual(
        held.map((c) => ({ environment_id: selfDeployed, connector_id: c.connectorId })).sort((a, b) => a.connector_id.localeCompare(b.connector_id)),
      );
      for (const f of here) {
        const c = held.find((h) => h.connectorId === f.identity.connector_id)!;
        expect(f.display_name).toBe(`${c.type} ${c.applianceFqdn} (${selfDeployed}/${c.connectorId})`);
        expect(f.resource_object).toBeUndefined();
      }

      const sddc = found.get(`list.${TYPE}.sddc`)!;
      const ids = sddc.map((f) => f.identity.connector_id);
      expect(ids).toEqual(expect.arrayContaining([sddcOfVcf!.connectorId, held.find((c) => c.type === 'SDDC_MANAGER')!.connectorId]));
      for (const f of sddc) expect(f.resource_object).toMatchObject({ type: 'SDDC_MANAGER', state: 'ACTIVE', connector_id: f.identity.connector_id });
      expect(sddc.find((f) => f.identity.environment_id === vcf)!.resource_object).toMatchObject({
        id: `${vcf}/${sddcOfVcf!.connectorId}`,
        appliance_fqdn: sddcOfVcf!.applianceFqdn,
        secret_identifier: sddcOfVcf!.secretArn,
      });

      expect(found.get(`list.${TYPE}.one`)).toHaveLength(1);
    });

    test('bulk import: query -generate-config-out writes resources and identity imports; apply adopts them with no EVS write', async () => {
      const held = await svc.connectors(selfDeployed);
      const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      ws.writeFile('find.tfquery.hcl', listBlock('found', { environment_id: selfDeployed }));
      await ws.ok(['query', '-generate-config-out=generated.tf']);
      expect(readFileSync(join(ws.dir, 'generated.tf'), 'utf8')).toMatch(/identity = \{/);

      const writes = async () => {
        const c = await svc.control.getCounters();
        return c.CreateEnvironmentConnector.calls + c.UpdateEnvironmentConnector.calls + c.DeleteEnvironmentConnector.calls;
      };
      const before = await writes();
      const plan = await ws.run(['plan']);
      expect(plan.stdout).toMatch(/3 to import, 0 to add, 0 to change, 0 to destroy/);
      await ws.apply();
      expect(await writes()).toBe(before);
      const state = (await ws.state()).filter((s) => s.mode === 'managed');
      expect(state.map((s) => s.values.connector_id).sort()).toEqual(held.map((c) => c.connectorId).sort());
      expect((await ws.planExitCode()).code).toBe(0);
    });

    test('a bad config is refused naming its attribute; an unknown environment is an error, not an empty list', async () => {
      const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      ws.writeFile('find.tfquery.hcl', listBlock('bad', { type: 'NSX' }));
      let r = await ws.run(['query']);
      expect(r.code).toBe(1);
      // Pointed at the argument inside the config block, not at the list block.
      expect(r.stderr.replace(/\s+/g, ' ')).toMatch(/Invalid value for type .*type = "NSX" .*not one of OPERATIONS_MANAGER, SDDC_MANAGER, VCENTER/);

      ws.writeFile('find.tfquery.hcl', listBlock('missing', { environment_id: 'env-0000000999' }));
      r = await ws.run(['query']);
      expect(r.code).toBe(1);
      expect(r.stderr.replace(/\s+/g, ' ')).toMatch(/EVS environment not found.*env-0000000999/);
    });
  });
}

if (rows.length > 0) {
  describe.each(rows)('%s: environments and hosts', (_name, engine) => {
    test('query lists environments by state and the hosts of one (the initial four too); -generate-config-out imports them with no EVS write and plans clean', async () => {
      const env = await svc.newEnvironment('VCF-5.2.1');
      const maker = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      maker.writeFile('host.tf', hostTf('fifth', env, `esx-05-${env.slice(-6)}`));
      await maker.apply();
      const hostName = `esx-05-${env.slice(-6)}`;

      const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      ws.writeFile(
        'find.tfquery.hcl',
        listBlock('created', { states: ['CREATED'] }, '  include_resource = true\n', 'evs_environment') +
          listBlock('failed', { states: ['CREATE_FAILED'] }, '', 'evs_environment') +
          listBlock('hosts', { environment_id: env }, '', 'evs_environment_host'),
      );
      const found = await query(ws);
      const mine = found.get('list.evs_environment.created')!.find((f) => f.identity.environment_id === env)!;
      expect(mine.identity).toEqual({ environment_id: env });
      expect(mine.display_name).toContain(`(${env})`);
      expect(mine.resource_object).toMatchObject({ id: env, vcf_version: 'VCF-5.2.1', state: 'CREATED' });
      expect(found.get('list.evs_environment.failed')).toBeUndefined();
      // EVS does not mark the four initial hosts, so they are listed with the one added later.
      const hosts = found.get('list.evs_environment_host.hosts')!.map((f) => f.identity);
      expect(hosts).toHaveLength(5);
      expect(hosts).toContainEqual({ environment_id: env, host_name: hostName });

      const importer = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      importer.writeFile('find.tfquery.hcl', listBlock('found', { environment_id: env }, '', 'evs_environment_host'));
      await importer.ok(['query', '-generate-config-out=generated.tf']);
      expect(readFileSync(join(importer.dir, 'generated.tf'), 'utf8')).toMatch(/identity = \{/);
      const writes = async () => {
        const c = await svc.control.getCounters();
        return c.CreateEnvironmentHost.calls + c.DeleteEnvironmentHost.calls;
      };
      const before = await writes();
      expect((await importer.run(['plan'])).stdout).toMatch(/5 to import, 0 to add, 0 to change, 0 to destroy/);
      await importer.apply();
      expect(await writes()).toBe(before);
      expect((await importer.state()).filter((s) => s.mode === 'managed').map((s) => s.values.id)).toContain(`${env}/${hostName}`);
      expect((await importer.planExitCode()).code).toBe(0);
    });

    test('VM entitlements with their connector: -generate-config-out imports both, no EVS write, and plans clean', async () => {
      await svc.control.setDurations({ entitlementMs: 300 });
      const env = await svc.newEnvironment('VCF-5.2.1');
      const maker = await Workspace.create(engine, { fixture: 'entitlement', endpoint: svc.url, vars: { environment_id: env, vm_ids: ['vm-1001', 'vm-1002'] } });
      await maker.apply();
      const [vcenter] = (await svc.connectors(env)).filter((c) => c.type === 'VCENTER');

      const ws = await Workspace.create(engine, { fixture: 'common', endpoint: svc.url });
      ws.writeFile(
        'find.tfquery.hcl',
        listBlock('vcenter', { environment_id: env, type: 'VCENTER' }) + listBlock('windows', { environment_id: env }, '', 'evs_vm_entitlement'),
      );
      const found = await query(ws);
      expect(found.get('list.evs_vm_entitlement.windows')!.map((f) => [f.identity, f.display_name])).toEqual([
        [{ environment_id: env, connector_id: vcenter!.connectorId, entitlement_type: 'WINDOWS_SERVER' }, `WINDOWS_SERVER for 2 VMs through vcenter.example.internal (${env}/${vcenter!.connectorId})`],
      ]);
      await ws.ok(['query', '-generate-config-out=generated.tf']);
      const writes = async () => {
        const c = await svc.control.getCounters();
        return c.CreateEntitlement.calls + c.DeleteEntitlement.calls + c.CreateEnvironmentConnector.calls + c.UpdateEnvironmentConnector.calls;
      };
      const before = await writes();
      expect((await ws.run(['plan'])).stdout).toMatch(/2 to import, 0 to add, 0 to change, 0 to destroy/);
      await ws.apply();
      expect(await writes()).toBe(before);
      expect((await ws.resource('evs_vm_entitlement.windows_0'))!.values).toMatchObject({ vm_ids: ['vm-1001', 'vm-1002'] });
      expect((await ws.planExitCode()).code).toBe(0);
    });
  });
}
