/**
 * Input validation from the constraint table: every bad member is named in `fieldList`
 * (reason `fieldValidationFailed`). Members the model does not know are ignored, as AWS does.
 * Each family declares its operations' input specs.
 */
import {
  checkEnum,
  checkString,
  ENUMS,
  INT_CONSTRAINTS,
  LIST_CONSTRAINTS,
  type StringConstraintName,
} from '../evs/constraints';
import { validationError, type ValidationField } from './protocol';

export type FieldSpec =
  | { kind: 'string'; constraint: StringConstraintName }
  | { kind: 'enum'; values: keyof typeof ENUMS }
  | { kind: 'enumList'; values: keyof typeof ENUMS }
  | { kind: 'list'; constraint: keyof typeof LIST_CONSTRAINTS }
  | { kind: 'maxResults' }
  | { kind: 'token' };

export interface InputSpec {
  required: readonly string[];
  members: Record<string, FieldSpec>;
}

function checkMember(spec: FieldSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string') return 'must be a string.';
      return checkString(spec.constraint, value);
    case 'token':
      return typeof value === 'string' ? null : 'must be a string.';
    case 'enum':
      if (typeof value !== 'string') return 'must be a string.';
      return checkEnum(spec.values, value);
    case 'enumList': {
      if (!Array.isArray(value)) return 'must be a list.';
      for (const item of value) {
        const m = typeof item === 'string' ? checkEnum(spec.values, item) : 'every item must be a string.';
        if (m) return m;
      }
      return null;
    }
    case 'list': {
      const { min, max, item } = LIST_CONSTRAINTS[spec.constraint];
      if (!Array.isArray(value)) return 'must be a list.';
      if (value.length < min || value.length > max) {
        return `has ${value.length} items; expected ${min} to ${max}.`;
      }
      for (const [i, v] of value.entries()) {
        const m = typeof v === 'string' ? checkString(item, v) : 'must be a string.';
        if (m) return `item ${i + 1} ${m}`;
      }
      return null;
    }
    case 'maxResults': {
      const { min, max } = INT_CONSTRAINTS.maxResults;
      if (typeof value !== 'number' || !Number.isInteger(value)) return `must be an integer from ${min} to ${max}.`;
      if (value < min || value > max) return `${value} is out of range; expected an integer from ${min} to ${max}.`;
      return null;
    }
  }
}

/** Collects every problem of the input; throws one ValidationException naming them all. */
export function validateInput(input: Record<string, unknown>, spec: InputSpec, extra: ValidationField[] = []): void {
  const fields: ValidationField[] = [];
  for (const name of spec.required) {
    if (input[name] === undefined || input[name] === null) fields.push({ name, message: `${name} is required.` });
  }
  for (const [name, member] of Object.entries(spec.members)) {
    const value = input[name];
    // A JSON null member means "absent" (as AWS reads it): drop it so operations never see null.
    if (value === null) delete input[name];
    if (value === undefined || value === null) continue;
    const problem = checkMember(member, value);
    if (problem) fields.push({ name, message: `${name} ${problem}` });
  }
  fields.push(...extra);
  if (fields.length > 0) throw fieldErrors(fields);
}

export function fieldErrors(fields: ValidationField[]): Error {
  const n = fields.length;
  const message = `${n} validation error${n === 1 ? '' : 's'} detected: ${fields.map((f) => f.message).join(' ')}`;
  return validationError(message, 'fieldValidationFailed', fields);
}

/** The rule of each input member name the model uses with one meaning across operations. */
const MEMBER_RULES = {
  clientToken: { kind: 'string', constraint: 'clientToken' },
  environmentId: { kind: 'string', constraint: 'environmentId' },
  connectorId: { kind: 'string', constraint: 'connectorId' },
  applianceFqdn: { kind: 'string', constraint: 'applianceFqdn' },
  secretIdentifier: { kind: 'string', constraint: 'secretIdentifier' },
  entitlementType: { kind: 'enum', values: 'EntitlementType' },
  vmIds: { kind: 'list', constraint: 'vmIds' },
  nextToken: { kind: 'token' },
  maxResults: { kind: 'maxResults' },
} as const satisfies Record<string, FieldSpec>;

/**
 * An operation's input from its member names: each is ruled by the table above, or by `rules` for
 * a name that means something else per operation (e.g. `type`, `state`).
 */
export function inputSpec(spec: { required: readonly string[]; optional?: readonly string[]; rules?: Record<string, FieldSpec> }): InputSpec {
  const rules: Record<string, FieldSpec> = { ...MEMBER_RULES, ...spec.rules };
  const members: Record<string, FieldSpec> = {};
  for (const name of [...spec.required, ...(spec.optional ?? [])]) {
    const rule = rules[name];
    if (!rule) throw new Error(`No input rule for member ${name}.`);
    members[name] = rule;
  }
  return { required: spec.required, members };
}
