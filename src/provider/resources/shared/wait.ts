import { setTimeout as sleep } from 'timers/promises';
import { formatDuration } from '../../framework/duration';
import { messageOf } from '../../framework/diagnostics';
import { StoppedError } from '../../framework/stop';
import { log, type LogFields } from '../../log';
import type { PollSettings } from './context';
import { isTransient } from './transient';

/** When an operation must end: its absolute time and the configured timeout it came from. */
export interface Deadline {
  readonly at: number;
  readonly timeoutMs: number;
}

export function deadlineIn(timeoutMs: number): Deadline {
  return { at: Date.now() + timeoutMs, timeoutMs };
}

/** The deadline passed before the goal was reached. `last` is the last observation, if any. */
export class WaitTimeoutError<S = unknown> extends Error {
  constructor(
    message: string,
    readonly last: S | undefined,
    /** The error of the last poll, when polls were failing (transiently) at the end. */
    readonly lastError?: unknown,
  ) {
    super(message);
    this.name = 'WaitTimeoutError';
  }
}

/** The object reached a state it cannot come back from (e.g. CREATE_FAILED), or vanished. */
export class WaitFailedError<S = unknown> extends Error {
  constructor(
    message: string,
    readonly last: S,
  ) {
    super(message);
    this.name = 'WaitFailedError';
  }
}

/**
 * A poll failed with an error that retrying cannot fix (access denied, validation, a not-found the
 * refresh did not expect). Carries what was being waited for, so the error can say it.
 */
export class WaitPollError<S = unknown> extends Error {
  constructor(
    /** e.g. "waiting for EVS connector cnctr-… (environment env-…) to become ACTIVE" */
    readonly activity: string,
    override readonly cause: unknown,
    readonly last: S | undefined,
  ) {
    super(`Polling EVS failed while ${activity}`);
    this.name = 'WaitPollError';
  }
}

export type Verdict = { done: true } | { done: false } | { failed: string };

/** What one wait is for: how to observe the object, how to judge it, how to word it. */
export interface WaitSpec<S> {
  /** The object, for messages: "EVS connector cnctr-… (environment env-…)". */
  readonly what: string;
  /** What it should do, for messages: "become ACTIVE". */
  readonly goal: string;
  /** Log lines of this wait carry these fields (ids); transitions log as "<kind> state". */
  readonly kind: string;
  readonly logFields?: LogFields;
  /** One observation. A not-found the object may legitimately reach belongs in S (e.g. GONE). */
  refresh(signal: AbortSignal): Promise<S>;
  judge(observed: S): Verdict;
  /** The observation in a few words: "CREATING", "ACTIVE with health FAILED". */
  describe(observed: S): string;
  /** An extra sentence when the deadline passes (e.g. which health checks fail). */
  onTimeout?(last: S): string | undefined;
}

/** What every wait needs from the provider: its stop signal and polling settings. */
export interface WaitContext {
  readonly signal: AbortSignal;
  readonly poll: PollSettings;
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
 * The pause after `failures` polls in a row failed transiently: the usual pause, but at least the
 * minimum doubled per failure (up to the maximum), so a struggling service is not polled harder.
 */
export function pauseAfterFailures(elapsedMs: number, failures: number, poll: PollSettings, random: () => number = Math.random): number {
  const backedOff = Math.min(poll.maxDelayMs, poll.minDelayMs * 2 ** Math.min(failures, 20));
  return Math.max(nextPollDelay(elapsedMs, poll, random), backedOff * (0.8 + 0.4 * random()));
}

/**
 * Polls `spec.refresh` until the judge is satisfied. Ends with:
 * - WaitFailedError when the judge says the object failed;
 * - WaitTimeoutError at the deadline (after a last poll at the deadline), carrying the last
 *   observation and, if polls were failing then, the last error;
 * - StoppedError at once when the provider is stopped (the pause and any request are aborted);
 * - WaitPollError when a poll fails in a way retrying cannot fix.
 * A transient poll failure (throttling beyond the SDK's retries, 5xx, connection reset or refused,
 * timeouts) never ends the wait: it is logged at WARN and polled again with back-off until the
 * deadline, so a change that EVS carries out is not reported as failed because one poll was lost.
 */
export async function waitFor<S>(ctx: WaitContext, spec: WaitSpec<S>, { at: deadline, timeoutMs }: Deadline): Promise<S> {
  const started = Date.now();
  let last: S | undefined;
  let lastText: string | undefined;
  let failures = 0;
  let lastError: unknown;
  const stopped = () => ctx.signal.aborted;
  const activity = () => `waiting for ${spec.what}${lastText ? ` (last seen ${lastText})` : ''} to ${spec.goal}`;

  for (;;) {
    if (stopped()) throw new StoppedError();
    let observed: S | undefined;
    try {
      observed = await spec.refresh(ctx.signal);
    } catch (err) {
      if (stopped()) throw new StoppedError();
      if (!isTransient(err)) throw new WaitPollError(activity(), err, last);
      failures++;
      lastError = err;
      log.warn(`${spec.kind} poll failed; polling again until the deadline`, {
        ...spec.logFields,
        waiting_for: spec.goal,
        failures_in_a_row: failures,
        error: messageOf(err),
        error_name: (err as { name?: string }).name,
        error_code: (err as { code?: string }).code,
      });
    }
    if (observed !== undefined) {
      if (failures > 0) log.info(`${spec.kind} poll answered again`, { ...spec.logFields, after_failures: failures });
      failures = 0;
      lastError = undefined;
      const text = spec.describe(observed);
      if (text !== lastText) {
        log.info(`${spec.kind} state`, { ...spec.logFields, from: lastText, to: text, waiting_for: spec.goal, elapsed_ms: Date.now() - started });
      }
      last = observed;
      lastText = text;
      const verdict = spec.judge(observed);
      if ('failed' in verdict) throw new WaitFailedError(verdict.failed, observed);
      if (verdict.done) return observed;
    }

    const now = Date.now();
    if (now >= deadline) throw timeout(spec, timeoutMs, last, lastText, lastError);
    const elapsed = now - started;
    const pause = Math.min(failures > 0 ? pauseAfterFailures(elapsed, failures, ctx.poll) : nextPollDelay(elapsed, ctx.poll), deadline - now);
    try {
      await sleep(pause, undefined, { signal: ctx.signal });
    } catch {
      throw new StoppedError();
    }
  }
}

function timeout<S>(spec: WaitSpec<S>, timeoutMs: number, last: S | undefined, lastText: string | undefined, lastError: unknown): WaitTimeoutError<S> {
  const where =
    lastText === undefined ? 'no poll was answered' : lastError === undefined ? `it is still ${lastText}` : `it was last seen ${lastText}`;
  const extra = last !== undefined && lastError === undefined ? spec.onTimeout?.(last) : undefined;
  return new WaitTimeoutError(
    `Timed out after ${formatDuration(timeoutMs)} waiting for ${spec.what} to ${spec.goal}; ${where}.${extra ? ` ${extra}` : ''}`,
    last,
    lastError,
  );
}
