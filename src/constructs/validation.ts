/**
 * Synth-time checks of literal construct input against the EVS constraint table. Tokens
 * (references resolved by the engine) pass through: only the engine knows their values, and the
 * provider validates them at plan time against the same table.
 */
import { Token } from 'cdktf';
import type { IConstruct } from 'constructs';
import { checkEnum, checkString, type StringConstraintName, type ENUMS } from '../evs/constraints';

/**
 * A property as the calling program spells it: jsii's runtimes for Python and Go name themselves in
 * JSII_AGENT (`Python/3.12.1`, `go1.25.1/linux/amd64`), and their bindings rename properties the
 * way jsii-pacmak does (snake_case, PascalCase). `states[0]` keeps its index; each member of a
 * path such as `initialVlans.edgeVtep` is renamed.
 */
export function propertyName(property: string, agent: string | undefined = process.env.JSII_AGENT): string {
  const rename = /^python\//i.test(agent ?? '')
    ? (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    : /^go\d/i.test(agent ?? '')
      ? (name: string) => name.charAt(0).toUpperCase() + name.slice(1)
      : undefined;
  if (!rename) return property;
  return property.replace(/(^|\.)([A-Za-z]\w*)/g, (_m, dot: string, name: string) => dot + rename(name));
}

/** Thrown for construct input EVS would refuse; the message names the construct, the property and the value. */
function fail(scope: IConstruct, property: string, problem: string): never {
  throw new Error(`${scope.node.path}: invalid ${propertyName(property)}: ${problem}`);
}

export function checkLiteral(
  scope: IConstruct,
  property: string,
  constraint: StringConstraintName,
  value: string | undefined,
): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  const problem = checkString(constraint, value);
  if (problem) fail(scope, property, problem);
}

export function checkEnumLiteral(
  scope: IConstruct,
  property: string,
  enumName: keyof typeof ENUMS,
  value: string | undefined,
): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  const problem = checkEnum(enumName, value);
  if (problem) fail(scope, property, problem);
}

export function checkEnumList(
  scope: IConstruct,
  property: string,
  enumName: keyof typeof ENUMS,
  values: readonly string[] | undefined,
): void {
  if (values === undefined || Token.isUnresolved(values)) return;
  values.forEach((v, i) => checkEnumLiteral(scope, `${property}[${i}]`, enumName, v));
}

/** A custom rule (e.g. "must be an ARN") with the same message shape. */
export function checkThat(scope: IConstruct, property: string, ok: boolean, problem: string): void {
  if (!ok) fail(scope, property, problem);
}
