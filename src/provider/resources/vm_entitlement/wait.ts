import type { VmEntitlement } from '../../../evs';
import type { ProviderContext } from '../shared/context';
import { waitFor, type Deadline, type WaitSpec } from '../shared/wait';
import { byVm, ENTITLEMENTS, scopeKey, type Scope } from './find';
import { isLive } from './model';

/** What one settle waits for: new entitlements to leave CREATING, removed ones to stop being tracked. */
export interface Settle {
  readonly created: readonly string[];
  readonly deleted: readonly string[];
}

/** The VMs of `goal` still under way in one observation (a created VM EVS does not list yet counts). */
export function unsettled(goal: Settle, held: ReadonlyMap<string, VmEntitlement>): string[] {
  return [
    ...goal.created.filter((id) => (held.get(id)?.status ?? 'CREATING') === 'CREATING'),
    ...goal.deleted.filter((id) => isLive(held.get(id))),
  ];
}

/** "3 CREATING, 17 CREATED" for the VMs of the goal. */
function tally(goal: Settle, held: ReadonlyMap<string, VmEntitlement>): string {
  const counts = new Map<string, number>();
  for (const id of [...goal.created, ...goal.deleted]) {
    const s = held.get(id)?.status ?? 'not listed';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
}

function spec(ctx: ProviderContext, scope: Scope, goal: Settle): WaitSpec<Map<string, VmEntitlement>> {
  const lists = ctx.lists(ENTITLEMENTS);
  const what = `the ${scope.type} entitlements of connector ${scope.connectorId} (environment ${scope.environmentId})`;
  return {
    what,
    goal: goal.deleted.length === 0 ? 'be validated (leave CREATING)' : goal.created.length === 0 ? 'stop' : 'be validated or stopped',
    kind: 'vm entitlements',
    logFields: { environment_id: scope.environmentId, connector_id: scope.connectorId, created: goal.created.length, deleted: goal.deleted.length },
    refresh: async (signal) => byVm(await lists.poll(scopeKey(scope), signal)),
    // Per-VM outcomes (CREATE_FAILED, …) are judged by the caller once every VM has settled.
    judge: (held) => ({ done: unsettled(goal, held).length === 0 }),
    describe: (held) => tally(goal, held),
    onTimeout: (held) => `Still under way: ${unsettled(goal, held).join(', ')}.`,
  };
}

/** Polls the scope's list until every VM of the goal has settled; returns the last observation. */
export function waitSettled(ctx: ProviderContext, scope: Scope, goal: Settle, deadline: Deadline): Promise<Map<string, VmEntitlement>> {
  return waitFor(ctx, spec(ctx, scope, goal), deadline);
}
