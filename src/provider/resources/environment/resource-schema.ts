import { checkEnum, COUNT_CONSTRAINTS, deploysVcf, HOST_COUNT, type VcfDeploymentMember, type VcfVersion } from '../../../evs/constraints';
import { requiresReplace, requiresReplaceOnceRecorded, useStateForUnknown } from '../../framework/modifiers';
import { attr } from '../../framework/path';
import type { Resource } from '../../framework/resource';
import { attribute, defineSchema, type AttributeDef, type BlockDef, type ConfigValidator } from '../../framework/schema';
import { timeoutsBlock } from '../../framework/timeouts';
import { constraint, listConstraint, nonBlank, oneOfEnum } from '../../framework/validators';
import { isKnown, isPlainObject } from '../../framework/values';
import { vlanLayoutProblems } from '../../../evs/vlan-rules';
import { TAG_ATTRIBUTES } from '../shared/tags';
import { environmentDataSourceSchema } from './schema';

/**
 * The schema of the `evs_environment` resource. EVS has no update for environments: every
 * argument but `tags` replaces it. Nested arguments are blocks named after the CreateEnvironment
 * members (snake_case), so they read like the API and like `data "evs_environment"`.
 */

export const DEFAULT_TIMEOUTS = { create: '6h', delete: '2h' } as const;

const REPLACES = ' Changing it replaces the environment (and destroys its VMs).';
const RR = [requiresReplace()];
/** Optional arguments EVS fills when left out: the reported value is kept, a configured change replaces. */
const KEEP_RR = [useStateForUnknown(), requiresReplace()];
const KEEP = [useStateForUnknown()];
const reported = environmentDataSourceSchema.attributes;
/** A computed attribute shared with the data source, stable across in-place (tag) updates. */
const kept = <A extends AttributeDef>(a: A): A => ({ ...a, planModifiers: KEEP });

const vlan = (what: string): BlockDef => ({
  nesting: 'single',
  minItems: 1,
  maxItems: 1,
  description: `The ${what} VLAN subnet.`,
  attributes: {
    cidr: attribute.string({ required: true, description: 'IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.', validators: [constraint('cidr')] }),
  },
});

/** The ten VLANs of CreateEnvironment's `initialVlans`, by member name (snake_case). */
export const INITIAL_VLANS = {
  vmk_management: 'vmkManagement',
  vm_management: 'vmManagement',
  vmotion: 'vMotion',
  vsan: 'vSan',
  vtep: 'vTep',
  edge_vtep: 'edgeVTep',
  nsx_uplink: 'nsxUplink',
  hcx: 'hcx',
  expansion_vlan1: 'expansionVlan1',
  expansion_vlan2: 'expansionVlan2',
} as const;

const VLAN_WORDS: Record<keyof typeof INITIAL_VLANS, string> = {
  vmk_management: 'VMkernel management',
  vm_management: 'VM management',
  vmotion: 'vMotion',
  vsan: 'vSAN',
  vtep: 'host overlay (TEP)',
  edge_vtep: 'edge overlay (TEP)',
  nsx_uplink: 'NSX uplink',
  hcx: 'HCX',
  expansion_vlan1: 'first expansion',
  expansion_vlan2: 'second expansion',
};

/** The VCF appliance host names of `vcfHostnames`, by member name (snake_case). */
export const VCF_HOSTNAMES = {
  vcenter: 'vCenter',
  nsx: 'nsx',
  nsx_manager1: 'nsxManager1',
  nsx_manager2: 'nsxManager2',
  nsx_manager3: 'nsxManager3',
  nsx_edge1: 'nsxEdge1',
  nsx_edge2: 'nsxEdge2',
  sddc_manager: 'sddcManager',
  cloud_builder: 'cloudBuilder',
} as const;

const hostnameAttr = (what: string) =>
  attribute.string({ required: true, description: `Host name of ${what} (no domain; it must resolve in the VPC's DNS domain).`, validators: [constraint('hostName')] });

/** The host arguments CreateEnvironment and CreateEnvironmentHost share (HostInfoForCreate). */
export const HOST_ARGUMENTS = {
  host_name: attribute.string({ required: true, description: 'DNS host name of the ESX host, unique across EVS environments and in VCF, e.g. `esx-01`.', validators: [constraint('hostName')] }),
  key_name: attribute.string({ required: true, description: 'Name of the EC2 key pair for the host\'s instance.', validators: [constraint('keyName')] }),
  instance_type: attribute.string({ required: true, description: 'EC2 bare-metal instance type, e.g. `i4i.metal` (data source `evs_versions` lists them).', validators: [oneOfEnum('InstanceType')] }),
  placement_group_id: attribute.string({ optional: true, description: 'Cluster or partition placement group, e.g. `pg-0123456789abcdef0`. Not together with `dedicated_host_id`.', validators: [constraint('placementGroupId')] }),
  dedicated_host_id: attribute.string({ optional: true, description: 'EC2 Dedicated Host, e.g. `h-0123456789abcdef0`. Not together with `placement_group_id`.', validators: [constraint('dedicatedHostId')] }),
};

/** The arguments of the VCF deployment: every version but SELF_DEPLOYED needs them, SELF_DEPLOYED refuses them. */
const VCF_DEPLOYMENT_ARGUMENTS: Record<VcfDeploymentMember, { name: string; what: string }> = {
  licenseInfo: { name: 'license_info', what: 'a license_info block with the VCF solution key and the vSAN key' },
  hosts: { name: 'hosts', what: `${COUNT_CONSTRAINTS.hosts.min} hosts blocks` },
  vcfHostnames: { name: 'vcf_hostnames', what: 'a vcf_hostnames block naming the VCF appliances' },
  siteId: { name: 'site_id', what: 'your Broadcom Site ID' },
  connectivityInfo: { name: 'connectivity_info', what: 'a connectivity_info block with the two route server peers of the NSX uplink' },
};

const isSet = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

/** Cross-argument rules of the model: SELF_DEPLOYED exclusions, 4 hosts, one of placement group or dedicated host, unique host names, HCX ACL. */
const environmentRules: ConfigValidator = (config, diags) => {
  const version = config['vcf_version'];
  if (typeof version === 'string' && checkEnum('VcfVersion', version) === null) {
    for (const { name, what } of Object.values(VCF_DEPLOYMENT_ARGUMENTS)) {
      const given = isSet(config[name]);
      if (!deploysVcf(version as VcfVersion) && given) {
        diags.error(`${name} with SELF_DEPLOYED`, `EVS refuses ${name} when vcf_version is SELF_DEPLOYED (it makes only the VLAN subnets: no hosts, no VCF install). Remove ${name}, or choose a VCF version.`, attr(name));
      } else if (deploysVcf(version as VcfVersion) && !given) {
        diags.error(`Missing ${name}`, `EVS deploys VCF into a ${version} environment and needs ${what} for it. Add ${name}, or choose SELF_DEPLOYED to have EVS make only the VLAN subnets.`, attr(name));
      }
    }
  }
  const hosts = config['hosts'];
  if (Array.isArray(hosts)) {
    const { min, max } = COUNT_CONSTRAINTS.hosts;
    if (hosts.length > 0 && (hosts.length < min || hosts.length > max)) {
      diags.error('Wrong number of hosts', `It has ${hosts.length} hosts blocks; CreateEnvironment takes exactly ${min}. Add more hosts afterwards with evs_environment_host (an environment holds ${HOST_COUNT.min} to ${HOST_COUNT.max}).`, attr('hosts'));
    }
    const seen = new Map<string, number>();
    hosts.forEach((h, i) => {
      if (!isPlainObject(h)) return;
      if (isKnown(h['placement_group_id']) && isKnown(h['dedicated_host_id'])) {
        diags.error('placement_group_id with dedicated_host_id', 'A host goes on a placement group or on a dedicated host, not both: remove one of the two.', attr('hosts').index(i).attr('dedicated_host_id'));
      }
      const name = h['host_name'];
      if (typeof name !== 'string') return;
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) {
        diags.error('Duplicate host name', `hosts[${first}] already uses the host name ${JSON.stringify(name)}; each host needs its own.`, attr('hosts').index(i).attr('host_name'));
      } else seen.set(name.toLowerCase(), i);
    });
  }
  const names = config['vcf_hostnames'];
  if (isPlainObject(names)) {
    const seen = new Map<string, string>();
    for (const key of Object.keys(VCF_HOSTNAMES)) {
      const v = names[key];
      if (typeof v !== 'string') continue;
      const other = seen.get(v.toLowerCase());
      if (other) diags.error('Duplicate VCF host name', `${key} repeats the host name of ${other} (${JSON.stringify(v)}); each VCF appliance needs its own.`, attr('vcf_hostnames', key));
      else seen.set(v.toLowerCase(), key);
    }
  }
  const vlans = config['initial_vlans'];
  if (isPlainObject(vlans) && vlans['is_hcx_public'] === true && vlans['hcx_network_acl_id'] === null) {
    diags.error('Missing hcx_network_acl_id', 'A public HCX VLAN (is_hcx_public = true) needs hcx_network_acl_id, the network ACL of the public HCX subnet.', attr('initial_vlans', 'is_hcx_public'));
  }
  if (isPlainObject(vlans)) {
    const path = (k: string) => `initial_vlans.${k}.cidr`;
    const given = Object.keys(INITIAL_VLANS).flatMap((k) => {
      const cidr = isPlainObject(vlans[k]) ? vlans[k]['cidr'] : undefined;
      return typeof cidr === 'string' ? [{ name: k, cidr }] : [];
    });
    for (const p of vlanLayoutProblems(given, path, vlans['is_hcx_public'] === true ? 'hcx' : undefined)) {
      diags.error('Invalid VLAN subnet', `${path(p.name)} ${p.problem}`, attr('initial_vlans', p.name, 'cidr'));
    }
  }
};

export const environmentSchema = defineSchema({
  version: 0,
  description:
    'An Amazon EVS environment: the VLAN subnets, the four initial ESX hosts and the VCF installation in your VPC. Creating one takes hours (default timeout `6h`).\n\n' +
    '**Replacing an environment destroys it and every VM on it.** EVS cannot change an environment: every argument except `tags` replaces it, and the plan marks such a change `# forces replacement`. ' +
    'Add `lifecycle { prevent_destroy = true }` to keep a plan from ever replacing or destroying it.\n\n' +
    'The four hosts in `hosts` belong to this resource; hosts added later are `evs_environment_host` resources. Destroying the environment first removes every host still in it.',
  attributes: {
    id: attribute.string({ computed: true, description: 'ID of the environment (the same as `environment_id`; also the import id).', planModifiers: KEEP }),
    environment_id: attribute.string({ computed: true, description: 'ID of the environment, e.g. `env-0123456789`.', planModifiers: KEEP }),
    environment_name: attribute.string({
      optional: true,
      computed: true,
      description: `Name of the environment, unique per account and Region (1–100 letters, digits, \`_\` or \`-\`).${REPLACES}`,
      validators: [constraint('environmentName')],
      planModifiers: KEEP_RR,
    }),
    vpc_id: attribute.string({ required: true, description: `The VPC (one EVS environment per VPC; all its subnets in one Availability Zone).${REPLACES}`, validators: [constraint('vpcId')], planModifiers: RR }),
    service_access_subnet_id: attribute.string({
      required: true,
      description: `The subnet EVS uses for its control-plane link (DNS checks, connectors).${REPLACES}`,
      validators: [constraint('subnetId')],
      planModifiers: RR,
    }),
    vcf_version: attribute.string({
      required: true,
      description: `VCF version: \`VCF-5.2.1\` or \`VCF-5.2.2\` (EVS deploys VCF: then \`hosts\`, \`license_info\`, \`vcf_hostnames\`, \`site_id\` and \`connectivity_info\` are required), or \`SELF_DEPLOYED\` (EVS makes only the VLAN subnets: then leave those out).${REPLACES}`,
      validators: [oneOfEnum('VcfVersion')],
      planModifiers: RR,
    }),
    terms_accepted: attribute.bool({ required: true, description: `Whether you accept the VCF licence terms (the licence attestation EVS asks for).${REPLACES}`, planModifiers: RR }),
    kms_key_id: attribute.string({
      optional: true,
      computed: true,
      description: `KMS key that encrypts the Secrets Manager secrets EVS makes with the VCF credentials. Default: \`aws/secretsmanager\`.${REPLACES}`,
      validators: [nonBlank('a KMS key id, ARN, alias name or alias ARN')],
      // EVS may not report the default key: a recorded null stays null.
      planModifiers: [useStateForUnknown({ keepNull: true }), requiresReplace()],
    }),
    site_id: attribute.string({ optional: true, description: `Broadcom Site ID of the VCF licence; required unless \`vcf_version\` is \`SELF_DEPLOYED\`.${REPLACES}`, validators: [nonBlank('a Broadcom Site ID')], planModifiers: RR }),
    ...TAG_ATTRIBUTES,
    arn: kept(reported.arn),
    state: kept(reported.state),
    state_details: kept(reported.state_details),
    status: kept(reported.status),
    checks: kept(reported.checks),
    credentials: kept(reported.credentials),
    created_at: kept(reported.created_at),
    modified_at: kept(reported.modified_at),
  },
  blocks: {
    initial_vlans: {
      nesting: 'single',
      minItems: 1,
      maxItems: 1,
      description: `The ten VLAN subnets EVS makes in the VPC (each /28 to /24, none overlapping) and whether the HCX VLAN is public.${REPLACES}`,
      planModifiers: [requiresReplaceOnceRecorded()],
      attributes: {
        is_hcx_public: attribute.bool({ optional: true, description: 'Make the HCX VLAN public (internet access for HCX through Elastic IPs, see `evs_vlan_eip_association`). Then `hcx_network_acl_id` is required.' }),
        hcx_network_acl_id: attribute.string({ optional: true, description: 'Network ACL of the public HCX subnet, e.g. `acl-0123456789abcdef0`.', validators: [constraint('networkAclId')] }),
      },
      blocks: Object.fromEntries(Object.entries(VLAN_WORDS).map(([k, w]) => [k, vlan(w)])),
    },
    hosts: {
      nesting: 'list',
      maxItems: COUNT_CONSTRAINTS.hosts.max,
      description: `The four ESX hosts EVS deploys with the environment (exactly ${COUNT_CONSTRAINTS.hosts.min}; none with \`SELF_DEPLOYED\`). Add more hosts afterwards with \`evs_environment_host\`, never here.${REPLACES}`,
      planModifiers: [requiresReplaceOnceRecorded()],
      attributes: HOST_ARGUMENTS,
    },
    license_info: {
      nesting: 'list',
      maxItems: COUNT_CONSTRAINTS.licenseInfo.max,
      description: `The VCF licence keys (one block; sensitive). A key serves one environment only.${REPLACES}`,
      planModifiers: RR,
      attributes: {
        solution_key: attribute.string({ required: true, sensitive: true, description: 'VCF solution key (`XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`), covering at least 256 cores.', validators: [constraint('solutionKey')] }),
        vsan_key: attribute.string({ required: true, sensitive: true, description: 'vSAN licence key (`XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`), covering at least 110 TiB.', validators: [constraint('vsanKey')] }),
      },
    },
    connectivity_info: {
      nesting: 'single',
      description: `How the NSX uplink reaches the VPC.${REPLACES}`,
      planModifiers: RR,
      attributes: {
        private_route_server_peerings: attribute.list('string', {
          required: true,
          description: 'The two VPC Route Server peer ids (BGP) of the NSX uplink, e.g. `["rsp-0123456789abcdef0", "rsp-0123456789abcdef1"]`.',
          validators: [listConstraint('privateRouteServerPeerings')],
        }),
      },
    },
    vcf_hostnames: {
      nesting: 'single',
      description: `Host names of the VCF appliances EVS deploys: each unique and resolvable in the VPC's DNS domain.${REPLACES}`,
      planModifiers: RR,
      attributes: {
        vcenter: hostnameAttr('vCenter Server'),
        nsx: hostnameAttr('the NSX Manager cluster (virtual IP)'),
        nsx_manager1: hostnameAttr('the first NSX Manager'),
        nsx_manager2: hostnameAttr('the second NSX Manager'),
        nsx_manager3: hostnameAttr('the third NSX Manager'),
        nsx_edge1: hostnameAttr('the first NSX Edge'),
        nsx_edge2: hostnameAttr('the second NSX Edge'),
        sddc_manager: hostnameAttr('SDDC Manager'),
        cloud_builder: hostnameAttr('Cloud Builder'),
      },
    },
    service_access_security_groups: {
      nesting: 'single',
      description: `Security groups of the network interfaces EVS puts in the service access subnet (default: the VPC's default group). They should allow DNS (TCP/UDP) and HTTPS/SSH to the management subnets.${REPLACES}`,
      planModifiers: RR,
      attributes: {
        security_groups: attribute.list('string', {
          optional: true,
          description: 'Up to two security group ids, e.g. `["sg-0123456789abcdef0"]`.',
          validators: [listConstraint('securityGroups')],
        }),
      },
    },
    timeouts: timeoutsBlock(DEFAULT_TIMEOUTS),
  },
  validators: [environmentRules],
});

/** Resource identity: the environment id (the plugin host fills it from state). */
export const ENVIRONMENT_IDENTITY = {
  version: 0,
  attributes: [{ name: 'environment_id', type: 'string', requiredForImport: true, description: 'ID of the EVS environment.' }],
} as const satisfies Resource['identity'];
