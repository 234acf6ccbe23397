import { checkEnum, checkString, ENUMS, LIST_CONSTRAINTS, type StringConstraintName } from '../../evs/constraints';
import { isUnknown, type CtyValue, type ObjectValue } from '../protocol/provider-api';
import type { Diagnostics } from './diagnostics';
import { DURATION_HINT, parseDuration } from './duration';
import { attr, type Path } from './path';
import type { ConfigValidator, Validator } from './schema';
import { isKnown, num } from './values';

function invalid(diags: Diagnostics, path: Path, sentence: string): void {
  diags.error(`Invalid value for ${path.toString()}`, sentence, path);
}

/** A string against a row of the EVS constraint table (src/evs/constraints.ts). */
export function constraint(name: StringConstraintName): Validator {
  return {
    description: `must satisfy the EVS ${name} constraint`,
    validate(value, path, diags) {
      if (typeof value !== 'string') return;
      const problem = checkString(name, value);
      if (problem) invalid(diags, path, `The value ${problem}`);
    },
  };
}

/** A string that must be one of an EVS enum's values. */
export function oneOfEnum(name: keyof typeof ENUMS): Validator {
  return {
    description: `must be one of ${ENUMS[name].join(', ')}`,
    validate(value, path, diags) {
      if (typeof value !== 'string') return;
      const problem = checkEnum(name, value);
      if (problem) invalid(diags, path, `The value ${problem}`);
    },
  };
}

export function oneOf(allowed: readonly string[]): Validator {
  return {
    description: `must be one of ${allowed.join(', ')}`,
    validate(value, path, diags) {
      if (typeof value !== 'string' || allowed.includes(value)) return;
      invalid(diags, path, `The value ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`);
    },
  };
}

/** A Go-style duration string; `min` rejects zero and anything shorter. */
export function duration(opts: { minMs?: number; maxMs?: number } = {}): Validator {
  return {
    description: `a duration: ${DURATION_HINT}`,
    validate(value, path, diags) {
      if (typeof value !== 'string') return;
      const ms = parseDuration(value);
      if (ms === null) {
        invalid(diags, path, `The value ${JSON.stringify(value)} is not a duration; use ${DURATION_HINT}.`);
      } else if (opts.minMs !== undefined && ms < opts.minMs) {
        invalid(diags, path, `The duration ${JSON.stringify(value)} is too short; it must be at least ${opts.minMs / 1000}s.`);
      } else if (opts.maxMs !== undefined && ms > opts.maxMs) {
        invalid(diags, path, `The duration ${JSON.stringify(value)} is too long; it must be at most ${opts.maxMs / 1000}s.`);
      }
    },
  };
}

export function intBetween(min: number, max: number): Validator {
  return {
    description: `a whole number from ${min} to ${max}`,
    validate(value, path, diags) {
      const n = num(value);
      if (n === undefined) return;
      if (!Number.isInteger(n) || n < min || n > max) {
        invalid(diags, path, `The value ${String(value)} is not a whole number from ${min} to ${max}.`);
      }
    },
  };
}

/**
 * Applies `inner` to each known element of a list or set. List elements get an index path; set
 * elements have no addressable path in the protocol, so they point at the set itself.
 */
export function eachElement(inner: Validator, kind: 'list' | 'set'): Validator {
  return {
    description: `each element ${inner.description}`,
    validate(value, path, diags) {
      if (!Array.isArray(value)) return;
      value.forEach((el, i) => {
        if (!isKnown(el)) return;
        inner.validate(el, kind === 'list' ? path.index(i) : path, diags);
      });
    },
  };
}

/** Exactly one of the named top-level attributes must be set; unknowns count as "maybe set". */
export function exactlyOneOf(...names: string[]): ConfigValidator {
  return (config, diags) => {
    const set = names.filter((n) => config[n] !== null && config[n] !== undefined);
    if (set.some((n) => isUnknown(config[n] as CtyValue))) {
      if (set.length > 1 && set.filter((n) => !isUnknown(config[n] as CtyValue)).length > 1) {
        tooMany(config, names, set, diags);
      }
      return;
    }
    if (set.length === 1) return;
    if (set.length === 0) {
      diags.error(
        `Missing ${names.join(' or ')}`,
        `Set exactly one of ${names.join(', ')}.`,
        attr(names[0]!),
      );
      return;
    }
    tooMany(config, names, set, diags);
  };
}

function tooMany(_config: ObjectValue, names: string[], set: string[], diags: Diagnostics): void {
  diags.error(
    `Conflicting ${set.join(' and ')}`,
    `Set exactly one of ${names.join(', ')}, not ${set.join(' and ')}.`,
    attr(set[1]!),
  );
}

/** Either all of the named attributes are set, or none (e.g. access_key with secret_key). */
export function allOrNone(...names: string[]): ConfigValidator {
  return (config, diags) => {
    const isSet = names.map((n) => config[n] !== null && config[n] !== undefined);
    if (isSet.every(Boolean) || isSet.every((s) => !s)) return;
    const missing = names.filter((_, i) => !isSet[i]);
    const present = names.filter((_, i) => isSet[i]);
    diags.error(
      `Missing ${missing.join(', ')}`,
      `${present.join(' and ')} ${present.length > 1 ? 'are' : 'is'} set, so ${missing.join(' and ')} must be set as well.`,
      attr(missing[0]!),
    );
  };
}

/**
 * A list or set with at least `min` (and at most `max`) elements, e.g. a row of the constraint
 * table's LIST_CONSTRAINTS. Unknown elements still count: the element count is known.
 */
export function itemCount(min: number, max?: number): Validator {
  const range = max === undefined ? `at least ${min}` : `${min} to ${max}`;
  return {
    description: `${range} elements`,
    validate(value, path, diags) {
      if (!Array.isArray(value)) return;
      if (value.length < min || (max !== undefined && value.length > max)) {
        invalid(diags, path, `It has ${value.length} element${value.length === 1 ? '' : 's'}; it needs ${range}.`);
      }
    },
  };
}

/** A list against a row of LIST_CONSTRAINTS: its length (itemCount), then each known item at its index. */
export function listConstraint(name: keyof typeof LIST_CONSTRAINTS): Validator {
  const { min, max, item } = LIST_CONSTRAINTS[name];
  const count = itemCount(min, max);
  const each = eachElement(constraint(item), 'list');
  return {
    description: `${count.description}, each satisfying the EVS ${item} constraint`,
    validate(value, path, diags) {
      count.validate(value, path, diags);
      each.validate(value, path, diags);
    },
  };
}

/** A string the model leaves unbounded but that is never blank when given (e.g. a KMS key id). */
export function nonBlank(what: string): Validator {
  return {
    description: `a non-blank ${what}`,
    validate(value, path, diags) {
      if (typeof value === 'string' && value.trim() === '') invalid(diags, path, `The value must not be empty or white space; expected ${what}.`);
    },
  };
}
