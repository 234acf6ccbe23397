import { UNKNOWN, type AttributePath, type ObjectValue } from '../protocol/provider-api';
import { attr } from './path';
import type { SchemaDef } from './schema';
import { valuesEqual } from './values';

export interface PlanInput {
  readonly priorState: ObjectValue | null;
  readonly proposedNewState: ObjectValue | null;
  readonly config: ObjectValue | null;
}
export interface PlanOutput {
  readonly plannedState: ObjectValue | null;
  readonly requiresReplace: AttributePath[];
}

/**
 * The generic plan, following the engine's rules (PLUGIN-PROTOCOL.md, "Planning rules"):
 * - destroy (proposed null) plans null;
 * - defaults fill attributes the configuration leaves null;
 * - on create, or when a remote-affecting argument changes, computed attributes the configuration
 *   does not set become unknown ("known after apply");
 * - plan modifiers then run per attribute: useStateForUnknown restores prior values,
 *   requiresReplace reports paths only where prior and planned differ.
 * Planned values of configured arguments are never altered (the engine rejects that).
 */
export function planChange(def: SchemaDef, input: PlanInput): PlanOutput {
  const { priorState, proposedNewState } = input;
  if (proposedNewState === null) return { plannedState: null, requiresReplace: [] };
  const config = input.config ?? {};
  const creating = priorState === null;
  const planned: ObjectValue = { ...proposedNewState };

  for (const [name, a] of Object.entries(def.attributes)) {
    if (a.default !== undefined && (config[name] === null || config[name] === undefined)) planned[name] = a.default;
  }

  if (creating || remoteChange(def, priorState, planned)) {
    for (const [name, a] of Object.entries(def.attributes)) {
      if (!a.computed || a.default !== undefined) continue;
      if (config[name] === null || config[name] === undefined) planned[name] = UNKNOWN;
    }
  }

  const requiresReplace: AttributePath[] = [];
  const modified = [...Object.entries(def.attributes), ...Object.entries(def.blocks ?? {})];
  for (const [name, a] of modified) {
    if (!a.planModifiers?.length) continue;
    const resp = { plan: planned[name] ?? null, requiresReplace: false };
    const req = {
      path: attr(name),
      config: config[name] ?? null,
      state: priorState?.[name] ?? null,
      creating,
      priorState,
      plan: planned,
    };
    for (const m of a.planModifiers) m.modify(req, resp);
    planned[name] = resp.plan;
    if (resp.requiresReplace) requiresReplace.push(attr(name).steps);
  }
  return { plannedState: planned, requiresReplace };
}

/** Does the plan change an argument that alters the remote object (not local-only settings)? */
export function remoteChange(def: SchemaDef, prior: ObjectValue, planned: ObjectValue): boolean {
  for (const [name, a] of Object.entries(def.attributes)) {
    if (a.localOnly || (a.computed && !a.optional)) continue;
    if (!valuesEqual(prior[name], planned[name])) return true;
  }
  for (const [name, b] of Object.entries(def.blocks ?? {})) {
    if (b.localOnly) continue;
    if (!valuesEqual(prior[name], planned[name])) return true;
  }
  return false;
}
