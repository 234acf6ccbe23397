import type { Connector } from '../../../evs';
import type { ProviderContext } from '../shared/context';
import { waitFor, type Deadline, type Verdict, type WaitSpec } from '../shared/wait';
import { CONNECTORS } from './find';
import { GONE, statusConnector, type ConnectorStatus } from './status';

/** What one connector wait is for: its wording and how each polled status is judged. */
interface Goal {
  readonly text: string;
  /** Mention the health status in messages. */
  readonly health?: boolean;
  readonly judge: (s: ConnectorStatus, connectorId: string) => Verdict;
}

function details(c: Connector | undefined): string {
  return c?.stateDetails ? `: ${c.stateDetails}` : ' (EVS gave no details)';
}

/** A create or an update ends at ACTIVE; these are the facts that tell the two waits apart. */
function settlesActive(facts: { text: string; pending: string; failed: string; verb: 'create' | 'update'; participle: 'created' | 'updated' }): Goal {
  const { pending, failed, verb, participle } = facts;
  return {
    text: facts.text,
    judge: ({ state, connector }, id) => {
      if (state === 'ACTIVE') return { done: true };
      if (state === pending) return { done: false };
      if (state === failed) return { failed: `EVS could not ${verb} connector ${id} (${failed})${details(connector)}` };
      if (state === GONE) return { failed: `Connector ${id} disappeared while it was being ${participle}.` };
      return { failed: `Connector ${id} went to state ${state} while it was being ${participle}${details(connector)}` };
    },
  };
}

const CREATED = settlesActive({ text: 'become ACTIVE', pending: 'CREATING', failed: 'CREATE_FAILED', verb: 'create', participle: 'created' });
const UPDATED = settlesActive({ text: 'become ACTIVE after the update', pending: 'UPDATING', failed: 'UPDATE_FAILED', verb: 'update', participle: 'updated' });

const DELETED: Goal = {
  text: 'be deleted',
  judge: ({ state, connector }, id) => {
    if (state === GONE || state === 'DELETED') return { done: true };
    if (state === 'DELETING' || state === 'ACTIVE') return { done: false };
    return { failed: `Connector ${id} went to state ${state} instead of being deleted${details(connector)}` };
  },
};

/** ACTIVE with health status PASSED (wait_for_healthy). */
const HEALTHY: Goal = {
  text: 'report health status PASSED',
  health: true,
  judge: ({ state, connector }, id) => {
    if (state === GONE) return { failed: `Connector ${id} disappeared while waiting for it to become healthy.` };
    if (state !== 'ACTIVE') return { failed: `Connector ${id} left ACTIVE (now ${state}) while waiting for it to become healthy${details(connector)}` };
    return connector?.status === 'PASSED' ? { done: true } : { done: false };
  },
};

/** Failed checks of a connector, for messages: "VCENTER_REACHABILITY FAILED since …". */
export function failingChecks(c: Connector | undefined): string {
  const bad = (c?.checks ?? []).filter((k) => k.result !== 'PASSED');
  if (bad.length === 0) return 'no failing checks reported';
  return bad.map((k) => `${k.type} ${k.result}${k.impairedSince ? ` since ${k.impairedSince.toISOString()}` : ''}`).join(', ');
}

/** The generic waiter's spec for one connector and goal; polls share the waiters' list cache. */
function spec(ctx: ProviderContext, environmentId: string, connectorId: string, goal: Goal): WaitSpec<ConnectorStatus> {
  const lists = ctx.lists(CONNECTORS);
  return {
    what: `EVS connector ${connectorId} (environment ${environmentId})`,
    goal: goal.text,
    kind: 'connector',
    logFields: { environment_id: environmentId, connector_id: connectorId },
    refresh: (signal) => statusConnector(lists.poll, environmentId, connectorId, signal),
    judge: (s) => goal.judge(s, connectorId),
    describe: (s) => `${s.state}${goal.health && s.connector?.status ? ` with health ${s.connector.status}` : ''}`,
    onTimeout: (s) => (goal.health && s.state === 'ACTIVE' ? `Failing checks: ${failingChecks(s.connector)}.` : undefined),
  };
}

export const WAIT_GOALS = { created: CREATED, updated: UPDATED, deleted: DELETED, healthy: HEALTHY } as const;
export type WaitGoal = keyof typeof WAIT_GOALS;

/** Waits for one connector to reach `goal` (see shared/wait.ts for how waits end). */
export async function waitConnector(
  ctx: ProviderContext,
  environmentId: string,
  connectorId: string,
  goal: WaitGoal,
  deadline: Deadline,
): Promise<ConnectorStatus> {
  return waitFor(ctx, spec(ctx, environmentId, connectorId, WAIT_GOALS[goal]), deadline);
}
