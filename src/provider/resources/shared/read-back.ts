import { formatDuration } from '../../framework/duration';
import { messageOf } from '../../framework/diagnostics';
import { StoppedError } from '../../framework/stop';
import { log, type LogFields } from '../../log';
import { waitFor, WaitPollError, WaitTimeoutError, type Deadline, type WaitContext } from './wait';

/**
 * What a fresh read shows after a mutating call failed: the change is done, still under way, or
 * not there (the call really failed).
 */
export type Effect = 'applied' | 'in-progress' | 'not-applied';

/**
 * A mutating call failed and reading back whether EVS carried it out failed too (until the
 * operation's deadline, or in a way retrying cannot fix): its outcome is unknown. Carries both
 * errors and, in whole sentences, what may now exist and what the next run does about it.
 */
export class OutcomeUnknownError extends Error {
  constructor(
    readonly sendError: unknown,
    readonly readError: unknown,
    /** How long the read-back kept trying, when it ran out of time. */
    readonly triedForMs: number | undefined,
    /** "If EVS made the connector, …": what may exist and how the next apply treats it. */
    readonly ifCarriedOut: string,
  ) {
    super(`The call failed and whether EVS carried it out is unknown: reading it back failed too (${messageOf(readError)})`);
    this.name = 'OutcomeUnknownError';
  }
}

/** After an update or delete whose outcome is unknown: the state keeps the object, the next run reads it. */
export const CHANGE_UNKNOWN = 'The next plan reads what EVS holds and shows what is left to do.';

/** Where a read-back may go on trying, and what to say when it cannot find out. */
export interface Patience {
  readonly ctx: WaitContext;
  /** The operation's deadline (its create, update or delete timeout). */
  readonly deadline: Deadline;
  /** The object, for logs: "connector of type VCENTER in env-…". */
  readonly what: string;
  readonly ifCarriedOut: string;
}

export interface SendSpec<T, S> extends Patience {
  /** For logs, e.g. "update connector". */
  readonly action: string;
  readonly logFields?: LogFields;
  /** The mutating call (create, update, delete). */
  send(): Promise<T>;
  /** A fresh observation of the object (never from a cache). */
  readBack(): Promise<S>;
  /** Did the call, or an attempt of it whose answer was lost, take effect? */
  effect(observed: S, error: unknown): Effect;
}

export type Sent<T, S> =
  | { readonly answered: true; readonly output: T }
  | { readonly answered: false; readonly observed: S; readonly effect: 'applied' | 'in-progress'; readonly error: unknown };

/**
 * Reads back what EVS holds after a call whose outcome is unknown, riding out transient failures
 * (throttling beyond the SDK's retries, 5xx, resets, refusals) with the waiters' back-off until the
 * deadline: the per-call retry budget (`max_retries`) must not decide whether an object EVS made
 * reaches the state. After a stop it tries once more without the stop signal, since a create EVS
 * carried out must still be recorded. Throws OutcomeUnknownError when it cannot find out.
 */
export async function readBackPatiently<S>(sendError: unknown, read: () => Promise<S>, p: Patience): Promise<S> {
  const started = Date.now();
  const unknown = (readError: unknown, triedForMs?: number) => {
    log.warn('the outcome of a failed call is unknown: reading it back failed too', {
      what: p.what,
      error: messageOf(sendError),
      read_error: messageOf(readError),
      tried_for_ms: Date.now() - started,
    });
    return new OutcomeUnknownError(sendError, readError, triedForMs, p.ifCarriedOut);
  };
  const once = () => read().catch((err: unknown) => Promise.reject(unknown(err)));
  if (p.ctx.signal.aborted) return once();
  try {
    // Boxed: "nothing there" (undefined) is an answer, which waitFor would take for a failed poll.
    const { value } = await waitFor(
      p.ctx,
      { what: p.what, goal: 'be read back', kind: 'read back', refresh: async () => ({ value: await read() }), judge: () => ({ done: true }), describe: () => 'read' },
      p.deadline,
    );
    return value;
  } catch (err) {
    if (err instanceof StoppedError) return once();
    if (err instanceof WaitTimeoutError) throw unknown(err.lastError, p.deadline.timeoutMs);
    if (err instanceof WaitPollError) throw unknown(err.cause);
    throw unknown(err);
  }
}

/** "reading it back kept failing for 30m (the timeout)" or "reading it back failed". */
export function readBackFailure(err: OutcomeUnknownError): string {
  return err.triedForMs === undefined ? 'reading back what EVS holds failed' : `reading back what EVS holds kept failing until the timeout (${formatDuration(err.triedForMs)}) ran out`;
}

/**
 * Sends a mutating call; when it fails, reads the object back before believing the failure. A call
 * can reach EVS while its answer is lost (a reset connection, a timeout): the SDK then retries, and
 * EVS answers the retry with the consequence of the first attempt (`Connector … is UPDATING`, an
 * existing connector, a not-found on delete). If the object is at, or changing toward, what the
 * call asked for, the caller goes on as if the call had answered (typically: waits); otherwise
 * the original error is thrown. The read-back rides out transient failures until the deadline
 * (readBackPatiently); when it still cannot tell, OutcomeUnknownError says so. This holds after a
 * stop too: a create that EVS carried out must still reach the state.
 */
export async function sendOrReadBack<T, S>(spec: SendSpec<T, S>): Promise<Sent<T, S>> {
  try {
    return { answered: true, output: await spec.send() };
  } catch (error) {
    const observed = await readBackPatiently(error, () => spec.readBack(), spec);
    const effect = spec.effect(observed, error);
    if (effect === 'not-applied') throw error;
    log.warn(`${spec.action} failed, but EVS shows the change ${effect === 'applied' ? 'made' : 'under way'}: going on as if it had answered`, {
      ...spec.logFields,
      error: messageOf(error),
      error_name: (error as { name?: string } | null)?.name,
    });
    return { answered: false, observed, effect, error };
  }
}
