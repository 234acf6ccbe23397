import { isUnknown } from '../protocol/provider-api';
import type { PlanModifier } from './schema';
import { valuesEqual } from './values';

/**
 * Keeps the prior value of a computed attribute in the plan instead of "known after apply",
 * for values that never change once set (ids, creation times).
 */
export function useStateForUnknown(): PlanModifier {
  return {
    description: 'Once set, the value of this attribute in state will not change.',
    modify(req, resp) {
      if (req.creating || req.state === null) return;
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
