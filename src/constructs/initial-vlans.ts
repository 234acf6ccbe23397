import { Token } from 'cdktf';
import { checkString, VLAN_PREFIX } from '../evs/constraints';
import { formatIp, parseCidr, sizeOf } from '../evs/ipv4';
import { VLAN_KEYS } from './environment-checks';

/**
 * The CIDR blocks of the ten VLAN subnets EVS makes in the VPC (EVS `InitialVlans`): each /28 to
 * /24, none overlapping each other or another subnet of the VPC.
 */
export interface InitialVlanCidrs {
  /** VMkernel management: managing the ESX hosts, talking to vCenter Server. */
  readonly vmkManagement: string;
  /** VM management: the management VMs (vCenter, NSX, SDDC Manager). */
  readonly vmManagement: string;
  /** vSphere vMotion. */
  readonly vmotion: string;
  /** vSAN traffic between the hosts. */
  readonly vsan: string;
  /** Host overlay (TEP): traffic between VMs inside the VCF instance. */
  readonly vtep: string;
  /** Edge overlay (TEP): traffic between the overlay and outside networks. */
  readonly edgeVtep: string;
  /** NSX uplink to the VPC (peers with the route server). */
  readonly nsxUplink: string;
  /** HCX uplink; a /28 from a public IPAM pool when the HCX VLAN is public. */
  readonly hcx: string;
  /** First expansion VLAN. */
  readonly expansionVlan1: string;
  /** Second expansion VLAN. */
  readonly expansionVlan2: string;
}

/** Whether the HCX VLAN reaches the internet (through Elastic IPs, see `Environment.associateEip`). */
export class HcxAccess {
  /** The HCX VLAN stays private (EVS's default). */
  public static readonly PRIVATE = new HcxAccess(false, undefined);

  /**
   * A public HCX VLAN with its network ACL, e.g. `acl-0123456789abcdef0`; its CIDR must be a /28
   * from a public IPAM pool. HCX then needs at least two Elastic IPs (`Environment.associateEip`).
   */
  public static publicWithAcl(networkAclId: string): HcxAccess {
    return new HcxAccess(true, networkAclId);
  }

  private constructor(
    /** Whether the HCX VLAN is public. */
    public readonly isPublic: boolean,
    /** The network ACL of a public HCX VLAN. */
    public readonly networkAclId: string | undefined,
  ) {}
}

/** Options every way of giving the initial VLANs shares. */
export interface InitialVlansOptions {
  /**
   * Whether the HCX VLAN is public.
   *
   * @default HcxAccess.PRIVATE
   */
  readonly hcxAccess?: HcxAccess;
}

/** How `InitialVlans.fromCidrBlock` lays out the VLANs. */
export interface VlanLayoutOptions extends InitialVlansOptions {
  /**
   * Prefix length of each VLAN subnet, 24 (largest) to 28 (smallest).
   *
   * @default the largest size of which the block holds all the VLANs it lays out
   */
  readonly vlanPrefixLength?: number;
  /**
   * The HCX VLAN's CIDR, outside the block: a public HCX VLAN needs a /28 from a public IPAM pool.
   *
   * @default the HCX VLAN is laid out in the block with the others
   */
  readonly hcxCidr?: string;
}

/**
 * The ten VLAN subnets of a new environment and whether its HCX VLAN is public: laid out from one
 * CIDR block (`fromCidrBlock`) or given one by one (`fromCidrs`). The environment checks every
 * literal CIDR at synth: /28 to /24, the network address of its block, no two overlapping.
 */
export class InitialVlans {
  /** Each VLAN's CIDR block given explicitly. */
  public static fromCidrs(cidrs: InitialVlanCidrs, options: InitialVlansOptions = {}): InitialVlans {
    return new InitialVlans(cidrs, options.hcxAccess ?? HcxAccess.PRIVATE);
  }

  /**
   * The ten VLANs laid out one after another from the start of `cidrBlock` (a literal, e.g.
   * `10.0.16.0/20`), in the order vmkManagement, vmManagement, vmotion, vsan, vtep, edgeVtep,
   * nsxUplink, hcx, expansionVlan1, expansionVlan2 (hcx left out when `hcxCidr` is given). A /20
   * gives ten /24s, a /24 ten /28s.
   */
  public static fromCidrBlock(cidrBlock: string, options: VlanLayoutOptions = {}): InitialVlans {
    const where = `InitialVlans.fromCidrBlock(${JSON.stringify(cidrBlock)})`;
    if (Token.isUnresolved(cidrBlock)) {
      throw new Error(`${where}: the block must be a literal; for a reference, give each VLAN with InitialVlans.fromCidrs (e.g. Fn.cidrsubnet).`);
    }
    const problem = checkString('cidr', cidrBlock);
    if (problem) throw new Error(`${where}: ${problem}`);
    const block = parseCidr(cidrBlock);
    if (!block.aligned) throw new Error(`${where}: it has host bits set; give the network address of the block.`);
    const keys = VLAN_KEYS.filter((k) => !(k === 'hcx' && options.hcxCidr !== undefined));
    const fits = (prefix: number) => prefix >= block.prefix && 2 ** (prefix - block.prefix) >= keys.length;
    const prefix = options.vlanPrefixLength ?? [24, 25, 26, 27, 28].find(fits);
    if (prefix === undefined || !Number.isInteger(prefix) || prefix < VLAN_PREFIX.largest || prefix > VLAN_PREFIX.smallest) {
      throw new Error(options.vlanPrefixLength === undefined
        ? `${where}: a /${block.prefix} cannot hold ${keys.length} VLAN subnets of /${VLAN_PREFIX.smallest} (smallest) to /${VLAN_PREFIX.largest}; give a /${VLAN_PREFIX.smallest - Math.ceil(Math.log2(keys.length))} or larger block.`
        : `${where}: vlanPrefixLength ${options.vlanPrefixLength} is not a VLAN subnet size; VLAN subnets are /${VLAN_PREFIX.smallest} (smallest) to /${VLAN_PREFIX.largest} (largest).`);
    }
    if (!fits(prefix)) {
      throw new Error(`${where}: a /${block.prefix} holds ${prefix >= block.prefix ? 2 ** (prefix - block.prefix) : 0} /${prefix} subnets, not the ${keys.length} VLANs; give a larger block or a larger vlanPrefixLength.`);
    }
    const size = sizeOf({ base: 0, prefix, aligned: true });
    const laidOut = Object.fromEntries(keys.map((k, i) => [k, `${formatIp(block.base + i * size)}/${prefix}`]));
    return new InitialVlans({ ...laidOut, ...(options.hcxCidr !== undefined ? { hcx: options.hcxCidr } : {}) } as unknown as InitialVlanCidrs, options.hcxAccess ?? HcxAccess.PRIVATE);
  }

  private constructor(
    /** Each VLAN's CIDR block. */
    public readonly cidrs: InitialVlanCidrs,
    /** Whether the HCX VLAN is public. */
    public readonly hcxAccess: HcxAccess,
  ) {}
}
