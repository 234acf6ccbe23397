import { checkString, COUNT_CONSTRAINTS } from '../../../evs/constraints';
import type { Validator } from '../../framework/schema';
import { isKnown, isPlainObject } from '../../framework/values';

/**
 * A map of EVS tags: every key and value against the constraint table, and at most as many
 * entries as one request may carry. Each bad entry is reported at its own key.
 */
export function tagMap(): Validator {
  const { max } = COUNT_CONSTRAINTS.tags;
  return {
    description: `at most ${max} EVS tags`,
    validate(value, path, diags) {
      if (!isPlainObject(value)) return;
      const entries = Object.entries(value);
      if (entries.length > max) {
        diags.error(`Too many tags in ${path.toString()}`, `It has ${entries.length} tags; EVS accepts at most ${max} per resource.`, path);
      }
      for (const [k, v] of entries) {
        const keyProblem = checkString('tagKey', k);
        if (keyProblem) diags.error(`Invalid tag key in ${path.toString()}`, `The key ${keyProblem}`, path.key(k));
        if (!isKnown(v) || typeof v !== 'string') continue;
        const valueProblem = checkString('tagValue', v);
        if (valueProblem) diags.error(`Invalid tag value in ${path.toString()}`, `The value of ${JSON.stringify(k)} ${valueProblem}`, path.key(k));
      }
    },
  };
}
