import './setup';
import { TerraformOutput, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import {
  ConnectorSecret,
  ConnectorType,
  DataDepotUrl,
  DataEnvironmentHosts,
  DataEnvironmentVlans,
  DataVersions,
  Environment,
  EnvironmentHost,
  HcxAccess,
  HostPlacement,
  InitialHost,
  InitialVlans,
  InstanceType,
  VcfVersion,
  VlanEipAssociation,
  type EnvironmentProps,
} from '../../src';
import { DATA_DEPOT_URL, DATA_ENVIRONMENT_HOSTS, DATA_ENVIRONMENT_VLANS, DATA_VERSIONS, RESOURCE_CONNECTOR, RESOURCE_ENVIRONMENT, RESOURCE_ENVIRONMENT_HOST, RESOURCE_VLAN_EIP_ASSOCIATION } from '../../src/names';

const ENV = 'env-abcdefghij';
const HOST = { keyName: 'ops', instanceType: InstanceType.I4I_METAL };
const VCF_HOSTNAMES = {
  vcenter: 'vcenter', nsx: 'nsx', nsxManager1: 'nsx-m1', nsxManager2: 'nsx-m2', nsxManager3: 'nsx-m3',
  nsxEdge1: 'nsx-e1', nsxEdge2: 'nsx-e2', sddcManager: 'sddc', cloudBuilder: 'cb',
};
const KEY = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';

function vcfProps(overrides: Partial<EnvironmentProps> = {}): EnvironmentProps {
  return {
    environmentName: 'lab',
    vpcId: 'vpc-0123456789abcdef0',
    serviceAccessSubnetId: 'subnet-0123456789abcdef0',
    vcfVersion: VcfVersion.VCF_5_2_2,
    termsAccepted: true,
    initialVlans: InitialVlans.fromCidrBlock('10.0.16.0/20'),
    hosts: InitialHost.numbered('esx', 4, HOST),
    licenseInfo: { solutionKey: KEY, vsanKey: KEY },
    vcfHostnames: VCF_HOSTNAMES,
    siteId: 'site-1',
    routeServerPeerings: ['rsp-0123456789abcdef0', 'rsp-0123456789abcdef1'],
    ...overrides,
  };
}

const environment = (scope: Construct, overrides: Partial<EnvironmentProps> = {}) => new Environment(scope, 'lab', vcfProps(overrides));

describe('Environment synthesis', () => {
  test('every argument reaches cdk.tf.json under its schema name; the VLANs are laid out from one block', () => {
    const out = Testing.synthScope((scope) => {
      environment(scope, {
        hosts: [
          InitialHost.of('esx-01', { ...HOST, placement: HostPlacement.placementGroup('pg-0123456789abcdef0') }),
          InitialHost.of('esx-02', { ...HOST, placement: HostPlacement.dedicatedHost('h-0123456789abcdef0') }),
          ...InitialHost.numbered('esx-x', 2, { keyName: 'ops', instanceType: InstanceType.of('i7i.metal-24xl') }),
        ],
        serviceAccessSecurityGroups: ['sg-0123456789abcdef0'],
        kmsKeyId: 'alias/evs',
        tags: { team: 'vmware' },
        timeouts: { create: '8h' },
        lifecycle: { preventDestroy: true },
      });
    });
    const env = JSON.parse(out).resource[RESOURCE_ENVIRONMENT].lab;
    expect(env).toEqual(expect.objectContaining({
      environment_name: 'lab',
      vpc_id: 'vpc-0123456789abcdef0',
      service_access_subnet_id: 'subnet-0123456789abcdef0',
      vcf_version: 'VCF-5.2.2',
      terms_accepted: true,
      site_id: 'site-1',
      kms_key_id: 'alias/evs',
      tags: { team: 'vmware' },
      timeouts: { create: '8h' },
      lifecycle: { prevent_destroy: true },
      license_info: { solution_key: KEY, vsan_key: KEY },
      connectivity_info: { private_route_server_peerings: ['rsp-0123456789abcdef0', 'rsp-0123456789abcdef1'] },
      service_access_security_groups: { security_groups: ['sg-0123456789abcdef0'] },
      vcf_hostnames: expect.objectContaining({ vcenter: 'vcenter', nsx_manager1: 'nsx-m1', sddc_manager: 'sddc', cloud_builder: 'cb' }),
    }));
    expect(env.initial_vlans).toEqual({
      vmk_management: { cidr: '10.0.16.0/24' },
      vm_management: { cidr: '10.0.17.0/24' },
      vmotion: { cidr: '10.0.18.0/24' },
      vsan: { cidr: '10.0.19.0/24' },
      vtep: { cidr: '10.0.20.0/24' },
      edge_vtep: { cidr: '10.0.21.0/24' },
      nsx_uplink: { cidr: '10.0.22.0/24' },
      hcx: { cidr: '10.0.23.0/24' },
      expansion_vlan1: { cidr: '10.0.24.0/24' },
      expansion_vlan2: { cidr: '10.0.25.0/24' },
    });
    expect(env.hosts).toEqual([
      { host_name: 'esx-01', key_name: 'ops', instance_type: 'i4i.metal', placement_group_id: 'pg-0123456789abcdef0' },
      { host_name: 'esx-02', key_name: 'ops', instance_type: 'i4i.metal', dedicated_host_id: 'h-0123456789abcdef0' },
      { host_name: 'esx-x-01', key_name: 'ops', instance_type: 'i7i.metal-24xl' },
      { host_name: 'esx-x-02', key_name: 'ops', instance_type: 'i7i.metal-24xl' },
    ]);
  });

  test('fromCidrBlock picks the largest VLAN size the block holds, or the one given; a public HCX VLAN takes its own /28', () => {
    expect(InitialVlans.fromCidrBlock('10.0.0.0/24').cidrs).toEqual(expect.objectContaining({ vmkManagement: '10.0.0.0/28', expansionVlan2: '10.0.0.144/28' }));
    expect(InitialVlans.fromCidrBlock('10.0.0.0/21').cidrs).toEqual(expect.objectContaining({ vmManagement: '10.0.0.128/25', expansionVlan2: '10.0.4.128/25' }));
    expect(InitialVlans.fromCidrBlock('10.0.0.0/16', { vlanPrefixLength: 26 }).cidrs.expansionVlan2).toBe('10.0.2.64/26');
    const vlans = InitialVlans.fromCidrBlock('10.0.0.0/20', { hcxCidr: '198.51.100.0/28', hcxAccess: HcxAccess.publicWithAcl('acl-0123456789abcdef0') });
    expect(vlans.cidrs).toEqual(expect.objectContaining({ nsxUplink: '10.0.6.0/24', hcx: '198.51.100.0/28', expansionVlan1: '10.0.7.0/24', expansionVlan2: '10.0.8.0/24' }));
    const out = Testing.synthScope((scope) => environment(scope, { initialVlans: vlans }));
    const initial = JSON.parse(out).resource[RESOURCE_ENVIRONMENT].lab.initial_vlans;
    expect(initial).toEqual(expect.objectContaining({ is_hcx_public: true, hcx_network_acl_id: 'acl-0123456789abcdef0', hcx: { cidr: '198.51.100.0/28' } }));
  });

  test('fromCidrBlock refuses blocks that cannot hold the VLANs, naming the block', () => {
    expect(() => InitialVlans.fromCidrBlock('10.0.0.0/25')).toThrow('InitialVlans.fromCidrBlock("10.0.0.0/25"): a /25 cannot hold 10 VLAN subnets of /28 (smallest) to /24; give a /24 or larger block.');
    expect(() => InitialVlans.fromCidrBlock('10.0.0.0/22', { vlanPrefixLength: 24 })).toThrow(/a \/22 holds 4 \/24 subnets, not the 10 VLANs/);
    expect(() => InitialVlans.fromCidrBlock('10.0.0.0/16', { vlanPrefixLength: 23 })).toThrow(/vlanPrefixLength 23 is not a VLAN subnet size/);
    expect(() => InitialVlans.fromCidrBlock('10.0.0.1/20')).toThrow(/host bits set/);
    expect(() => InitialVlans.fromCidrBlock('10.0.0/20')).toThrow(/"10.0.0\/20" is not valid; expected an IPv4 CIDR block/);
  });

  test('a SELF_DEPLOYED environment leaves out the VCF blocks', () => {
    const out = Testing.synthScope((scope) => {
      new Environment(scope, 'self', {
        vpcId: 'vpc-0123456789abcdef0',
        serviceAccessSubnetId: 'subnet-0123456789abcdef0',
        vcfVersion: VcfVersion.SELF_DEPLOYED,
        termsAccepted: true,
        initialVlans: InitialVlans.fromCidrBlock('10.1.0.0/24'),
      });
    });
    const env = JSON.parse(out).resource[RESOURCE_ENVIRONMENT].self;
    expect(Object.keys(env).sort()).toEqual(['initial_vlans', 'service_access_subnet_id', 'terms_accepted', 'vcf_version', 'vpc_id']);
  });

  test('addHost, addConnector and associateEip make children beside the environment, wired to its id', () => {
    const out = Testing.synthScope((scope) => {
      const env = environment(scope, { initialVlans: InitialVlans.fromCidrBlock('10.0.0.0/20', { hcxCidr: '198.51.100.0/28', hcxAccess: HcxAccess.publicWithAcl('acl-0123456789abcdef0') }) });
      env.addHost('esx05', { hostName: 'esx-05', ...HOST, esxVersion: 'ESXi-8.0U3', timeouts: { create: '4h' } });
      const vcenter = env.addConnector('vcenter', { type: ConnectorType.VCENTER, applianceFqdn: 'vcenter.example.internal', secret: ConnectorSecret.fromName('evs/vcenter') });
      vcenter.entitleVms('windows', { vmIds: ['vm-1001'] });
      env.associateEip('hcx1', { allocationId: 'eipalloc-0123456789abcdef0' });
      new TerraformOutput(scope, 'secrets', { value: env.credentialSecretArns });
      new TerraformOutput(scope, 'healthy', { value: env.healthy });
      new TerraformOutput(scope, 'arn', { value: env.arn });
    });
    const json = JSON.parse(out);
    const ref = '${evs_environment.lab.environment_id}';
    expect(json.resource[RESOURCE_ENVIRONMENT_HOST].esx05).toEqual({
      environment_id: ref, host_name: 'esx-05', key_name: 'ops', instance_type: 'i4i.metal', esx_version: 'ESXi-8.0U3', timeouts: { create: '4h' },
    });
    expect(json.resource[RESOURCE_CONNECTOR].vcenter).toEqual(expect.objectContaining({ environment_id: ref, type: 'VCENTER', secret_identifier: 'evs/vcenter' }));
    expect(json.resource.evs_vm_entitlement.windows.connector_id).toBe('${evs_environment_connector.vcenter.connector_id}');
    expect(json.resource[RESOURCE_VLAN_EIP_ASSOCIATION].hcx1).toEqual({ environment_id: ref, allocation_id: 'eipalloc-0123456789abcdef0' });
    expect(json.output.secrets.value).toBe('${evs_environment.lab.credentials[*].secret_arn}');
    expect(json.output.healthy.value).toBe('${(evs_environment.lab.status == "PASSED")}');
    expect(json.output.arn.value).toBe('${evs_environment.lab.arn}');
  });

  test('the host and association constructs stand alone too', () => {
    const out = Testing.synthScope((scope) => {
      new EnvironmentHost(scope, 'h', { environmentId: ENV, hostName: 'esx-06', keyName: 'ops', instanceType: InstanceType.R7I_METAL_48XL, placement: HostPlacement.dedicatedHost('h-0123456789abcdef0') });
      new VlanEipAssociation(scope, 'a', { environmentId: ENV, allocationId: 'eipalloc-1', vlanName: 'hcx' });
    });
    expect(out).toHaveResourceWithProperties(EnvironmentHost, { environment_id: ENV, instance_type: 'r7i.metal-48xl', dedicated_host_id: 'h-0123456789abcdef0' });
    expect(out).toHaveResourceWithProperties(VlanEipAssociation, { environment_id: ENV, allocation_id: 'eipalloc-1', vlan_name: 'hcx' });
  });

  test('a VCF version or instance type newer than the pinned model passes synth (the provider judges it at plan)', () => {
    const out = Testing.synthScope((scope) => {
      environment(scope, { vcfVersion: VcfVersion.of('VCF-9.0.0'), hosts: InitialHost.numbered('esx', 4, { keyName: 'ops', instanceType: InstanceType.of('i8i.metal-96xl') }) });
    });
    const env = JSON.parse(out).resource[RESOURCE_ENVIRONMENT].lab;
    expect(env.vcf_version).toBe('VCF-9.0.0');
    expect(env.hosts[0].instance_type).toBe('i8i.metal-96xl');
  });

  test('references are left to the engine', () => {
    const out = Testing.synthScope((scope) => {
      const hosts = new DataEnvironmentHosts(scope, 'hosts', { environmentId: ENV });
      environment(scope, { vpcId: hosts.environmentId, hosts: InitialHost.numbered(hosts.hosts.get(0).hostName, 4, HOST), tags: { owner: hosts.environmentId } });
    });
    expect(out).toHaveResourceWithProperties(Environment, { vpc_id: '${data.evs_environment_hosts.hosts.environment_id}' });
  });
});

describe('environment data sources', () => {
  test('synthesize their arguments', () => {
    const out = Testing.synthScope((scope) => {
      new DataVersions(scope, 'versions');
      new DataEnvironmentHosts(scope, 'hosts', { environmentId: ENV });
      new DataEnvironmentVlans(scope, 'vlans', { environmentId: ENV });
      new DataDepotUrl(scope, 'depot', { environmentId: ENV, rotate: true });
    });
    const data = JSON.parse(out).data;
    expect(data[DATA_VERSIONS].versions).toEqual({});
    expect(data[DATA_ENVIRONMENT_HOSTS].hosts).toEqual({ environment_id: ENV });
    expect(data[DATA_ENVIRONMENT_VLANS].vlans).toEqual({ environment_id: ENV });
    expect(data[DATA_DEPOT_URL].depot).toEqual({ environment_id: ENV, rotate: true });
  });
});

describe('bad environment input is refused at synth, naming the property', () => {
  const synth = (overrides: Partial<EnvironmentProps>) => () => Testing.synthScope((s) => environment(s, overrides));
  const vlans = (cidrs: Partial<InitialVlans['cidrs']>, hcxAccess?: HcxAccess) =>
    InitialVlans.fromCidrs({ ...InitialVlans.fromCidrBlock('10.0.16.0/20').cidrs, ...cidrs }, { hcxAccess });
  const cases: Array<[string, () => void, RegExp]> = [
    ['vpcId', synth({ vpcId: 'vpc-0123456789ABCDEF0' }), /lab: invalid vpcId: "vpc-0123456789ABCDEF0" is not valid; expected "vpc-" followed by 8 or 17/],
    ['serviceAccessSubnetId', synth({ serviceAccessSubnetId: 'subnet-0123456789abcdefg' }), /invalid serviceAccessSubnetId: "subnet-0123456789abcdefg" is not valid/],
    ['environmentName', synth({ environmentName: 'my lab' }), /invalid environmentName: "my lab" is not valid/],
    ['termsAccepted', synth({ termsAccepted: false }), /invalid termsAccepted: is false; EVS creates an environment only once you accept the VCF licence terms/],
    ['VLAN too large', synth({ initialVlans: vlans({ vsan: '10.0.0.0/23' }) }), /invalid initialVlans.vsan: 10.0.0.0\/23 is a \/23; VLAN subnets are \/28 \(smallest\) to \/24 \(largest\)/],
    ['VLAN host bits', synth({ initialVlans: vlans({ vtep: '10.1.0.1/24' }) }), /invalid initialVlans.vtep: 10.1.0.1\/24 has host bits set/],
    ['VLAN overlap', synth({ initialVlans: vlans({ expansionVlan2: '10.0.16.128/25' }) }), /invalid initialVlans.expansionVlan2: 10.0.16.128\/25 overlaps initialVlans.vmkManagement; VLAN subnets must not overlap/],
    ['VLAN pattern', synth({ initialVlans: vlans({ hcx: '10.0.300.0/24' }) }), /invalid initialVlans.hcx: "10.0.300.0\/24" is not valid; expected an IPv4 CIDR block/],
    ['public HCX size', synth({ initialVlans: vlans({}, HcxAccess.publicWithAcl('acl-0123456789abcdef0')) }), /invalid initialVlans.hcx: 10.0.23.0\/24 must be a \/28 from a public IPAM pool for a public HCX VLAN/],
    ['public HCX ACL', synth({ initialVlans: vlans({ hcx: '198.51.100.0/28' }, HcxAccess.publicWithAcl('nacl-1')) }), /invalid initialVlans.hcxAccess: "nacl-1" is not valid; expected "acl-"/],
    ['three hosts', synth({ hosts: InitialHost.numbered('esx', 3, HOST) }), /invalid hosts: has 3 hosts; CreateEnvironment takes exactly 4. Add more hosts afterwards with addHost \(an environment holds 4 to 32\)/],
    ['duplicate host', synth({ hosts: [...InitialHost.numbered('esx', 3, HOST), InitialHost.of('ESX-02', HOST)] }), /invalid hosts\[3\].hostName: hosts\[1\] already uses the host name "ESX-02"; each host needs its own/],
    ['host name', synth({ hosts: [...InitialHost.numbered('esx', 3, HOST), InitialHost.of('esx.04', HOST)] }), /invalid hosts\[3\].hostName: "esx.04" is not valid; expected a host name of letters, digits and hyphens/],
    ['key name', synth({ hosts: [...InitialHost.numbered('esx', 3, HOST), InitialHost.of('esx-04', { ...HOST, keyName: 'my key' })] }), /invalid hosts\[3\].keyName: "my key" is not valid/],
    ['placement group', synth({ hosts: [...InitialHost.numbered('esx', 3, HOST), InitialHost.of('esx-04', { ...HOST, placement: HostPlacement.placementGroup('pg-x') })] }), /invalid hosts\[3\].placement: "pg-x" is not valid; expected "pg-"/],
    ['SELF_DEPLOYED with hosts', synth({ vcfVersion: VcfVersion.SELF_DEPLOYED }), /invalid hosts: EVS refuses hosts when vcfVersion is SELF_DEPLOYED/],
    ['VCF without siteId', synth({ siteId: undefined }), /lab: invalid siteId: is missing; EVS deploys VCF into a VCF-5.2.2 environment and needs it. Add siteId, or choose VcfVersion.SELF_DEPLOYED/],
    ['VCF without routeServerPeerings', synth({ routeServerPeerings: undefined }), /lab: invalid routeServerPeerings: is missing; EVS deploys VCF/],
    ['licence key', synth({ licenseInfo: { solutionKey: 'ABC', vsanKey: KEY } }), /invalid licenseInfo.solutionKey: "ABC" is not valid; expected a VCF licence key/],
    ['VCF host names unique', synth({ vcfHostnames: { ...VCF_HOSTNAMES, nsxEdge2: 'NSX-E1' } }), /invalid vcfHostnames.nsxEdge2: repeats the host name of vcfHostnames.nsxEdge1 \("NSX-E1"\)/],
    ['route server peerings', synth({ routeServerPeerings: ['rsp-0123456789abcdef0'] }), /invalid routeServerPeerings: has 1 items; it takes exactly 2/],
    ['security groups', synth({ serviceAccessSecurityGroups: ['sg-1', 'sg-2', 'sg-3'] }), /invalid serviceAccessSecurityGroups: has 3 items; it takes 0 to 2/],
    ['tag value', synth({ tags: { team: 'a b' } }), /invalid tags\["team"\]: "a b" is not valid/],
    ['host esxVersion', () => Testing.synthScope((s) => new EnvironmentHost(s, 'h', { environmentId: ENV, hostName: 'esx-05', ...HOST, esxVersion: 'x'.repeat(129) })), /h: invalid esxVersion: is 129 characters long, more than the 128 allowed/],
    ['host environmentId', () => Testing.synthScope((s) => new EnvironmentHost(s, 'h', { environmentId: 'env-1', hostName: 'esx-05', ...HOST })), /h: invalid environmentId: "env-1"/],
    ['allocationId', () => Testing.synthScope((s) => new VlanEipAssociation(s, 'a', { environmentId: ENV, allocationId: 'eip-012345678' })), /a: invalid allocationId: "eip-012345678" is not valid; expected "eipalloc-"/],
    ['associateEip on a private HCX VLAN', () => Testing.synthScope((s) => environment(s).associateEip('hcx1', { allocationId: 'eipalloc-1' })), /lab: invalid initialVlans.hcxAccess: the HCX VLAN is private, so Elastic IPs cannot be associated with it \(associateEip "hcx1"\)/],
    ['data hosts environmentId', () => Testing.synthScope((s) => new DataEnvironmentHosts(s, 'd', { environmentId: 'x' })), /d: invalid environmentId: "x" is not valid/],
    ['data vlans environmentId', () => Testing.synthScope((s) => new DataEnvironmentVlans(s, 'd', { environmentId: 'x' })), /d: invalid environmentId: "x" is not valid/],
    ['depot environmentId', () => Testing.synthScope((s) => new DataDepotUrl(s, 'd', { environmentId: 'x' })), /d: invalid environmentId: "x" is not valid/],
  ];
  test.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(message);
  });

  test('nested properties are named as Python and Go spell them', () => {
    const previous = process.env.JSII_AGENT;
    try {
      process.env.JSII_AGENT = 'Python/3.12.1';
      expect(synth({ initialVlans: vlans({ edgeVtep: '10.0.0.0/23' }) })).toThrow(/invalid initial_vlans.edge_vtep: 10.0.0.0\/23 is a \/23/);
      process.env.JSII_AGENT = 'go1.25.1/linux/amd64';
      expect(synth({ initialVlans: vlans({ edgeVtep: '10.0.0.0/23' }) })).toThrow(/invalid InitialVlans.EdgeVtep: 10.0.0.0\/23 is a \/23/);
    } finally {
      if (previous === undefined) delete process.env.JSII_AGENT;
      else process.env.JSII_AGENT = previous;
    }
  });
});
