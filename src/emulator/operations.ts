/**
 * Every EVS operation the local service answers, gathered from the families. The operation list
 * (routing, faults, counters, rate limits) is derived from here; a new operation is added to its
 * family only.
 */
import { CONNECTOR_OPERATIONS } from './families/connectors';
import { ENTITLEMENT_OPERATIONS } from './families/entitlements';
import { ENVIRONMENT_OPERATIONS } from './families/environments';
import { HOST_OPERATIONS } from './families/hosts';
import { TAG_OPERATIONS } from './families/tags';
import { VERSION_OPERATIONS } from './families/versions';
import { VLAN_OPERATIONS } from './families/vlans';
import type { Input, OperationContext, OperationSpec, Output } from './families/family';
import { validateInput } from './validate';

export type { OperationContext };

const FAMILIES = {
  connectors: CONNECTOR_OPERATIONS,
  environments: ENVIRONMENT_OPERATIONS,
  entitlements: ENTITLEMENT_OPERATIONS,
  hosts: HOST_OPERATIONS,
  vlans: VLAN_OPERATIONS,
  tags: TAG_OPERATIONS,
  versions: VERSION_OPERATIONS,
} as const;

type Families = typeof FAMILIES;
export type OperationName = { [F in keyof Families]: keyof Families[F] & string }[keyof Families];

/** Each operation's input rules and handler. */
export const OPERATION_SPECS: Readonly<Record<OperationName, OperationSpec>> = Object.assign({}, ...Object.values(FAMILIES));
const SPECS = OPERATION_SPECS;

export const OPERATIONS = Object.keys(SPECS) as readonly OperationName[];

export function isOperationName(value: string): value is OperationName {
  return Object.prototype.hasOwnProperty.call(SPECS, value);
}

/** Validates the input against the operation's rules, then runs it; throws AwsError for the AWS error answers. */
export function runOperation(op: OperationName, input: Input, ctx: OperationContext): Output {
  const spec = SPECS[op];
  validateInput(input, spec.input, spec.crossCheck?.(input));
  return spec.handler(input, ctx);
}
