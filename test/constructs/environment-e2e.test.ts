/**
 * The environment constructs end to end on one engine (what engines do differently is covered by
 * the provider's own tests): a stack of Environment with its ten VLANs laid out by
 * InitialVlans.fromCidrBlock and a public HCX VLAN, four InitialHosts, addHost, addConnector,
 * entitleVms, associateEip and the environment data sources is synthesized, then init / apply /
 * output / destroy run against the local EVS service with no CLI configuration. VPC, subnet and
 * secret are literal ids: the local service does not check them, and the AWS provider cannot run
 * offline.
 */
import './setup';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import {
  ConnectorSecret,
  ConnectorType,
  DataDepotUrl,
  DataEnvironmentHosts,
  DataEnvironmentVlans,
  DataVersions,
  Environment,
  EvsProvider,
  HcxAccess,
  InitialHost,
  InitialVlans,
  InstanceType,
  VcfVersion,
} from '../../src';
import { oneEngineTable } from '../support/engines';
import { applyAndDestroy, assertZeroConfigStack, cleanEnv, SCRATCH } from './support';

jest.setTimeout(600_000);

const KEY = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';
const FAST = 300;
let evs: RunningEmulator;

beforeAll(async () => {
  mkdirSync(SCRATCH, { recursive: true });
  evs = await startEmulator({
    durations: { createMs: FAST, updateMs: FAST, deleteMs: FAST, environmentCreateMs: FAST, environmentDeleteMs: FAST, hostCreateMs: FAST, hostDeleteMs: FAST },
  });
});
afterAll(() => evs?.close());

function synthStack(outdir: string): string {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'evs-environment');
  new EvsProvider(stack, 'evs', { region: 'us-east-1' });
  const host = { keyName: 'evs-key', instanceType: InstanceType.I4I_METAL };
  const env = new Environment(stack, 'environment', {
    environmentName: 'constructs-e2e',
    vpcId: 'vpc-0123456789abcdef0',
    serviceAccessSubnetId: 'subnet-0123456789abcdef0',
    vcfVersion: VcfVersion.VCF_5_2_1,
    termsAccepted: true,
    initialVlans: InitialVlans.fromCidrBlock('10.0.16.0/20', { hcxCidr: '203.0.113.0/28', hcxAccess: HcxAccess.publicWithAcl('acl-0123456789abcdef0') }),
    hosts: InitialHost.numbered('cx-esx', 4, host),
    licenseInfo: { solutionKey: KEY, vsanKey: KEY },
    vcfHostnames: {
      vcenter: 'cx-vc', nsx: 'cx-nsx', nsxManager1: 'cx-nsxm1', nsxManager2: 'cx-nsxm2', nsxManager3: 'cx-nsxm3',
      nsxEdge1: 'cx-edge1', nsxEdge2: 'cx-edge2', sddcManager: 'cx-sddc', cloudBuilder: 'cx-cb',
    },
    siteId: 'site-01',
    routeServerPeerings: ['rsp-0123456789abcdef0', 'rsp-0123456789abcdef1'],
    tags: { Project: 'constructs-e2e' },
  });
  const fifth = env.addHost('esx05', { hostName: 'cx-esx-05', ...host });
  const vcenter = env.addConnector('vcenter', {
    type: ConnectorType.VCENTER,
    applianceFqdn: 'vcenter.example.internal',
    secret: ConnectorSecret.fromArn('arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter-AbCdEf'),
  });
  const windows = vcenter.entitleVms('windows', { vmIds: ['vm-1001'] });
  const eip = env.associateEip('hcx1', { allocationId: 'eipalloc-0123456789abcdef0' });
  const hosts = new DataEnvironmentHosts(stack, 'hosts', { environmentId: env.environmentId, dependsOn: [fifth] });
  const vlans = new DataEnvironmentVlans(stack, 'vlans', { environmentId: env.environmentId, dependsOn: [eip] });
  const versions = new DataVersions(stack, 'versions');
  const depot = new DataDepotUrl(stack, 'depot', { environmentId: env.environmentId });
  const output = (name: string, value: unknown) => new TerraformOutput(stack, name, { value });
  output('environment_state', env.state);
  output('environment_arn', env.arn);
  output('credential_secret_arns', env.credentialSecretArns);
  output('host_names', `\${sort([for h in ${hosts.fqn}.hosts : h.host_name])}`);
  output('vlan_cidrs', `\${{for v in ${vlans.fqn}.vlans : v.vlan_name => v.cidr}}`);
  output('hcx_public', `\${[for v in ${vlans.fqn}.vlans : v.is_public if v.vlan_name == "hcx"]}`);
  output('eip_address', eip.ipAddress);
  output('connector_state', vcenter.state);
  output('entitled', windows.vms.get(0).status);
  output('vcf_versions', `\${[for v in ${versions.fqn}.vcf_versions : v.vcf_version]}`);
  output('depot_url_set', `\${nonsensitive(${depot.fqn}.depot_url) != ""}`);
  app.synth();
  return join(outdir, 'stacks', 'evs-environment');
}

describe.each(oneEngineTable())('environment constructs with %s', (_title, engine) => {
  test('apply a whole environment with its children and data sources against the local EVS service, then destroy', async () => {
    const out = mkdtempSync(join(SCRATCH, 'env-e2e-'));
    try {
      const stackDir = synthStack(out);
      assertZeroConfigStack(stackDir);
      const outputs = await applyAndDestroy(engine, stackDir, cleanEnv(evs.url));
      expect(outputs.environment_state).toBe('CREATED');
      expect(outputs.environment_arn).toMatch(/^arn:aws:evs:us-east-1:\d{12}:environment\/env-/);
      expect((outputs.credential_secret_arns as string[]).length).toBeGreaterThan(0);
      expect(outputs.host_names).toEqual(['cx-esx-01', 'cx-esx-02', 'cx-esx-03', 'cx-esx-04', 'cx-esx-05']);
      expect(outputs.vlan_cidrs).toEqual(expect.objectContaining({ vmkManagement: '10.0.16.0/24', hcx: '203.0.113.0/28', expansionVlan2: '10.0.24.0/24' }));
      expect(outputs.hcx_public).toEqual([true]);
      expect(outputs.eip_address).toMatch(/^203\.0\.113\./);
      expect(outputs.connector_state).toBe('ACTIVE');
      expect(outputs.entitled).toBe('CREATED');
      expect(outputs.vcf_versions).toEqual(expect.arrayContaining(['VCF-5.2.1']));
      expect(outputs.depot_url_set).toBe(true);
      expect((await evs.control.listConnectors()).filter((c) => c.state !== 'DELETED' && c.environmentId !== 'env-0000000001')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
