import type { CtyValue, ObjectValue } from '../protocol/provider-api';
import { DURATION_HINT, parseDuration } from './duration';
import type { AttributeDef, BlockDef } from './schema';
import { duration } from './validators';
import { obj, str } from './values';

export type Operation = 'create' | 'read' | 'update' | 'delete';

/**
 * The `timeouts { create = "45m" }` block every Terraform provider offers: one optional duration
 * per operation. A change of timeouts alters nothing remote (local-only).
 */
export function timeoutsBlock(defaults: Partial<Record<Operation, string>>): BlockDef {
  const attributes: Record<string, AttributeDef> = {};
  for (const [op, def] of Object.entries(defaults)) {
    attributes[op] = {
      type: 'string',
      optional: true,
      description: `How long to wait for the ${op} to finish before failing, as ${DURATION_HINT}. Default \`${def}\`.`,
      validators: [duration({ minMs: 1 })],
    };
  }
  return {
    nesting: 'single',
    description: 'How long each operation may take.',
    attributes,
    localOnly: true,
  };
}

/** The timeout for `op` in ms from the `timeouts` value of a plan or state, else the default. */
export function timeoutFor(value: ObjectValue | null | undefined, op: Operation, defaultText: string): number {
  const block = obj(value?.['timeouts'] as CtyValue | undefined);
  const text = str(block?.[op]);
  const parsed = text !== undefined ? parseDuration(text) : null;
  if (parsed !== null && parsed > 0) return parsed;
  const fallback = parseDuration(defaultText);
  if (fallback === null) throw new Error(`timeouts: default ${defaultText} is not a duration`);
  return fallback;
}
