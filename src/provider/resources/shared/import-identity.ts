import { STRING_CONSTRAINTS } from '../../../evs/constraints';
import type { ObjectValue } from '../../protocol/provider-api';

/** The string constraints that have a pattern (ids, names). */
type Constraint = { [K in keyof typeof STRING_CONSTRAINTS]: (typeof STRING_CONSTRAINTS)[K] extends { pattern: string } ? K : never }[keyof typeof STRING_CONSTRAINTS];

/** Whether an import names its object by identity (the engine sends an all-null identity with an id import). */
export function importsByIdentity(identity: ObjectValue | undefined): identity is ObjectValue {
  return identity !== undefined && Object.values(identity).some((v) => v !== null);
}

/**
 * The string identity attributes of an `import { identity = { … } }` block (engines ≥ 1.12), each
 * checked against its constraint; or a sentence naming the first identity attribute that is
 * missing or wrong and what it expects.
 */
export function checkIdentity<K extends string>(identity: ObjectValue, attributes: Readonly<Record<K, { constraint: Constraint; what: string }>>): Record<K, string> | string {
  const out = {} as Record<K, string>;
  for (const [name, { constraint, what }] of Object.entries(attributes) as [K, { constraint: Constraint; what: string }][]) {
    const v = identity[name];
    const c = STRING_CONSTRAINTS[constraint];
    const fits = typeof v === 'string' && v !== '' && new RegExp(`^${c.pattern}$`).test(v);
    if (!fits) return `The identity's ${name} (${typeof v === 'string' ? JSON.stringify(v) : 'missing'}) is not ${what}: expected ${c.hint}.`;
    out[name] = v;
  }
  return out;
}
