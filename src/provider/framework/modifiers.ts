import { isUnknown } from '../protocol/provider-api';
import type { PlanModifier } from './schema';
import { valuesEqual } from './values';

/**
 * Keeps the prior value of a computed attribute in the plan instead of "known after apply",
 * for values that never change once set (ids, creation times).
 */
export function useStateForUnknown(opts: { keepNull?: boolean } = {}): PlanModifier {
  return {
    description: 'Once set, the value of this attribute in state will not change.',
    modify(req, resp) {
      // keepNull: a null the service reported (e.g. a default it does not echo) is kept as well,
      // so a change elsewhere (tags) does not make it unknown and, with requiresReplace, replace.
      if (req.creating || (req.state === null && !opts.keepNull)) return;
      if (isUnknown(req.config)) return;
      if (isUnknown(resp.plan)) resp.plan = req.state;
    },
  };
}

/** A change of this attribute replaces the resource: only where prior and planned differ. */
export function requiresReplace(): PlanModifier {
  return {
    description: 'If the value of this attribute changes, Terraform will destroy and recreate the resource.',
    modify(req, resp) {
      if (req.creating) return;
      if (valuesEqual(req.state, resp.plan)) return;
      resp.requiresReplace = true;
    },
  };
}

/**
 * Like requiresReplace, except when the prior value is absent (null or empty): state that never
 * recorded the value (e.g. after an import, where the service cannot report it) takes the
 * configured value in place instead of replacing the object.
 */
export function requiresReplaceOnceRecorded(): PlanModifier {
  return {
    description: 'If the recorded value of this attribute changes, Terraform will destroy and recreate the resource.',
    modify(req, resp) {
      if (req.creating || req.state === null || (Array.isArray(req.state) && req.state.length === 0)) return;
      if (valuesEqual(req.state, resp.plan)) return;
      resp.requiresReplace = true;
    },
  };
}

/**
 * Keeps the prior value of a computed attribute in the plan unless one of `arguments` changes:
 * for values only those arguments can alter (e.g. the secret's ARN, which an FQDN change leaves
 * as it is). Other changes of the object then do not show it as "known after apply".
 */
export function useStateUnlessChanged(...args: readonly string[]): PlanModifier {
  return {
    description: `Once set, the value of this attribute in state changes only when ${args.join(' or ')} changes.`,
    modify(req, resp) {
      if (req.creating || req.state === null || !req.priorState || !req.plan) return;
      if (!isUnknown(resp.plan)) return;
      if (args.some((a) => !valuesEqual(req.priorState![a] ?? null, req.plan![a] ?? null))) return;
      resp.plan = req.state;
    },
  };
}
