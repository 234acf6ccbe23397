import { setTimeout as sleep } from 'timers/promises';
import type { Connector } from '../../evs';
import { formatDuration } from '../framework/duration';
import { StoppedError } from '../framework/stop';
import { log } from '../log';
import type { PollSettings, ProviderContext } from './context';
import { GONE, statusConnector, type ConnectorStatus } from './status';

export class WaitTimeoutError extends Error {
  constructor(
    message: string,
    readonly lastStatus: ConnectorStatus | undefined,
  ) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

/** The connector reached a failed state (CREATE_FAILED, UPDATE_FAILED) or vanished. */
export class WaitFailedError extends Error {
  constructor(
    message: string,
    readonly lastStatus: ConnectorStatus | undefined,
  ) {
    super(message);
    this.name = 'WaitFailedError';
  }
}

/**
 * A poll failed (after the client's own retries): the service is unreachable, throttles without
 * end, or refuses the credentials. Carries what was being waited for, so the error can say it.
 */
export class WaitPollError extends Error {
  constructor(
    /** e.g. "waiting for EVS connector cnctr-… (environment env-…) to become ACTIVE" */
    readonly activity: string,
    override readonly cause: unknown,
    readonly lastStatus: ConnectorStatus | undefined,
  ) {
    super(`Lost contact with EVS while ${activity}`);
    this.name = 'WaitPollError';
  }
}

/** When an operation must end: its absolute time and the configured timeout it came from. */
export interface Deadline {
  readonly at: number;
  readonly timeoutMs: number;
}

export function deadlineIn(timeoutMs: number): Deadline {
  return { at: Date.now() + timeoutMs, timeoutMs };
}

type Verdict = { done: true } | { done: false } | { failed: string };

/** What a wait is for: its wording and how each polled status is judged. */
interface Goal {
  /** What we wait for, e.g. "become ACTIVE". */
  readonly text: string;
  /** Mention the health status in a timeout message. */
  readonly health?: boolean;
  readonly judge: (s: ConnectorStatus, connectorId: string) => Verdict;
}

/**
 * The pause before the next poll: a tenth of the time waited so far, between the configured
 * minimum and maximum, with ±20% jitter so parallel waiters spread out. Short operations are
 * noticed within a fraction of a second; long ones poll at most every `maxDelayMs`. (The SDK
 * waiter's fixed doubling either adds seconds to short waits or polls long ones too often.)
 */
export function nextPollDelay(elapsedMs: number, poll: PollSettings, random: () => number = Math.random): number {
  const base = Math.min(poll.maxDelayMs, Math.max(poll.minDelayMs, elapsedMs / 10));
  return base * (0.8 + 0.4 * random());
}

/**
 * Polls statusConnector until the judge is satisfied, the deadline passes (WaitTimeoutError,
 * after a last poll at the deadline), the connector fails (WaitFailedError) or the provider is
 * stopped (StoppedError, at once: the pause and any request in flight are aborted). Logs every
 * state transition.
 */
async function waitConnector(
  ctx: ProviderContext,
  environmentId: string,
  connectorId: string,
  { at: deadline, timeoutMs }: Deadline,
  goal: Goal,
): Promise<ConnectorStatus> {
  const started = Date.now();
  let last: ConnectorStatus | undefined;
  const what = `EVS connector ${connectorId} (environment ${environmentId})`;
  const list = (e: string, s?: AbortSignal) => ctx.pollLister().list(e, s);
  const stopped = () => ctx.signal.aborted;

  for (;;) {
    if (stopped()) throw new StoppedError();
    let status: ConnectorStatus;
    try {
      status = await statusConnector(list, environmentId, connectorId, ctx.signal);
    } catch (err) {
      if (stopped()) throw new StoppedError();
      const seen = last ? ` (last seen ${last.state})` : '';
      throw new WaitPollError(`waiting for ${what}${seen} to ${goal.text}`, err, last);
    }
    if (last?.state !== status.state || last?.connector?.status !== status.connector?.status) {
      log.info('connector state', {
        environment_id: environmentId,
        connector_id: connectorId,
        from: last?.state,
        to: status.state,
        health: status.connector?.status,
        waiting_for: goal.text,
        elapsed_ms: Date.now() - started,
      });
    }
    last = status;
    const verdict = goal.judge(status, connectorId);
    if ('failed' in verdict) throw new WaitFailedError(verdict.failed, status);
    if (verdict.done) return status;

    const now = Date.now();
    if (now >= deadline) {
      const health = goal.health && last.connector?.status ? ` with health ${last.connector.status}` : '';
      throw new WaitTimeoutError(
        `Timed out after ${formatDuration(timeoutMs)} waiting for ${what} to ${goal.text}; it is still ${last.state}${health}.`,
        last,
      );
    }
    const pause = Math.min(nextPollDelay(now - started, ctx.poll), deadline - now);
    try {
      await sleep(pause, undefined, { signal: ctx.signal });
    } catch {
      throw new StoppedError();
    }
  }
}

function details(c: Connector | undefined): string {
  return c?.stateDetails ? `: ${c.stateDetails}` : ' (EVS gave no details)';
}

/** A create or an update ends at ACTIVE; these are the facts that tell the two waits apart. */
function settlesActive(facts: {
  text: string;
  pending: string;
  failed: string;
  verb: 'create' | 'update';
  participle: 'created' | 'updated';
}): Goal {
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

export async function waitConnectorCreated(ctx: ProviderContext, environmentId: string, connectorId: string, deadline: Deadline): Promise<Connector> {
  return (await waitConnector(ctx, environmentId, connectorId, deadline, CREATED)).connector!;
}

export async function waitConnectorUpdated(ctx: ProviderContext, environmentId: string, connectorId: string, deadline: Deadline): Promise<Connector> {
  return (await waitConnector(ctx, environmentId, connectorId, deadline, UPDATED)).connector!;
}

export async function waitConnectorDeleted(ctx: ProviderContext, environmentId: string, connectorId: string, deadline: Deadline): Promise<void> {
  await waitConnector(ctx, environmentId, connectorId, deadline, DELETED);
}

export async function waitConnectorHealthy(ctx: ProviderContext, environmentId: string, connectorId: string, deadline: Deadline): Promise<Connector> {
  return (await waitConnector(ctx, environmentId, connectorId, deadline, HEALTHY)).connector!;
}

/** Failed checks of a connector, for messages: "VCENTER_REACHABILITY FAILED since …". */
export function failingChecks(c: Connector | undefined): string {
  const bad = (c?.checks ?? []).filter((k) => k.result !== 'PASSED');
  if (bad.length === 0) return 'no failing checks reported';
  return bad
    .map((k) => `${k.type} ${k.result}${k.impairedSince ? ` since ${k.impairedSince.toISOString()}` : ''}`)
    .join(', ');
}
