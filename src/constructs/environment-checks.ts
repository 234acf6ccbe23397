/**
 * Synth-time checks of an environment's literal input that span several values (VLAN layout,
 * hosts, VCF host names, tags), with the provider's and the local service's wording. Single values
 * are checked against the constraint table through `validation.ts`.
 */
import { Token } from 'cdktf';
import type { IConstruct } from 'constructs';
import { COUNT_CONSTRAINTS, HOST_COUNT, LIST_CONSTRAINTS, checkString } from '../evs/constraints';
import { vlanLayoutProblems } from '../evs/vlan-rules';
import type { HostOptions } from './host';
import type { InitialVlanCidrs, InitialVlans } from './initial-vlans';
import { checkLiteral, checkThat, propertyName } from './validation';

/** The members of `InitialVlanCidrs`, in the order `InitialVlans.fromCidrBlock` lays them out. */
export const VLAN_KEYS: readonly (keyof InitialVlanCidrs)[] = [
  'vmkManagement',
  'vmManagement',
  'vmotion',
  'vsan',
  'vtep',
  'edgeVtep',
  'nsxUplink',
  'hcx',
  'expansionVlan1',
  'expansionVlan2',
];

const literal = (v: string | undefined): v is string => v !== undefined && !Token.isUnresolved(v);

/** Each literal CIDR: a valid block, then the layout rules (src/evs/vlan-rules.ts); a public HCX VLAN's ACL. */
export function checkInitialVlans(scope: IConstruct, vlans: InitialVlans): void {
  const path = (key: string) => `initialVlans.${key}`;
  for (const key of VLAN_KEYS) {
    const cidr = vlans.cidrs[key];
    checkThat(scope, path(key), cidr !== undefined, `is missing; every one of the ten VLANs needs a CIDR block (${VLAN_KEYS.join(', ')}).`);
    checkLiteral(scope, path(key), 'cidr', cidr);
  }
  const given = VLAN_KEYS.flatMap((key) => (literal(vlans.cidrs[key]) ? [{ name: key, cidr: vlans.cidrs[key] }] : []));
  const access = vlans.hcxAccess;
  const [first] = vlanLayoutProblems(given, (key) => propertyName(path(key)), access.isPublic ? 'hcx' : undefined);
  if (first) checkThat(scope, path(first.name), false, first.problem);
  if (access.isPublic) {
    checkThat(scope, 'initialVlans.hcxAccess', access.networkAclId !== undefined, 'a public HCX VLAN needs the network ACL of the public HCX subnet (HcxAccess.publicWithAcl).');
    checkLiteral(scope, 'initialVlans.hcxAccess', 'networkAclId', access.networkAclId);
  }
}

/** One host's literal name, key pair, instance type and placement. */
export function checkHost(scope: IConstruct, path: string, hostName: string, host: HostOptions): void {
  const at = (member: string) => (path ? `${path}.${member}` : member);
  checkLiteral(scope, at('hostName'), 'hostName', hostName);
  if (literal(hostName)) checkThat(scope, at('hostName'), hostName !== '', 'must not be empty; expected a host name of letters, digits and hyphens, e.g. esx-01.');
  checkLiteral(scope, at('keyName'), 'keyName', host.keyName);
  checkThat(scope, at('instanceType'), host.instanceType !== undefined, 'is required (e.g. InstanceType.I4I_METAL).');
  checkLiteral(scope, at('placement'), 'placementGroupId', host.placement?.placementGroupId);
  checkLiteral(scope, at('placement'), 'dedicatedHostId', host.placement?.dedicatedHostId);
}

/** The initial hosts: exactly four, names unique (case-insensitive, as EVS compares them). */
export function checkInitialHosts(scope: IConstruct, hosts: readonly { hostName: string; keyName: string; instanceType: HostOptions['instanceType']; placement?: HostOptions['placement'] }[]): void {
  const { min, max } = COUNT_CONSTRAINTS.hosts;
  checkThat(scope, 'hosts', hosts.length >= min && hosts.length <= max,
    `has ${hosts.length} hosts; CreateEnvironment takes exactly ${min}. Add more hosts afterwards with ${propertyName('addHost')} (an environment holds ${HOST_COUNT.min} to ${HOST_COUNT.max}).`);
  const seen = new Map<string, number>();
  hosts.forEach((h, i) => {
    checkHost(scope, `hosts[${i}]`, h.hostName, h);
    if (!literal(h.hostName)) return;
    const first = seen.get(h.hostName.toLowerCase());
    checkThat(scope, `hosts[${i}].hostName`, first === undefined, `hosts[${first}] already uses the host name ${JSON.stringify(h.hostName)}; each host needs its own.`);
    seen.set(h.hostName.toLowerCase(), i);
  });
}

/** The nine VCF appliance host names: each valid and unique. */
export function checkVcfHostnames(scope: IConstruct, names: Readonly<Record<string, string | undefined>>): void {
  const seen = new Map<string, string>();
  for (const [key, value] of Object.entries(names)) {
    if (!literal(value)) continue;
    const path = `vcfHostnames.${key}`;
    checkLiteral(scope, path, 'hostName', value);
    checkThat(scope, path, value !== '', 'must not be empty; expected a host name of letters, digits and hyphens, e.g. vcenter.');
    const other = seen.get(value.toLowerCase());
    checkThat(scope, path, other === undefined, `repeats the host name of ${propertyName(`vcfHostnames.${other}`)} (${JSON.stringify(value)}); each VCF appliance needs its own.`);
    seen.set(value.toLowerCase(), key);
  }
}

/** A list of literal ids with the model's item count and item rule (`privateRouteServerPeerings`, `securityGroups`). */
export function checkIdList(scope: IConstruct, property: string, list: keyof typeof LIST_CONSTRAINTS, values: readonly string[] | undefined): void {
  if (values === undefined || Token.isUnresolved(values)) return;
  const { min, max, item } = LIST_CONSTRAINTS[list];
  checkThat(scope, property, values.length >= min && values.length <= max,
    min === max ? `has ${values.length} items; it takes exactly ${min}.` : `has ${values.length} items; it takes ${min} to ${max}.`);
  values.forEach((v, i) => checkLiteral(scope, `${property}[${i}]`, item, v));
}

/** Literal tag keys and values against the table, and their count. */
export function checkTags(scope: IConstruct, tags: Readonly<Record<string, string>> | undefined): void {
  if (tags === undefined || Token.isUnresolved(tags)) return;
  const entries = Object.entries(tags);
  const { max } = COUNT_CONSTRAINTS.tags;
  checkThat(scope, 'tags', entries.length <= max, `has ${entries.length} tags; EVS takes at most ${max}.`);
  for (const [key, value] of entries) {
    if (!Token.isUnresolved(key)) {
      const problem = checkString('tagKey', key);
      checkThat(scope, 'tags', problem === null, `tag key: ${problem}`);
    }
    if (!Token.isUnresolved(value)) checkLiteral(scope, `tags[${JSON.stringify(key)}]`, 'tagValue', value);
  }
}
