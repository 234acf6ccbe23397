/**
 * EVS's rules across the ten initial VLAN subnets (the user guide and the model): each /28 to /24,
 * given by its network address, none overlapping another; a public HCX VLAN is a /28. The local
 * EVS service and the constructs both judge with this; each names the members its own way.
 */
import { checkString, VLAN_PREFIX } from './constraints';
import { overlaps, parseCidr, type Cidr } from './ipv4';

export interface VlanCidr {
  /** The member, as the caller names it (e.g. `vmkManagement`). */
  readonly name: string;
  readonly cidr: string;
}

export interface VlanProblem {
  /** The member at fault. */
  readonly name: string;
  /** A sentence starting with the CIDR, e.g. `10.0.0.0/23 is a /23; VLAN subnets are …`. */
  readonly problem: string;
}

/**
 * The problems of a VLAN layout, in member order. CIDRs that are not IPv4 CIDR blocks at all are
 * skipped (the constraint table's `cidr` pattern reports them). `pathOf` renders another member
 * for the overlap sentence; `publicHcx` names the HCX member when the HCX VLAN is public.
 */
export function vlanLayoutProblems(vlans: readonly VlanCidr[], pathOf: (name: string) => string, publicHcx?: string): VlanProblem[] {
  const problems: VlanProblem[] = [];
  const seen: { name: string; cidr: Cidr }[] = [];
  for (const { name, cidr: text } of vlans) {
    if (checkString('cidr', text) !== null) continue;
    const cidr = parseCidr(text);
    if (cidr.prefix > VLAN_PREFIX.smallest || cidr.prefix < VLAN_PREFIX.largest) {
      problems.push({ name, problem: `${text} is a /${cidr.prefix}; VLAN subnets are /${VLAN_PREFIX.smallest} (smallest) to /${VLAN_PREFIX.largest} (largest).` });
      continue;
    }
    if (!cidr.aligned) {
      problems.push({ name, problem: `${text} has host bits set; give the network address of the block.` });
      continue;
    }
    const clash = seen.find((s) => overlaps(s.cidr, cidr));
    if (clash) problems.push({ name, problem: `${text} overlaps ${pathOf(clash.name)}; VLAN subnets must not overlap.` });
    seen.push({ name, cidr });
  }
  const hcx = vlans.find((v) => v.name === publicHcx);
  if (hcx && checkString('cidr', hcx.cidr) === null && parseCidr(hcx.cidr).prefix !== VLAN_PREFIX.publicHcx) {
    problems.push({ name: hcx.name, problem: `${hcx.cidr} must be a /${VLAN_PREFIX.publicHcx} from a public IPAM pool for a public HCX VLAN.` });
  }
  return problems;
}
