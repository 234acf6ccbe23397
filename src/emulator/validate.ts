/**
 * Input validation from the constraint table: every bad member is named in `fieldList`
 * (reason `fieldValidationFailed`). Members the model does not know are ignored, as AWS does.
 * Each family declares its operations' input specs.
 */
import {
  checkEnum,
  checkString,
  COUNT_CONSTRAINTS,
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
  | { kind: 'token' }
  | { kind: 'boolean' }
  /** Any string (the model's unbounded `String` members). */
  | { kind: 'text' }
  | { kind: 'structure'; required: readonly string[]; members: Record<string, FieldSpec> }
  | { kind: 'structureList'; count: keyof typeof COUNT_CONSTRAINTS; item: FieldSpec }
  /** A string map: entry count, each key and each value from the table. */
  | { kind: 'map'; count: keyof typeof COUNT_CONSTRAINTS; key: StringConstraintName; value: StringConstraintName };

export interface InputSpec {
  required: readonly string[];
  members: Record<string, FieldSpec>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks one member at `path`, adding a field for each problem (nested members get their own path). */
function checkMember(spec: FieldSpec, value: unknown, path: string, fields: ValidationField[]): void {
  const add = (problem: string | null) => {
    if (problem) fields.push({ name: path, message: `${path} ${problem}` });
  };
  switch (spec.kind) {
    case 'string':
      return add(typeof value !== 'string' ? 'must be a string.' : checkString(spec.constraint, value));
    case 'token':
    case 'text':
      return add(typeof value === 'string' ? null : 'must be a string.');
    case 'boolean':
      return add(typeof value === 'boolean' ? null : 'must be true or false.');
    case 'enum':
      return add(typeof value !== 'string' ? 'must be a string.' : checkEnum(spec.values, value));
    case 'enumList': {
      if (!Array.isArray(value)) return add('must be a list.');
      for (const item of value) {
        const m = typeof item === 'string' ? checkEnum(spec.values, item) : 'every item must be a string.';
        if (m) return add(m);
      }
      return;
    }
    case 'list': {
      const { min, max, item } = LIST_CONSTRAINTS[spec.constraint];
      if (!Array.isArray(value)) return add('must be a list.');
      if (value.length < min || value.length > max) return add(`has ${value.length} items; expected ${counted(min, max)}.`);
      for (const [i, v] of value.entries()) {
        const m = typeof v === 'string' ? checkString(item, v) : 'must be a string.';
        if (m) return add(`item ${i + 1} ${m}`);
      }
      return;
    }
    case 'maxResults': {
      const { min, max } = INT_CONSTRAINTS.maxResults;
      if (typeof value !== 'number' || !Number.isInteger(value)) return add(`must be an integer from ${min} to ${max}.`);
      if (value < min || value > max) return add(`${value} is out of range; expected an integer from ${min} to ${max}.`);
      return;
    }
    case 'structure': {
      if (!isObject(value)) return add('must be an object.');
      for (const name of spec.required) {
        if (value[name] == null) fields.push({ name: `${path}.${name}`, message: `${path}.${name} is required.` });
      }
      for (const [name, member] of Object.entries(spec.members)) {
        if (value[name] != null) checkMember(member, value[name], `${path}.${name}`, fields);
      }
      return;
    }
    case 'structureList': {
      const { min, max } = COUNT_CONSTRAINTS[spec.count];
      if (!Array.isArray(value)) return add('must be a list.');
      if (value.length < min || value.length > max) return add(`has ${value.length} items; expected ${counted(min, max)}.`);
      value.forEach((item, i) => checkMember(spec.item, item, `${path}[${i}]`, fields));
      return;
    }
    case 'map': {
      const { min, max } = COUNT_CONSTRAINTS[spec.count];
      if (!isObject(value)) return add('must be an object of string keys and values.');
      const entries = Object.entries(value);
      if (entries.length < min || entries.length > max) return add(`has ${entries.length} entries; expected ${counted(min, max)}.`);
      for (const [k, v] of entries) {
        const km = checkString(spec.key, k);
        if (km) return add(`key ${JSON.stringify(k)} ${km}`);
        const vm = typeof v === 'string' ? checkString(spec.value, v) : 'must be a string.';
        if (vm) return add(`value of ${JSON.stringify(k)} ${vm}`);
      }
      return;
    }
  }
}

const counted = (min: number, max: number) => (min === max ? `exactly ${min}` : `${min} to ${max}`);

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
    checkMember(member, value, name, fields);
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
  allocationId: { kind: 'string', constraint: 'allocationId' },
  associationId: { kind: 'string', constraint: 'associationId' },
  resourceArn: { kind: 'string', constraint: 'resourceArn' },
  tags: { kind: 'map', count: 'tags', key: 'tagKey', value: 'tagValue' },
  tagKeys: { kind: 'list', constraint: 'tagKeys' },
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
