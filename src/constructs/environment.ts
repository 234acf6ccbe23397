import { Op, Token, type IResolvable, type TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import {
  Environment as EnvironmentBinding,
  type EnvironmentLicenseInfo,
  type EnvironmentTimeouts,
  type EnvironmentVcfHostnames,
} from './generated/environment';
import type { VcfDeploymentMember } from '../evs/constraints';
import { checkIdList, checkInitialHosts, checkInitialVlans, checkTags, checkVcfHostnames } from './environment-checks';
import { EnvironmentConnector, type EnvironmentConnectorOptions } from './environment-connector';
import { EnvironmentHost, type EnvironmentHostOptions } from './environment-host';
import type { InitialHost } from './host';
import { InitialVlans } from './initial-vlans';
import { VcfVersion } from './vcf-version';
import { checkLiteral, checkThat, propertyName } from './validation';
import { VlanEipAssociation, type VlanEipAssociationOptions } from './vlan-eip-association';

/**
 * Arguments of an EVS environment. EVS cannot change an environment: every argument but `tags`
 * replaces it (and destroys its VMs) when changed.
 */
export interface EnvironmentProps extends TerraformMetaArguments {
  /**
   * Name of the environment, unique per account and Region (1–100 letters, digits, `_` or `-`).
   *
   * @default EVS gives the environment no name
   */
  readonly environmentName?: string;
  /** The VPC, e.g. `vpc.id` (one EVS environment per VPC; its subnets in one Availability Zone). */
  readonly vpcId: string;
  /** The subnet EVS uses for its control-plane link (DNS checks, connectors), e.g. `subnet.id`. */
  readonly serviceAccessSubnetId: string;
  /** The VCF version, e.g. `VcfVersion.VCF_5_2_2`. */
  readonly vcfVersion: VcfVersion;
  /** Whether you accept the VCF licence terms; EVS creates no environment without it. */
  readonly termsAccepted: boolean;
  /** The ten VLAN subnets, e.g. `InitialVlans.fromCidrBlock('10.0.16.0/20')`. */
  readonly initialVlans: InitialVlans;
  /**
   * The four ESX hosts EVS deploys with the environment, e.g.
   * `InitialHost.numbered('esx', 4, { keyName, instanceType: InstanceType.I4I_METAL })`. Add more
   * afterwards with `addHost`.
   *
   * @default none (only for `VcfVersion.SELF_DEPLOYED`)
   */
  readonly hosts?: InitialHost[];
  /**
   * The VCF solution key and vSAN licence key (sensitive; pass them from a variable or secret).
   *
   * @default none (only for `VcfVersion.SELF_DEPLOYED`)
   */
  readonly licenseInfo?: EnvironmentLicenseInfo;
  /**
   * Host names of the nine VCF appliances EVS deploys, each unique and resolvable in the VPC's DNS
   * domain.
   *
   * @default none (only for `VcfVersion.SELF_DEPLOYED`)
   */
  readonly vcfHostnames?: EnvironmentVcfHostnames;
  /**
   * Broadcom Site ID of the VCF licence.
   *
   * @default none (only for `VcfVersion.SELF_DEPLOYED`)
   */
  readonly siteId?: string;
  /**
   * The two VPC Route Server peer ids (BGP) of the NSX uplink, e.g. `['rsp-0123456789abcdef0', 'rsp-0123456789abcdef1']`.
   *
   * @default none (only for `VcfVersion.SELF_DEPLOYED`)
   */
  readonly routeServerPeerings?: string[];
  /**
   * Up to two security groups for EVS's network interfaces in the service access subnet.
   *
   * @default the VPC's default security group
   */
  readonly serviceAccessSecurityGroups?: string[];
  /**
   * KMS key that encrypts the Secrets Manager secrets EVS makes with the VCF credentials.
   *
   * @default the `aws/secretsmanager` key
   */
  readonly kmsKeyId?: string;
  /**
   * Tags of the environment, merged over the provider's `defaultTags`; changed in place.
   *
   * @default no tags of its own
   */
  readonly tags?: { [key: string]: string };
  /**
   * How long create and delete may take (Go duration strings such as `6h`).
   *
   * @default the provider's defaults (6 hours to create, 2 to delete)
   */
  readonly timeouts?: EnvironmentTimeouts;
}

/** The VCF deployment's members as the props spell them: SELF_DEPLOYED refuses them, every other version needs them. */
const VCF_DEPLOYMENT_PROPS: Record<VcfDeploymentMember, keyof EnvironmentProps> = {
  hosts: 'hosts',
  licenseInfo: 'licenseInfo',
  vcfHostnames: 'vcfHostnames',
  siteId: 'siteId',
  connectivityInfo: 'routeServerPeerings',
};

/**
 * An Amazon EVS environment (`evs_environment`): the ten VLAN subnets, the four initial ESX hosts
 * and the VCF installation in your VPC. Creating one takes hours.
 *
 * **Replacing an environment destroys it and every VM on it**: give it `lifecycle: {
 * preventDestroy: true }` in production. Literal input is checked at synth against the EVS rules
 * (VLAN sizes and overlaps, four hosts with unique names, SELF_DEPLOYED exclusions, ids). Its
 * children are made with `addHost`, `addConnector` and `associateEip`. `environmentId`, `arn`,
 * `state`, `status`, `checks`, `credentials`, `importFrom` and the static
 * `generateConfigForImport` are inherited from the low-level binding.
 */
export class Environment extends EnvironmentBinding {
  /** The initial VLANs as given (their HCX access decides whether `associateEip` is possible). */
  public readonly vlans: InitialVlans;

  public constructor(scope: Construct, id: string, props: EnvironmentProps) {
    const vlans = props.initialVlans;
    const cidr = (key: keyof InitialVlans['cidrs']) => ({ cidr: vlans?.cidrs[key] });
    super(scope, id, {
      ...props,
      vcfVersion: props.vcfVersion?.value,
      initialVlans: vlans && {
        vmkManagement: cidr('vmkManagement'),
        vmManagement: cidr('vmManagement'),
        vmotion: cidr('vmotion'),
        vsan: cidr('vsan'),
        vtep: cidr('vtep'),
        edgeVtep: cidr('edgeVtep'),
        nsxUplink: cidr('nsxUplink'),
        hcx: cidr('hcx'),
        expansionVlan1: cidr('expansionVlan1'),
        expansionVlan2: cidr('expansionVlan2'),
        isHcxPublic: vlans.hcxAccess.isPublic ? true : undefined,
        hcxNetworkAclId: vlans.hcxAccess.networkAclId,
      },
      hosts: props.hosts?.map((h) => ({
        hostName: h.hostName,
        keyName: h.keyName,
        instanceType: h.instanceType?.value,
        placementGroupId: h.placement?.placementGroupId,
        dedicatedHostId: h.placement?.dedicatedHostId,
      })),
      // The binding types these blocks as required; a SELF_DEPLOYED environment leaves them out.
      connectivityInfo: props.routeServerPeerings === undefined ? undefined! : { privateRouteServerPeerings: props.routeServerPeerings },
      serviceAccessSecurityGroups: props.serviceAccessSecurityGroups === undefined ? undefined : { securityGroups: props.serviceAccessSecurityGroups },
      vcfHostnames: props.vcfHostnames!,
    });
    this.vlans = vlans;
    checkEnvironmentProps(this, props);
  }

  /**
   * True once the environment's own status is `PASSED` (all of its checks passed).
   */
  public get healthy(): IResolvable {
    return Op.eq(this.status, 'PASSED');
  }

  /**
   * ARNs of the Secrets Manager secrets EVS made with the VCF credentials (vCenter, NSX, SDDC
   * Manager), once the environment is created.
   */
  public get credentialSecretArns(): string[] {
    return Token.asList(this.interpolationForAttribute('credentials[*].secret_arn'));
  }

  /**
   * Adds an ESX host to this environment once it is created: an `EnvironmentHost` beside the
   * environment (in the same scope), so its Terraform address is `evs_environment_host.<id>`.
   *
   * @param id the host's construct id
   * @param options the host name, key pair, instance type and optionally placement and ESX version
   */
  public addHost(id: string, options: EnvironmentHostOptions): EnvironmentHost {
    return new EnvironmentHost(this.node.scope as Construct, id, { ...options, environmentId: this.environmentId });
  }

  /**
   * Connects this environment to one of its appliances: an `EnvironmentConnector` beside the
   * environment (in the same scope), so its Terraform address is `evs_environment_connector.<id>`.
   *
   * @param id the connector's construct id
   * @param options the appliance type, FQDN and secret, and optionally waits and timeouts
   */
  public addConnector(id: string, options: EnvironmentConnectorOptions): EnvironmentConnector {
    return new EnvironmentConnector(this.node.scope as Construct, id, { ...options, environmentId: this.environmentId });
  }

  /**
   * Associates an Elastic IP with this environment's public HCX VLAN (HCX needs at least two): a
   * `VlanEipAssociation` beside the environment. Refused when the environment's HCX VLAN is private.
   *
   * @param id the association's construct id
   * @param options the Elastic IP's allocation id
   */
  public associateEip(id: string, options: VlanEipAssociationOptions): VlanEipAssociation {
    checkThat(this, 'initialVlans.hcxAccess', this.vlans?.hcxAccess.isPublic ?? true,
      `the HCX VLAN is private, so Elastic IPs cannot be associated with it (${propertyName('associateEip')} ${JSON.stringify(id)}); create the environment with HcxAccess.publicWithAcl(networkAclId) to give HCX internet access.`);
    return new VlanEipAssociation(this.node.scope as Construct, id, { ...options, environmentId: this.environmentId });
  }
}

function checkEnvironmentProps(scope: Environment, props: EnvironmentProps): void {
  checkLiteral(scope, 'environmentName', 'environmentName', props.environmentName);
  checkLiteral(scope, 'vpcId', 'vpcId', props.vpcId);
  checkLiteral(scope, 'serviceAccessSubnetId', 'subnetId', props.serviceAccessSubnetId);
  checkThat(scope, 'vcfVersion', props.vcfVersion instanceof VcfVersion, 'a VcfVersion is required, e.g. VcfVersion.VCF_5_2_2 or VcfVersion.of(\'VCF-5.2.2\').');
  if (typeof props.termsAccepted === 'boolean') {
    checkThat(scope, 'termsAccepted', props.termsAccepted, 'is false; EVS creates an environment only once you accept the VCF licence terms (termsAccepted: true).');
  }
  checkThat(scope, 'initialVlans', props.initialVlans instanceof InitialVlans, 'an InitialVlans is required (InitialVlans.fromCidrBlock or InitialVlans.fromCidrs).');
  checkInitialVlans(scope, props.initialVlans);
  for (const name of Object.values(VCF_DEPLOYMENT_PROPS)) {
    if (!props.vcfVersion.deploysVcf) {
      checkThat(scope, name, props[name] === undefined,
        `EVS refuses ${propertyName(name)} when vcfVersion is SELF_DEPLOYED (it makes only the VLAN subnets: no hosts, no VCF install). Remove ${propertyName(name)}, or choose a VCF version.`);
    } else {
      checkThat(scope, name, props[name] !== undefined,
        `is missing; EVS deploys VCF into a ${props.vcfVersion.value} environment and needs it. Add ${propertyName(name)}, or choose VcfVersion.SELF_DEPLOYED to have EVS make only the VLAN subnets.`);
    }
  }
  if (props.hosts !== undefined && !Token.isUnresolved(props.hosts)) checkInitialHosts(scope, props.hosts);
  if (props.licenseInfo !== undefined) {
    checkLiteral(scope, 'licenseInfo.solutionKey', 'solutionKey', props.licenseInfo.solutionKey);
    checkLiteral(scope, 'licenseInfo.vsanKey', 'vsanKey', props.licenseInfo.vsanKey);
  }
  if (props.vcfHostnames !== undefined) checkVcfHostnames(scope, { ...props.vcfHostnames });
  checkIdList(scope, 'routeServerPeerings', 'privateRouteServerPeerings', props.routeServerPeerings);
  checkIdList(scope, 'serviceAccessSecurityGroups', 'securityGroups', props.serviceAccessSecurityGroups);
  checkTags(scope, props.tags);
}
