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

/** Integer ranges of the model (`MaxResults`). */
export const INT_CONSTRAINTS = {
  maxResults: { shape: 'MaxResults', min: 1, max: 100 },
} as const;

/** Item counts of the model's bounded lists, and the table entry each item is checked against. */
export const LIST_CONSTRAINTS = {
  vmIds: { shape: 'VmIdList', min: 1, max: 100, item: 'vmId' },
} as const satisfies Record<string, { shape: string; min: number; max: number; item: StringConstraintName }>;

const compiled = new Map<string, RegExp>();
function anchored(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern}$`);
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
    return `must not be empty; expected ${c.hint}.`;
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
