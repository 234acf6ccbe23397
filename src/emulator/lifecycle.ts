/**
 * A state machine for any resource with asynchronous steps (connectors, VM entitlements, later
 * environments and hosts). A step puts the record in its `during` state with a due time; the
 * record settles into `done` (or `failed`, or is removed) lazily, whenever the store is read
 * (`advance`), so there are no timers to leak and timing is exact under test.
 *
 * Each family declares its steps, e.g. for connectors:
 *   create: CREATING ─▶ ACTIVE | CREATE_FAILED    update: UPDATING ─▶ ACTIVE | UPDATE_FAILED
 *   delete: DELETING ─▶ (gone: ResourceNotFound)
 */

/** Why a step failed: a message for the user, and a code where the shape has one. */
export interface Failure {
  message: string;
  code?: string;
}

/** A step in flight: the record settles at `at`. Stored with the record (and in the state file). */
export interface PendingStep<K extends string = string, C = unknown> {
  kind: K;
  at: number;
  /** Decided when the step began: it fails with this message (and code). */
  failWith?: string;
  failCode?: string;
  /** Values applied when the step succeeds (e.g. an update's new FQDN). */
  change?: C;
}

/** What the machine needs of a record: its state is in `state` or the member the lifecycle names. */
export interface Tracked<K extends string, C> {
  modifiedAt: number;
  pending?: PendingStep<K, C>;
}

export interface StepRule<R, S extends string, W> {
  /** State while the step runs. */
  during: S;
  /** State once it succeeds, or `gone`: the record is removed. */
  done: S | 'gone';
  /** State once it fails; a step without one cannot fail. */
  failed?: S;
  /** Runs as the step begins (e.g. clear the last failure). */
  onBegin?(r: R, now: number): void;
  /** Decides at completion whether the step fails (e.g. EVS validating VMs). */
  verdict?(r: R, at: number, world: W): Failure | undefined;
  onDone?(r: R, at: number): void;
  onFail?(r: R, at: number, failure: Failure): void;
}

export type Advance = 'gone' | 'changed' | 'same';

export class Lifecycle<R extends Tracked<K, C>, S extends string, K extends string, C = unknown, W = void> {
  constructor(
    private readonly steps: Record<K, StepRule<R, S, W>>,
    /** The record member holding the state (environments: `environmentState`). */
    private readonly stateMember: string = 'state',
  ) {}

  private setState(r: R, s: S): void {
    (r as unknown as Record<string, unknown>)[this.stateMember] = s;
  }

  /** Starts a step: due after `durationMs`; fails at completion when `fail` is given. */
  begin(r: R, kind: K, now: number, durationMs: number, opts: { fail?: Failure; change?: C } = {}): void {
    const rule = this.steps[kind];
    this.setState(r, rule.during);
    r.modifiedAt = now;
    rule.onBegin?.(r, now);
    const step: PendingStep<K, C> = { kind, at: now + durationMs };
    if (opts.fail) {
      step.failWith = opts.fail.message;
      if (opts.fail.code !== undefined) step.failCode = opts.fail.code;
    }
    if (opts.change !== undefined) step.change = opts.change;
    r.pending = step;
  }

  /** Applies a due step: `gone` when the record is to be removed, `changed` when it moved. */
  advance(r: R, now: number, world: W): Advance {
    const p = r.pending;
    if (!p || p.at > now) return 'same';
    const rule = this.steps[p.kind];
    r.pending = undefined;
    r.modifiedAt = p.at;
    const failure: Failure | undefined =
      p.failWith !== undefined ? { message: p.failWith, code: p.failCode } : rule.verdict?.(r, p.at, world);
    if (failure && rule.failed !== undefined) {
      this.setState(r, rule.failed);
      rule.onFail?.(r, p.at, failure);
      return 'changed';
    }
    if (rule.done === 'gone') return 'gone';
    if (p.change !== undefined) Object.assign(r, p.change);
    this.setState(r, rule.done);
    rule.onDone?.(r, p.at);
    return 'changed';
  }
}
