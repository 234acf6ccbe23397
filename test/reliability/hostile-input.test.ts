/**
 * Hostile and bad input, on every engine: a matrix of invalid provider settings and resource and
 * data source arguments. Each case is one bad value in an otherwise valid block; all cases of a
 * stage share one configuration, so one engine command checks them all (a few seconds, not minutes).
 *
 * Evidence per case: an error diagnostic whose `range` starts on the very line of the bad argument
 * (the engine maps the provider's attribute path to that line) or, where the argument is absent
 * (a missing partner), whose detail names it; and the local EVS service counts zero calls.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import {
  DATA_ACCOUNT_SETTINGS,
  DATA_CONNECTOR,
  DATA_CONNECTORS,
  DATA_DEPOT_URL,
  DATA_ENVIRONMENT,
  DATA_ENVIRONMENT_HOSTS,
  DATA_ENVIRONMENT_VLANS,
  DATA_ENVIRONMENTS,
  DATA_VERSIONS,
  DATA_VM_ENTITLEMENTS,
  RESOURCE_ACCOUNT_SETTING,
  RESOURCE_CONNECTOR,
  RESOURCE_ENVIRONMENT,
  RESOURCE_ENVIRONMENT_HOST,
  RESOURCE_VLAN_EIP_ASSOCIATION,
  RESOURCE_VM_ENTITLEMENT,
} from '../../src/names';
import { providerSchema } from '../../src/provider/config/schema';
import { DATA_SOURCES, RESOURCES } from '../../src/provider/resources/registry';
import { engineTable } from '../support/engines';
import { Workspace } from '../support/workspace';
import type { SchemaDef } from '../../src/provider/framework/schema';
import { startService, totalCalls } from './support/world';

/** Where a case's bad value goes: the provider block, or a resource or data block of a registered type. */
type Kind = 'resource' | 'data' | 'provider';

interface Case {
  readonly name: string;
  readonly kind: Kind;
  /** The resource or data source type (`evs` for the provider). */
  readonly type: string;
  /** Arguments replacing (or, with null, removing) the valid defaults. The bad one comes first. */
  readonly set: Record<string, string | null>;
  /** When the bad argument is absent from the block, the diagnostic must name this in its text. */
  readonly named?: string;
}

const q = (s: string) => JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
const label63 = 'a'.repeat(63);
const LONG_FQDN = [label63, label63, label63, 'b'.repeat(61)].join('.'); // 253: the longest valid
const ARN = (s: string) => `arn:aws:secretsmanager:us-east-1:111122223333:secret:${s}`;

/**
 * Nested blocks are written as raw HCL under a key starting with `@` (the argument is the rest of
 * the key); ` #BAD` marks the line of the bad value in a case's raw HCL.
 */
const VLAN_NAMES = ['vmk_management', 'vm_management', 'vmotion', 'vsan', 'vtep', 'edge_vtep', 'nsx_uplink', 'hcx', 'expansion_vlan1', 'expansion_vlan2'];
const initialVlans = (bad: { vlan?: string; cidr?: string; extra?: string } = {}) =>
  [
    'initial_vlans {',
    ...VLAN_NAMES.map((n, i) => `    ${n} { cidr = "${n === bad.vlan ? bad.cidr : `10.0.${i}.0/24`}" }${n === bad.vlan ? ' #BAD' : ''}`),
    ...(bad.extra ? [`    ${bad.extra}`] : []),
    '  }',
  ].join('\n');
const hostBlock = (i: number, over: Record<string, string> = {}, badKey?: string) =>
  [
    'hosts {',
    ...Object.entries({ host_name: q(`esx-0${i}`), key_name: q('evs-key'), instance_type: q('i4i.metal'), ...over }).map(([k, v]) => `    ${k} = ${v}${k === badKey ? ' #BAD' : ''}`),
    '  }',
  ].join('\n');
const hosts = (over: Record<string, string> = {}, badKey?: string, count = 4) =>
  Array.from({ length: count }, (_, i) => (i === 1 ? hostBlock(i + 1, over, badKey) : hostBlock(i + 1))).join('\n  ');
const hostnames = (bad?: [string, string]) =>
  [
    'vcf_hostnames {',
    ...['vcenter', 'nsx', 'nsx_manager1', 'nsx_manager2', 'nsx_manager3', 'nsx_edge1', 'nsx_edge2', 'sddc_manager', 'cloud_builder'].map((k) =>
      bad?.[0] === k ? `    ${k} = ${q(bad[1])} #BAD` : `    ${k} = ${q(k.replace(/_/g, '-'))}`,
    ),
    '  }',
  ].join('\n');
const KEY = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';
const licence = (solution = KEY, bad = false) => ['license_info {', `    solution_key = ${q(solution)}${bad ? ' #BAD' : ''}`, `    vsan_key     = ${q(KEY)}`, '  }'].join('\n');
const peerings = (list: string, bad = false) => ['connectivity_info {', `    private_route_server_peerings = ${list}${bad ? ' #BAD' : ''}`, '  }'].join('\n');
const securityGroups = (list: string, bad = false) => ['service_access_security_groups {', `    security_groups = ${list}${bad ? ' #BAD' : ''}`, '  }'].join('\n');

/** A valid block of each type, which each case then spoils in one argument. */
const DEFAULTS: Record<string, Record<string, string>> = {
  [`resource:${RESOURCE_CONNECTOR}`]: {
    environment_id: q('env-0123456789'),
    type: q('VCENTER'),
    appliance_fqdn: q('vcenter.example.internal'),
    secret_identifier: q(ARN('evs/vcenter-AbCdEf')),
  },
  [`resource:${RESOURCE_ENVIRONMENT}`]: {
    vpc_id: q('vpc-0123456789abcdef0'),
    service_access_subnet_id: q('subnet-0123456789abcdef0'),
    vcf_version: q('VCF-5.2.1'),
    terms_accepted: 'true',
    site_id: q('1234567'),
    '@initial_vlans': initialVlans(),
    '@hosts': hosts(),
    '@license_info': licence(),
    '@connectivity_info': peerings('["rsp-0123456789abcdef0", "rsp-0123456789abcdef1"]'),
    '@vcf_hostnames': hostnames(),
  },
  [`resource:${RESOURCE_ENVIRONMENT_HOST}`]: { environment_id: q('env-0123456789'), host_name: q('esx-05'), key_name: q('evs-key'), instance_type: q('i4i.metal') },
  [`data:${DATA_CONNECTOR}`]: { environment_id: q('env-0123456789'), type: q('VCENTER') },
  [`data:${DATA_CONNECTORS}`]: { environment_id: q('env-0123456789') },
  [`data:${DATA_ENVIRONMENT}`]: { environment_id: q('env-0123456789') },
  [`data:${DATA_ENVIRONMENTS}`]: {},
  [`resource:${RESOURCE_VM_ENTITLEMENT}`]: { environment_id: q('env-0123456789'), connector_id: q('cnctr-0123456789'), vm_ids: '["vm-1001"]' },
  [`data:${DATA_VM_ENTITLEMENTS}`]: { environment_id: q('env-0123456789'), connector_id: q('cnctr-0123456789') },
  [`resource:${RESOURCE_VLAN_EIP_ASSOCIATION}`]: { environment_id: q('env-0123456789'), vlan_name: q('hcx'), allocation_id: q('eipalloc-0123456789abcdef0') },
  [`data:${DATA_ENVIRONMENT_HOSTS}`]: { environment_id: q('env-0123456789') },
  [`data:${DATA_ENVIRONMENT_VLANS}`]: { environment_id: q('env-0123456789') },
  [`data:${DATA_VERSIONS}`]: {},
  [`data:${DATA_DEPOT_URL}`]: { environment_id: q('env-0123456789') },
  [`resource:${RESOURCE_ACCOUNT_SETTING}`]: { name: q('vcfPortedCoreCount'), value: q('256') },
  [`data:${DATA_ACCOUNT_SETTINGS}`]: {},
  /** `endpoint` is filled in with the local service's URL. */
  'provider:evs': { region: q('us-east-1') },
};
const defaults = (c: Pick<Case, 'kind' | 'type'>) => DEFAULTS[`${c.kind}:${c.type}`] ?? {};

const caseOf =
  (kind: Kind, type: string) =>
  (name: string, set: Record<string, string | null>, named?: string): Case => ({ name, kind, type, set, named });
const r = caseOf('resource', RESOURCE_CONNECTOR);
const d = caseOf('data', DATA_CONNECTOR);
const l = caseOf('data', DATA_CONNECTORS);
const p = caseOf('provider', 'evs');
const e = caseOf('data', DATA_ENVIRONMENT);
const es = caseOf('data', DATA_ENVIRONMENTS);
const v = caseOf('resource', RESOURCE_VM_ENTITLEMENT);
const vs = caseOf('data', DATA_VM_ENTITLEMENTS);
const env = caseOf('resource', RESOURCE_ENVIRONMENT);
const host = caseOf('resource', RESOURCE_ENVIRONMENT_HOST);
const eip = caseOf('resource', RESOURCE_VLAN_EIP_ASSOCIATION);
const hs = caseOf('data', DATA_ENVIRONMENT_HOSTS);
const vl = caseOf('data', DATA_ENVIRONMENT_VLANS);
const depot = caseOf('data', DATA_DEPOT_URL);
const acct = caseOf('resource', RESOURCE_ACCOUNT_SETTING);

/** Literal values: refused by `validate` (no variables, no provider configured). */
export const VALIDATE_CASES: Case[] = [
  // evs_environment_connector
  r('environment_id empty', { environment_id: q('') }),
  r('environment_id white space', { environment_id: q('   ') }),
  r('environment_id too short', { environment_id: q('env-123') }),
  r('environment_id too long', { environment_id: q('env-0123456789a') }),
  r('environment_id upper-case prefix', { environment_id: q('ENV-0123456789') }),
  r('environment_id underscore', { environment_id: q('env-01234_6789') }),
  r('environment_id full-width unicode digits', { environment_id: q('env-０１２３４５６７８９') }),
  r('environment_id trailing newline', { environment_id: q('env-0123456789\n') }),
  r('environment_id a connector id', { environment_id: q('cnctr-0123456789') }),
  r('type empty', { type: q('') }),
  r('type unknown enum value', { type: q('VSPHERE') }),
  r('type lower case', { type: q('vcenter') }),
  r('type with a zero-width space', { type: q('VCENTER\u200b') }),
  r('appliance_fqdn empty', { appliance_fqdn: q('') }),
  r('appliance_fqdn white space', { appliance_fqdn: q(' ') }),
  r('appliance_fqdn trailing dot', { appliance_fqdn: q('vcenter.example.internal.') }),
  r('appliance_fqdn underscore', { appliance_fqdn: q('v_center.example.internal') }),
  r('appliance_fqdn 64-character label', { appliance_fqdn: q(`${'a'.repeat(64)}.example.internal`) }),
  r('appliance_fqdn 254 characters', { appliance_fqdn: q(`a${LONG_FQDN}`) }),
  r('appliance_fqdn unicode', { appliance_fqdn: q('vcénter.example.internal') }),
  r('appliance_fqdn leading hyphen', { appliance_fqdn: q('-vcenter.example.internal') }),
  r('appliance_fqdn empty label', { appliance_fqdn: q('vcenter..example.internal') }),
  r('appliance_fqdn a URL', { appliance_fqdn: q('https://vcenter.example.internal') }),
  r('appliance_fqdn with a port', { appliance_fqdn: q('vcenter.example.internal:443') }),
  r('appliance_fqdn oversized (64 KiB)', { appliance_fqdn: q('a.'.repeat(32768)) }),
  r('secret_identifier empty', { secret_identifier: q('') }),
  r('secret_identifier white space', { secret_identifier: q('   ') }),
  r('secret_identifier ARN of the aws-cn partition', { secret_identifier: q('arn:aws-cn:secretsmanager:cn-north-1:111122223333:secret:evs/x-AbCdEf') }),
  r('secret_identifier ARN of the aws-us-gov partition', { secret_identifier: q('arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:evs/x') }),
  r('secret_identifier name with a colon', { secret_identifier: q('evs:vcenter') }),
  r('secret_identifier ARN with an 11-digit account', { secret_identifier: q('arn:aws:secretsmanager:us-east-1:11112222333:secret:evs/x') }),
  r('secret_identifier ARN of another service', { secret_identifier: q('arn:aws:ssm:us-east-1:111122223333:parameter/evs') }),
  r('secret_identifier 2049 characters', { secret_identifier: q('s'.repeat(2049)) }),
  r('secret_identifier unicode name', { secret_identifier: q('évs/vcenter') }),
  r('secret_identifier name with a space', { secret_identifier: q('evs vcenter') }),
  r('wait_for_healthy not a bool', { wait_for_healthy: q('maybe') }),
  r('timeouts.create words', { 'timeouts.create': q('10 minutes') }),
  r('timeouts.update negative', { 'timeouts.update': q('-5m') }),
  r('timeouts.delete zero', { 'timeouts.delete': q('0s') }),
  r('timeouts.create empty', { 'timeouts.create': q('') }),
  r('timeouts.create unknown unit', { 'timeouts.create': q('5x') }),
  r('unknown argument', { region: q('us-east-1') }),
  // evs_environment
  env('environment_name with a space', { environment_name: q('prod env') }),
  env('vpc_id upper-case hex', { vpc_id: q('vpc-0123ABCD') }),
  env('vpc_id a subnet id', { vpc_id: q('subnet-0123456789abcdef0') }),
  env('service_access_subnet_id 9 hex digits', { service_access_subnet_id: q('subnet-012345678') }),
  env('vcf_version unknown', { vcf_version: q('VCF-4.5') }),
  env('terms_accepted not a bool', { terms_accepted: q('yes please') }),
  env('kms_key_id white space', { kms_key_id: q('  ') }),
  env('site_id empty', { site_id: q('') }),
  env('site_id left out of a VCF version', { site_id: null }, 'site_id'),
  env('tags key with a space', { tags: '{ "cost center" = "x" }' }),
  env('tags value with an exclamation mark', { tags: '{ team = "vmware!" }' }),
  env('tags key of 129 characters', { tags: `{ "${'k'.repeat(129)}" = "x" }` }),
  env('initial_vlans CIDR /33', { '@initial_vlans': initialVlans({ vlan: 'vmotion', cidr: '10.0.2.0/33' }) }),
  env('initial_vlans CIDR not an address', { '@initial_vlans': initialVlans({ vlan: 'hcx', cidr: '10.0.300.0/24' }) }),
  env('initial_vlans CIDR larger than /24', { '@initial_vlans': initialVlans({ vlan: 'vsan', cidr: '10.0.0.0/23' }) }),
  env('initial_vlans CIDRs overlapping', { '@initial_vlans': initialVlans({ vlan: 'expansion_vlan2', cidr: '10.0.0.128/25' }) }),
  env('initial_vlans public HCX without an ACL', { '@initial_vlans': initialVlans({ extra: 'is_hcx_public = true' }) }, 'hcx_network_acl_id'),
  env('hosts instance type unknown', { '@hosts': hosts({ instance_type: q('m5.large') }, 'instance_type') }),
  env('hosts host name with a dot', { '@hosts': hosts({ host_name: q('esx.02') }, 'host_name') }),
  env('hosts placement group and dedicated host', { '@hosts': hosts({ placement_group_id: q('pg-0123456789abcdef0'), dedicated_host_id: q('h-0123456789abcdef0') }, 'dedicated_host_id') }),
  env('hosts key name with a space', { '@hosts': hosts({ key_name: q('evs key') }, 'key_name') }),
  env('hosts three blocks', { '@hosts': hosts({}, undefined, 3) }, 'exactly 4'),
  env('license_info solution key of four groups', { '@license_info': licence('AAAAA-BBBBB-CCCCC-DDDDD', true) }),
  env('connectivity_info one peering', { '@connectivity_info': peerings('["rsp-0123456789abcdef0"]', true) }),
  env('vcf_hostnames with a dot', { '@vcf_hostnames': hostnames(['vcenter', 'vcenter.example.internal']) }),
  env('service_access_security_groups three groups', { '@service_access_security_groups': securityGroups('["sg-1", "sg-2", "sg-3"]', true) }),
  env('timeouts.create words', { 'timeouts.create': q('six hours') }),
  // evs_environment_host
  host('environment_id bad', { environment_id: q('env-01') }),
  host('host_name with a dot', { host_name: q('esx-05.example.internal') }),
  host('key_name with a space', { key_name: q('my key') }),
  host('instance_type unknown', { instance_type: q('i3.metal') }),
  host('placement_group_id bad', { placement_group_id: q('pg-xyz') }),
  host('dedicated_host_id with a placement group', { dedicated_host_id: q('h-0123456789abcdef0'), placement_group_id: q('pg-0123456789abcdef0') }),
  host('esx_version of 129 characters', { esx_version: q('8'.repeat(129)) }),
  host('timeouts.delete zero', { 'timeouts.delete': q('0s') }),
  // evs_vlan_eip_association
  eip('environment_id a VPC id', { environment_id: q('vpc-0123456789') }),
  eip('environment_id trailing space', { environment_id: q('env-0123456789 ') }),
  eip('vlan_name empty', { vlan_name: q('') }),
  eip('vlan_name 201 characters', { vlan_name: q('h'.repeat(201)) }),
  eip('allocation_id an association id', { allocation_id: q('eipassoc-0123456789abcdef0') }),
  eip('allocation_id a public IP', { allocation_id: q('203.0.113.10') }),
  eip('allocation_id too short', { allocation_id: q('eipalloc-') }),
  eip('allocation_id 27 characters', { allocation_id: q(`eipalloc-${'0'.repeat(18)}`) }),
  eip('allocation_id with a space', { allocation_id: q('eipalloc-0123 4567') }),
  eip('allocation_id unicode', { allocation_id: q('eipalloc-０１２３４５６７') }),
  eip('timeouts.create words', { 'timeouts.create': q('ten minutes') }),
  // evs_account_setting
  acct('name empty', { name: q('') }),
  acct('name snake case', { name: q('vcf_ported_core_count') }),
  acct('name upper-case first letter', { name: q('VcfPortedCoreCount') }),
  acct('name unknown setting', { name: q('vcfLicenseCores') }),
  acct('name with a trailing newline', { name: q('vcfPortedCoreCount\n') }),
  acct('name 129 characters', { name: q('v'.repeat(129)) }),
  acct('value empty', { value: q('') }),
  acct('value above 1000000', { value: q('1000001') }),
  acct('value negative', { value: q('-1') }),
  acct('value fractional', { value: q('2.5') }),
  acct('value a word', { value: q('lots') }),
  acct('value full-width digits', { value: q('２５６') }),
  acct('value with a space', { value: q('25 6') }),
  acct('value 129 digits', { value: q('1'.repeat(129)) }),
  // data "evs_environment_hosts"
  hs('environment_id empty', { environment_id: q('') }),
  hs('environment_id a host name', { environment_id: q('esx-01') }),
  // data "evs_environment_vlans"
  vl('environment_id too long', { environment_id: q('env-01234567890') }),
  vl('environment_id upper case', { environment_id: q('ENV-0123456789') }),
  // data "evs_depot_url"
  depot('environment_id white space', { environment_id: q('  ') }),
  depot('rotate not a bool', { rotate: q('sometimes') }),
  // data "evs_environment_connector"
  d('environment_id bad', { environment_id: q('env-bad') }),
  d('connector_id too short', { type: null, connector_id: q('cnctr-123') }),
  d('connector_id white space', { type: null, connector_id: q('  ') }),
  d('type unknown enum value', { type: q('SDDC') }),
  d('connector_id and type both set', { connector_id: q('cnctr-0123456789') }, 'connector_id'),
  d('neither connector_id nor type', { type: null }, 'connector_id'),
  // data "evs_environment_connectors"
  l('environment_id empty', { environment_id: q('') }),
  l('types with an unknown enum value', { types: '["VCENTER", "VROPS"]' }),
  l('states with an unknown enum value', { states: '["RUNNING"]' }),
  l('states with an empty string', { states: '[""]' }),
  // data "evs_environment"
  e('environment_id a connector id', { environment_id: q('cnctr-0123456789') }),
  e('environment_name with a space', { environment_name: q('my env'), environment_id: null }),
  e('environment_name empty', { environment_name: q(''), environment_id: null }),
  e('environment_name 101 characters', { environment_name: q('n'.repeat(101)), environment_id: null }),
  e('environment_name unicode', { environment_name: q('prod-é'), environment_id: null }),
  e('environment_id and environment_name both set', { environment_name: q('prod') }, 'environment_id'),
  e('neither environment_id nor environment_name', { environment_id: null }, 'environment_id'),
  // data "evs_environments"
  es('states with an unknown enum value', { states: '["READY"]' }),
  es('states lower case', { states: '["created"]' }),
  // evs_vm_entitlement
  v('environment_id too short', { environment_id: q('env-012345678') }),
  v('connector_id empty', { connector_id: q('') }),
  v('connector_id too short', { connector_id: q('cnctr-123') }),
  v('connector_id an environment id', { connector_id: q('env-0123456789') }),
  v('connector_id upper-case prefix', { connector_id: q('CNCTR-0123456789') }),
  v('connector_id with a trailing newline', { connector_id: q('cnctr-0123456789\n') }),
  v('entitlement_type unknown enum value', { entitlement_type: q('LINUX') }),
  v('entitlement_type lower case', { entitlement_type: q('windows_server') }),
  v('vm_ids empty', { vm_ids: '[]' }),
  v('vm_ids an element without digits', { vm_ids: '["vm-"]' }),
  v('vm_ids an upper-case prefix', { vm_ids: '["VM-1001"]' }),
  v('vm_ids a bare number', { vm_ids: '["1001"]' }),
  v('vm_ids a VM name', { vm_ids: '["web-server-1"]' }),
  v('vm_ids full-width digits', { vm_ids: '["vm-１００１"]' }),
  v('vm_ids an element with a space', { vm_ids: '["vm-1001 "]' }),
  v('vm_ids an empty element', { vm_ids: '["vm-1001", ""]' }),
  v('vm_ids 1025-character element', { vm_ids: `["vm-${'1'.repeat(1022)}"]` }),
  v('vm_ids a string, not a set', { vm_ids: q('vm-1001') }),
  v('timeouts.update words', { 'timeouts.update': q('an hour') }),
  // data "evs_vm_entitlements"
  vs('environment_id upper case', { environment_id: q('ENV-0123456789') }),
  vs('connector_id too long', { connector_id: q('cnctr-0123456789a') }),
  vs('entitlement_type unknown enum value', { entitlement_type: q('RHEL') }),
  // provider "evs" (one aliased block per case)
  p('region white space', { region: q('  ') }),
  p('region with a trailing space', { region: q('us-east-1 ') }),
  p('region unknown shape', { region: q('moon-1') }),
  p('profile empty', { profile: q('') }),
  p('profile white space', { profile: q('   ') }),
  p('access_key lower case', { access_key: q('akia-lower-case-key'), secret_key: q('x') }),
  p('access_key without secret_key', { access_key: q('AKIAIOSFODNN7EXAMPLE') }, 'secret_key'),
  p('secret_key white space', { secret_key: q('   '), access_key: q('AKIAIOSFODNN7EXAMPLE') }),
  p('token without access_key', { token: q('FwoGZXIvYXdzEXAMPLE') }),
  p('token white space', { token: q(' '), access_key: q('AKIAIOSFODNN7EXAMPLE'), secret_key: q('x') }),
  p('endpoint not a URL', { endpoint: q('not a url') }),
  p('endpoint ftp scheme', { endpoint: q('ftp://evs.example.internal') }),
  p('endpoint empty', { endpoint: q('') }),
  p('max_retries above 100', { max_retries: '101' }),
  p('max_retries negative', { max_retries: '-1' }),
  p('max_retries fractional', { max_retries: '1.5' }),
  p('max_retries not a number', { max_retries: q('many') }),
  p('retry_mode unknown enum value', { retry_mode: q('fast') }),
  p('shared_config_files empty path', { shared_config_files: '[""]' }),
  p('shared_credentials_files white-space path', { shared_credentials_files: '["  "]' }),
  p('assume_role.role_arn short account', { 'assume_role.role_arn': q('arn:aws:iam::123:role/x') }),
  p('assume_role.role_arn a user', { 'assume_role.role_arn': q('arn:aws:iam::123456789012:user/x') }),
  p('assume_role.session_name too short', { 'assume_role.session_name': q('a') }),
  p('assume_role.session_name 65 characters', { 'assume_role.session_name': q('s'.repeat(65)) }),
  p('assume_role.session_name with a space', { 'assume_role.session_name': q('my session') }),
  p('assume_role.external_id too short', { 'assume_role.external_id': q('x') }),
  p('assume_role.duration below 15m', { 'assume_role.duration': q('10m') }),
  p('assume_role.duration above 12h', { 'assume_role.duration': q('13h') }),
  p('assume_role.duration words', { 'assume_role.duration': q('1 hour') }),
  p('default_tags.tags key with a space', { 'default_tags.tags': '{ "cost center" = "x" }' }),
];

/** Values that come from variables: unknown at validate, refused at plan with the values known. */
export const PLAN_CASES: Case[] = [
  r('environment_id from a variable', { environment_id: 'var.v0' }),
  r('appliance_fqdn from a variable, trailing dot', { appliance_fqdn: 'var.v1' }),
  r('secret_identifier from a variable, colon', { secret_identifier: 'var.v2' }),
  r('type from a variable, unknown enum value', { type: 'var.v3' }),
  r('timeouts.create from a variable', { 'timeouts.create': 'var.v4' }),
  d('connector_id from a variable', { type: null, connector_id: 'var.v5' }),
  l('types from a variable', { types: 'var.v6' }),
  e('environment_name from a variable', { environment_name: 'var.v7', environment_id: null }),
  v('vm_ids from a variable, bad element', { vm_ids: 'var.v8' }),
  v('connector_id from a variable', { connector_id: 'var.v9' }),
  eip('allocation_id from a variable', { allocation_id: 'var.v10' }),
  eip('vlan_name from a variable, empty', { vlan_name: 'var.v11' }),
  depot('environment_id from a variable', { environment_id: 'var.v12' }),
  acct('value from a variable, above 1000000', { value: 'var.v13' }),
  acct('name from a variable, unknown setting', { name: 'var.v14' }),
];
const PLAN_VARS = {
  v0: 'env-01234567890',
  v1: 'vcenter.example.internal.',
  v2: 'evs:vcenter',
  v3: 'NSX_MANAGER',
  v4: '1 fortnight',
  v5: 'cnctr-',
  v6: ['VCENTER', 'HCX'],
  v7: 'prod env',
  v8: ['vm-1001', 'vm-10x1'],
  v9: 'cnctr-012345678',
  v10: 'eipalloc_0123456789',
  v11: '',
  v12: 'env-xyz',
  v13: '2000000',
  v14: 'portedCores',
};
const PLAN_VAR_TYPES: Record<string, string> = { v6: 'set(string)', v8: 'set(string)' };

interface Rendered {
  readonly text: string;
  /** Per case: the 1-based line of its bad argument (absent: none) and the lines of its block. */
  readonly cases: Array<{ line?: number; from: number; to: number }>;
  /** Blocks that must stay free of errors (valid controls). */
  readonly controls: Array<{ from: number; to: number }>;
}

/**
 * HCL for all cases, one block each. Every line a case cares about carries a marker comment
 * (`# bad N`, `# begin N`, `# end N`), so line numbers are read back from the text, not counted.
 */
function render(cases: Case[], endpoint: string, variables: string[] = [], withControls = true): Rendered {
  const out: string[] = [
    'terraform {',
    '  required_providers {',
    '    evs = { source = "evslabs/evs", version = "0.1.0" }',
    '  }',
    '}',
  ];
  for (const v of variables) out.push(`variable "${v}" { type = ${PLAN_VAR_TYPES[v] ?? 'string'} }`);
  const block = (tag: string, header: string[], defaults: Record<string, string>, set: Record<string, string | null>) => {
    const bad = Object.entries(set).find(([, v]) => v !== null)?.[0];
    const merged: Record<string, string | null> = { ...defaults, ...set };
    out.push(`${header[0]} # begin ${tag}`, ...header.slice(1));
    const nested = new Map<string, Map<string, string>>();
    if (Object.keys(merged).some((k) => k.startsWith('assume_role.'))) {
      nested.set('assume_role', new Map([['role_arn', q('arn:aws:iam::123456789012:role/evs-admin')]]));
    }
    for (const [k, v] of Object.entries(merged)) {
      if (v === null) continue;
      const dot = k.indexOf('.');
      if (k.startsWith('@')) {
        out.push(`  ${v.replace(/ #BAD$/gm, k === bad ? ` # bad ${tag}` : '')}`);
      } else if (dot > 0) {
        const name = k.slice(0, dot);
        nested.set(name, (nested.get(name) ?? new Map<string, string>()).set(k.slice(dot + 1), v));
      } else {
        out.push(`  ${k} = ${v}${k === bad ? ` # bad ${tag}` : ''}`);
      }
    }
    for (const [name, attrs] of nested) {
      out.push(`  ${name} {`);
      for (const [k, v] of attrs) out.push(`    ${k} = ${v}${`${name}.${k}` === bad ? ` # bad ${tag}` : ''}`);
      out.push('  }');
    }
    out.push(`} # end ${tag}`);
  };
  const epq = q(endpoint);
  const providerDefaults = { ...defaults({ kind: 'provider', type: 'evs' }), endpoint: epq };
  block('control-provider', ['provider "evs" {'], providerDefaults, {});
  cases.forEach((c, i) => {
    const tag = String(i);
    if (c.kind === 'provider') {
      block(tag, ['provider "evs" {', `  alias = "c${i}"`], providerDefaults, c.set);
      // Engines validate only provider configurations that something uses.
      out.push(`data "${DATA_CONNECTORS}" "use_c${i}" {`, `  provider = evs.c${i}`, `  environment_id = "env-0123456789"`, '}');
    } else block(tag, [`${c.kind} "${c.type}" "c${i}" {`], defaults(c), c.set);
  });
  // Valid controls: no false positives next to the cases (validate only: a plan would read them).
  if (withControls) block('control-resource', [`resource "${RESOURCE_CONNECTOR}" "control" {`], defaults({ kind: 'resource', type: RESOURCE_CONNECTOR }), { 'timeouts.create': q('45m') });
  if (withControls) block('control-data', [`data "${DATA_CONNECTOR}" "control" {`], defaults({ kind: 'data', type: DATA_CONNECTORS }), { connector_id: q('cnctr-0123456789') });
  const text = out.join('\n') + '\n';
  const lines = text.split('\n');
  const find = (marker: string): number | undefined => {
    const i = lines.findIndex((l) => l.endsWith(` # ${marker}`));
    return i < 0 ? undefined : i + 1;
  };
  const span = (tag: string) => ({ from: find(`begin ${tag}`)!, to: find(`end ${tag}`)! });
  return {
    text,
    cases: cases.map((_, i) => ({ line: find(`bad ${i}`), ...span(String(i)) })),
    controls: (withControls ? ['control-provider', 'control-resource', 'control-data'] : ['control-provider']).map(span),
  };
}

interface Diag {
  severity: string;
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { line: number }; end: { line: number } };
}

/** Each case has an error on its bad argument's line (or naming the absent one); controls have none. */
function expectEveryCaseRefused(cases: Case[], rendered: Rendered, diags: Diag[]): void {
  const errors = diags.filter((x) => x.severity === 'error');
  const missing: string[] = [];
  cases.forEach((c, i) => {
    const at = rendered.cases[i]!;
    const hit = errors.find((e) => {
      if (!e.range) return false;
      if (c.named) {
        return e.range.start.line >= at.from && e.range.start.line <= at.to && `${e.summary} ${e.detail ?? ''}`.includes(c.named);
      }
      return at.line !== undefined && e.range.start.line <= at.line && e.range.end.line >= at.line;
    });
    if (!hit) missing.push(`${c.kind} ${c.type} "${c.name}" (line ${at.line ?? at.from})`);
  });
  expect(missing).toEqual([]);
  for (const block of rendered.controls) {
    expect(errors.filter((e) => e.range && e.range.start.line >= block.from && e.range.start.line <= block.to)).toEqual([]);
  }
}

let svc: RunningEmulator;
beforeAll(async () => {
  svc = await startService();
});
afterAll(() => svc?.close());

test('the matrix has at least 40 cases and covers every argument of the provider and of every registered resource and data source', () => {
  const all = [...VALIDATE_CASES, ...PLAN_CASES];
  expect(all.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(all.map((c) => `${c.kind}:${c.type}:${Object.keys(c.set)[0]!.replace(/^@/, '').split('.')[0]}`));
  const args = (kind: Kind, type: string, schema: SchemaDef) =>
    [...Object.entries(schema.attributes).filter(([, a]) => a.required || a.optional).map(([n]) => n), ...Object.keys(schema.blocks ?? {})].map(
      (n) => `${kind}:${type}:${n}`,
    );
  const expected = [
    ...RESOURCES.flatMap((r) => args('resource', r.typeName, r.schema)),
    ...DATA_SOURCES.flatMap((d) => args('data', d.typeName, d.schema)),
    ...args('provider', 'evs', providerSchema),
  ];
  // A registered type without a valid default block cannot host cases either.
  expect([...RESOURCES.map((r) => `resource:${r.typeName}`), ...DATA_SOURCES.map((d) => `data:${d.typeName}`)].filter((k) => !DEFAULTS[k])).toEqual([]);
  expect(expected.filter((e) => !covered.has(e))).toEqual([]);
});

describe.each(engineTable())('%s', (_name, engine) => {
  test(`validate refuses all ${VALIDATE_CASES.length} literal cases, each at its argument, with zero EVS calls`, async () => {
    await svc.control.resetCounters();
    const rendered = render(VALIDATE_CASES, svc.url);
    const ws = await Workspace.create(engine, { fixture: join(__dirname, 'fixtures', 'connector'), endpoint: svc.url });
    for (const f of ['main.tf', 'terraform.tfvars.json']) ws.removeFile(f);
    writeFileSync(join(ws.dir, 'main.tf'), rendered.text);

    const v = await ws.run(['validate', '-json']);
    expect(v.code).toBe(1);
    const doc = JSON.parse(v.stdout) as { valid: boolean; diagnostics: Diag[] };
    expect(doc.valid).toBe(false);
    expectEveryCaseRefused(VALIDATE_CASES, rendered, doc.diagnostics);

    // plan refuses the same before configuring anything.
    const plan = await ws.run(['plan', '-json']);
    expect(plan.code).toBe(1);
    expect(await totalCalls(svc)).toBe(0);
    console.log(`[hostile ${engine.name}] validate: ${VALIDATE_CASES.length} cases in ${v.ms} ms, ${doc.diagnostics.length} diagnostics; plan ${plan.ms} ms`);
  });

  test(`plan refuses all ${PLAN_CASES.length} cases whose values come from variables, each at its argument and address, with zero EVS calls`, async () => {
    await svc.control.resetCounters();
    const vars = Object.keys(PLAN_VARS);
    const rendered = render(PLAN_CASES, svc.url, vars, false);
    const ws = await Workspace.create(engine, { fixture: join(__dirname, 'fixtures', 'connector'), endpoint: svc.url });
    ws.removeFile('main.tf');
    writeFileSync(join(ws.dir, 'main.tf'), rendered.text);
    writeFileSync(join(ws.dir, 'terraform.tfvars.json'), JSON.stringify(PLAN_VARS));

    // Unknown at validate: accepted there.
    const v = await ws.run(['validate', '-json']);
    expect(JSON.parse(v.stdout)).toMatchObject({ valid: true });

    const plan = await ws.run(['plan', '-json']);
    expect(plan.code).toBe(1);
    const diags = plan.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { type: string; diagnostic?: Diag })
      .filter((m) => m.type === 'diagnostic')
      .map((m) => m.diagnostic!);
    expectEveryCaseRefused(PLAN_CASES, rendered, diags);
    const addresses = diags.filter((x) => x.severity === 'error').map((x) => x.address);
    PLAN_CASES.forEach((c, i) => {
      const addr = `${c.kind === 'data' ? 'data.' : ''}${c.type}.c${i}`;
      expect(addresses).toContain(addr);
    });
    expect(await totalCalls(svc)).toBe(0);
  });
});
