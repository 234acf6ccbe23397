/**
 * The one table of EVS constraints (API version 2023-07-27). The client, the local EVS service
 * and the provider's plan-time validation all read it; `test/evs/constraints.test.ts` holds it
 * against the official model in `../shared/reference/evs/service-2.json`.
 *
 * Patterns are the model's, anchored: the service matches the whole value.
 */

export interface StringConstraint {
  /** Model shape name. */
  readonly shape: string;
  readonly min?: number;
  readonly max?: number;
  /** The model's pattern without anchors. */
  readonly pattern?: string;
  /** What a valid value looks like, for error messages. */
  readonly hint: string;
  /** Other model shapes with exactly these bounds (e.g. the two `vlanName` shapes). */
  readonly sameAs?: readonly string[];
}

export const STRING_CONSTRAINTS = {
  environmentId: {
    shape: 'EnvironmentId',
    pattern: '(env-[a-zA-Z0-9]{10})',
    hint: '"env-" followed by 10 letters or digits, e.g. env-0123456789',
  },
  connectorId: {
    shape: 'ConnectorId',
    pattern: '(cnctr-[a-zA-Z0-9]{10})',
    hint: '"cnctr-" followed by 10 letters or digits, e.g. cnctr-0123456789',
  },
  applianceFqdn: {
    shape: 'ApplianceFqdn',
    min: 1,
    max: 253,
    pattern: '[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*',
    hint: 'a host name of dot-separated labels (letters, digits, inner hyphens, at most 63 characters each), no trailing dot, at most 253 characters, e.g. vcenter.example.internal',
  },
  secretIdentifier: {
    shape: 'SecretIdentifier',
    min: 1,
    max: 2048,
    pattern:
      '(arn:aws:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@!-]+|[a-zA-Z0-9/_+=.@!-]+)',
    hint: 'a Secrets Manager secret ARN in the aws partition (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME) or a secret name of letters, digits and /_+=.@!-',
  },
  clientToken: {
    shape: 'ClientToken',
    min: 1,
    max: 100,
    pattern: '[!-~]+',
    hint: '1 to 100 printable ASCII characters without spaces',
  },
  environmentName: {
    shape: 'EnvironmentName',
    min: 1,
    max: 100,
    pattern: '[a-zA-Z0-9_-]+',
    hint: '1 to 100 letters, digits, underscores or hyphens',
  },
  vmId: {
    shape: 'VmId',
    min: 4,
    max: 1024,
    pattern: 'vm-[0-9]+',
    hint: 'a vSphere VM managed object id: "vm-" followed by digits, e.g. vm-1001',
  },
  vmName: {
    shape: 'VmName',
    min: 1,
    max: 1024,
    hint: '1 to 1024 characters',
  },
  vpcId: {
    shape: 'VpcId',
    min: 12,
    max: 21,
    pattern: 'vpc-[a-f0-9]{8}([a-f0-9]{9})?',
    hint: '"vpc-" followed by 8 or 17 lower-case hex digits, e.g. vpc-0123456789abcdef0',
  },
  subnetId: {
    shape: 'SubnetId',
    min: 15,
    max: 24,
    pattern: 'subnet-[a-f0-9]{8}([a-f0-9]{9})?',
    hint: '"subnet-" followed by 8 or 17 lower-case hex digits, e.g. subnet-0123456789abcdef0',
  },
  securityGroupId: {
    shape: 'SecurityGroupId',
    min: 3,
    max: 25,
    pattern: 'sg-[0-9a-zA-Z]*',
    hint: '"sg-" followed by letters or digits, at most 25 characters, e.g. sg-0123456789abcdef0',
  },
  cidr: {
    shape: 'Cidr',
    pattern: '((25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)/(3[0-2]|[1-2][0-9]|[0-9])',
    hint: 'an IPv4 CIDR block, e.g. 10.0.1.0/24 (EVS wants /28 to /24)',
  },
  networkAclId: {
    shape: 'NetworkAclId',
    min: 4,
    max: 21,
    pattern: 'acl-[a-zA-Z0-9_-]+',
    hint: '"acl-" followed by letters, digits, _ or -, at most 21 characters, e.g. acl-0123456789abcdef0',
  },
  routeServerPeering: {
    shape: 'RouteServerPeering',
    min: 3,
    max: 21,
    hint: 'a route server peer id of 3 to 21 characters, e.g. rsp-0123456789abcdef0',
  },
  solutionKey: {
    shape: 'SolutionKey',
    pattern: '[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}',
    hint: 'a VCF licence key: five groups of 5 letters or digits joined by hyphens (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)',
  },
  vsanKey: {
    shape: 'VSanLicenseKey',
    pattern: '[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}',
    hint: 'a vSAN licence key: five groups of 5 letters or digits joined by hyphens (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)',
  },
  hostName: {
    shape: 'HostName',
    pattern: '([a-zA-Z0-9\\-]*)',
    hint: 'a host name of letters, digits and hyphens, without dots, e.g. esx-01',
  },
  keyName: {
    shape: 'KeyName',
    min: 1,
    max: 255,
    pattern: '[a-zA-Z0-9_-]+',
    hint: 'an EC2 key pair name of 1 to 255 letters, digits, _ or -',
  },
  placementGroupId: {
    shape: 'PlacementGroupId',
    min: 1,
    max: 25,
    pattern: 'pg-[a-f0-9]{8}([a-f0-9]{9})?',
    hint: '"pg-" followed by 8 or 17 lower-case hex digits, e.g. pg-0123456789abcdef0',
  },
  dedicatedHostId: {
    shape: 'DedicatedHostId',
    min: 1,
    max: 25,
    pattern: 'h-[a-f0-9]{8}([a-f0-9]{9})?',
    hint: '"h-" followed by 8 or 17 lower-case hex digits, e.g. h-0123456789abcdef0',
  },
  esxVersion: {
    shape: 'EsxVersion',
    min: 0,
    max: 128,
    hint: 'an ESX version of at most 128 characters, as GetVersions lists them (data source evs_versions)',
  },
  vlanName: {
    shape: 'AssociateEipToVlanRequestVlanNameString',
    sameAs: ['DisassociateEipFromVlanRequestVlanNameString'],
    min: 1,
    max: 200,
    hint: 'a VLAN name of 1 to 200 characters; EVS accepts hcx (the public HCX VLAN)',
  },
  allocationId: {
    shape: 'AllocationId',
    min: 9,
    max: 26,
    pattern: 'eipalloc-[a-zA-Z0-9_-]+',
    hint: '"eipalloc-" followed by letters, digits, _ or -, at most 26 characters, e.g. eipalloc-0123456789abcdef0',
  },
  associationId: {
    shape: 'AssociationId',
    min: 9,
    max: 26,
    pattern: 'eipassoc-[a-zA-Z0-9_-]+',
    hint: '"eipassoc-" followed by letters, digits, _ or -, at most 26 characters, e.g. eipassoc-0123456789abcdef0',
  },
  resourceArn: {
    shape: 'Arn',
    min: 1,
    max: 1011,
    pattern: 'arn:aws:evs:[a-z]{2}-[a-z]+-[0-9]:[0-9]{12}:environment/[a-zA-Z0-9_-]+',
    hint: 'an EVS environment ARN, e.g. arn:aws:evs:us-east-1:111122223333:environment/env-0123456789',
  },
  tagKey: {
    shape: 'TagKey',
    min: 1,
    max: 128,
    pattern: '[\\w.:/=+-@]+',
    hint: '1 to 128 characters of letters, digits and _ . : / = + - @ (also , ; < > ?), no spaces',
  },
  tagValue: {
    shape: 'TagValue',
    min: 0,
    max: 256,
    pattern: '[\\w.:/=+-@]+|',
    hint: 'at most 256 characters of letters, digits and _ . : / = + - @ (also , ; < > ?), no spaces; empty is allowed',
  },
  settingName: {
    shape: 'SettingName',
    min: 1,
    max: 128,
    pattern: '[a-zA-Z0-9]+',
    hint: '1 to 128 letters or digits, e.g. vcfPortedCoreCount',
  },
  settingValue: {
    shape: 'SettingValue',
    min: 1,
    max: 128,
    pattern: '[a-zA-Z0-9]+',
    hint: '1 to 128 letters or digits',
  },
} as const satisfies Record<string, StringConstraint>;

export type StringConstraintName = keyof typeof STRING_CONSTRAINTS;

export const ENUMS = {
  ConnectorType: ['OPERATIONS_MANAGER', 'SDDC_MANAGER', 'VCENTER'],
  ConnectorState: ['CREATING', 'CREATE_FAILED', 'ACTIVE', 'UPDATING', 'UPDATE_FAILED', 'DELETING', 'DELETED'],
  CheckResult: ['PASSED', 'FAILED', 'UNKNOWN'],
  CheckType: [
    'KEY_REUSE',
    'KEY_COVERAGE',
    'REACHABILITY',
    'HOST_COUNT',
    'VCENTER_REACHABILITY',
    'VCENTER_VM_SYNC',
    'VCENTER_VM_EVENT',
    'OPERATIONS_MANAGER_REACHABILITY',
    'SDDC_MANAGER_REACHABILITY',
    'SDDC_MANAGER_HOST_COUNT',
    'SDDC_MANAGER_KEY_COVERAGE',
    'SDDC_MANAGER_KEY_REUSE',
    'CONNECTOR_HEALTH',
  ],
  EnvironmentState: ['CREATING', 'CREATED', 'DELETING', 'DELETED', 'CREATE_FAILED'],
  VcfVersion: ['VCF-5.2.1', 'VCF-5.2.2', 'SELF_DEPLOYED'],
  ValidationExceptionReason: ['unknownOperation', 'cannotParse', 'fieldValidationFailed', 'other'],
  EntitlementType: ['WINDOWS_SERVER'],
  EntitlementStatus: ['CREATING', 'CREATED', 'DELETED', 'AT_RISK', 'ENTITLEMENT_REMOVED', 'CREATE_FAILED'],
  InstanceType: ['i4i.metal', 'i7i.metal-24xl', 'i7i.metal-48xl', 'r7i.metal-24xl', 'r7i.metal-48xl'],
  HostState: ['CREATING', 'CREATED', 'UPDATING', 'DELETING', 'DELETED', 'CREATE_FAILED', 'UPDATE_FAILED'],
  VlanState: ['CREATING', 'CREATED', 'DELETING', 'DELETED', 'CREATE_FAILED'],
} as const;

export type ConnectorType = (typeof ENUMS.ConnectorType)[number];
export type ConnectorState = (typeof ENUMS.ConnectorState)[number];
export type CheckResult = (typeof ENUMS.CheckResult)[number];
export type CheckType = (typeof ENUMS.CheckType)[number];
export type EnvironmentState = (typeof ENUMS.EnvironmentState)[number];
export type VcfVersion = (typeof ENUMS.VcfVersion)[number];
export type ValidationExceptionReason = (typeof ENUMS.ValidationExceptionReason)[number];
export type EntitlementType = (typeof ENUMS.EntitlementType)[number];
export type EntitlementStatus = (typeof ENUMS.EntitlementStatus)[number];
export type InstanceType = (typeof ENUMS.InstanceType)[number];
export type HostState = (typeof ENUMS.HostState)[number];
export type VlanState = (typeof ENUMS.VlanState)[number];

/** Integer ranges of the model (`MaxResults`). */
export const INT_CONSTRAINTS = {
  maxResults: { shape: 'MaxResults', min: 1, max: 100 },
} as const;

/** Item counts of the model's bounded lists, and the table entry each item is checked against. */
export const LIST_CONSTRAINTS = {
  vmIds: { shape: 'VmIdList', min: 1, max: 100, item: 'vmId' },
  securityGroups: { shape: 'SecurityGroups', min: 0, max: 2, item: 'securityGroupId' },
  privateRouteServerPeerings: { shape: 'RouteServerPeeringList', min: 2, max: 2, item: 'routeServerPeering' },
  tagKeys: { shape: 'TagKeys', min: 1, max: 200, item: 'tagKey' },
} as const satisfies Record<string, { shape: string; min: number; max: number; item: StringConstraintName }>;

/** Item counts of the model's other bounded collections (lists of structures, maps). */
export const COUNT_CONSTRAINTS = {
  hosts: { shape: 'HostInfoForCreateList', min: 4, max: 4 },
  licenseInfo: { shape: 'LicenseInfoList', min: 1, max: 1 },
  networkInterfaces: { shape: 'NetworkInterfaceList', min: 0, max: 2 },
  tags: { shape: 'RequestTagMap', min: 1, max: 200 },
  settings: { shape: 'AccountSettingList', min: 0, max: 100 },
} as const satisfies Record<string, { shape: string; min: number; max: number }>;

/** VLAN subnet sizes EVS accepts: /28 (smallest) to /24 (largest) (the user guide); a public HCX VLAN is a /28. */
export const VLAN_PREFIX = { smallest: 28, largest: 24, publicHcx: 28 } as const;

/**
 * Hosts in an environment EVS deploys VCF into: 4 made with it, up to 32 in all (the API
 * documentation's "4-32 hosts per environment", since EVS raised the limit from 16).
 */
export const HOST_COUNT = { min: 4, max: 32 } as const;

/** Whether EVS deploys VCF into an environment of this version (every version but SELF_DEPLOYED). */
export function deploysVcf(version: VcfVersion): boolean {
  return version !== 'SELF_DEPLOYED';
}

/**
 * CreateEnvironment members for the VCF deployment: refused with SELF_DEPLOYED (the model) and
 * needed by the other versions (the model leaves them optional; the CloudFormation page marks them
 * required, so the local service's refusal of a missing one is a guess).
 */
export const VCF_DEPLOYMENT_MEMBERS = ['licenseInfo', 'hosts', 'vcfHostnames', 'siteId', 'connectivityInfo'] as const;
export type VcfDeploymentMember = (typeof VCF_DEPLOYMENT_MEMBERS)[number];

const compiled = new Map<string, RegExp>();
function anchored(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    // Grouped: a pattern with a top-level alternation (TagValue: `…+|`) must match whole as well.
    re = new RegExp(`^(?:${pattern})$`);
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * Checks a string against the table. Returns null when valid, else a sentence naming what is
 * wrong and what a valid value looks like (no attribute name: callers add their own path).
 */
export function checkString(name: StringConstraintName, value: string): string | null {
  const c: StringConstraint = STRING_CONSTRAINTS[name];
  if (c.min !== undefined && value.length < c.min) {
    return value.length === 0
      ? `must not be empty; expected ${c.hint}.`
      : `is ${value.length} characters long, fewer than the ${c.min} required; expected ${c.hint}.`;
  }
  if (c.max !== undefined && value.length > c.max) {
    return `is ${value.length} characters long, more than the ${c.max} allowed; expected ${c.hint}.`;
  }
  if (c.pattern !== undefined && !anchored(c.pattern).test(value)) {
    return `${JSON.stringify(value)} is not valid; expected ${c.hint}.`;
  }
  return null;
}

/** Checks a value against one of the model's enums; null when valid. */
export function checkEnum(name: keyof typeof ENUMS, value: string): string | null {
  const allowed: readonly string[] = ENUMS[name];
  if (allowed.includes(value)) return null;
  return `${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`;
}

export function isConnectorType(value: string): value is ConnectorType {
  return (ENUMS.ConnectorType as readonly string[]).includes(value);
}

/**
 * The regional account settings EVS documents (PutAccountSettings / GetAccountSettings), beyond
 * the `settingName` / `settingValue` rows above: what each means and what its value may be. The
 * model lists the valid names only in prose (`AccountSetting.name`), so this is their one table.
 */
export const ACCOUNT_SETTINGS = {
  vcfPortedCoreCount: {
    description: 'the total number of VCF licence cores ported to Amazon EVS for the account in the Region, shared with Broadcom for record-keeping',
    /** A numeric string, at most 1,000,000 cores. */
    max: 1_000_000,
    hint: 'a whole number of cores from 0 to 1000000, e.g. 256',
  },
} as const satisfies Record<string, { description: string; max: number; hint: string }>;

export type AccountSettingName = keyof typeof ACCOUNT_SETTINGS;
export const ACCOUNT_SETTING_NAMES = Object.keys(ACCOUNT_SETTINGS) as AccountSettingName[];

export function isAccountSettingName(name: string): name is AccountSettingName {
  return Object.prototype.hasOwnProperty.call(ACCOUNT_SETTINGS, name);
}

/**
 * Checks a setting's name, then its value for that setting (after the `settingName` and
 * `settingValue` rows). Null when valid, else a sentence naming the member that is wrong
 * (`name` or `value`) and what it should be.
 */
export function checkAccountSetting(name: string, value: string | undefined): { member: 'name' | 'value'; problem: string } | null {
  const badName = checkString('settingName', name);
  if (badName) return { member: 'name', problem: badName };
  if (!isAccountSettingName(name)) {
    return { member: 'name', problem: `${JSON.stringify(name)} is not an EVS account setting; expected one of ${ACCOUNT_SETTING_NAMES.join(', ')}.` };
  }
  if (value === undefined) return null;
  const badValue = checkString('settingValue', value);
  if (badValue) return { member: 'value', problem: badValue };
  const s = ACCOUNT_SETTINGS[name];
  if (!/^[0-9]+$/.test(value) || Number(value) > s.max) return { member: 'value', problem: `${JSON.stringify(value)} is not valid for ${name}; expected ${s.hint}.` };
  return null;
}
