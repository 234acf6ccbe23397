/**
 * When may a create take over an object that already exists instead of failing?
 *
 * Only to recover this configuration's own create that was cut off before the engine could record
 * it (a killed provider or engine, a lost answer): then the object exists in the service and in no
 * state, and failing would leave the user an import to do by hand. Anything else (made by hand,
 * by another configuration, by the service itself) must not be taken over silently: the create
 * fails and shows the import. The service records no owner (connectors have no tags), so the
 * evidence is circumstantial and all of it must hold:
 *
 * 1. it matches the configuration exactly (every argument the create would have sent);
 * 2. it was created within the create timeout before this create began: an interrupted create
 *    of this configuration can be at most that old when the run is repeated promptly, while a
 *    connector made by hand or by another configuration is usually older;
 * 3. it is in a state a create leads to (still creating, created, or failed to create), not
 *    changed or being deleted since;
 * 4. nothing else is known to own it (e.g. the service made it itself).
 *
 * Later resources use the same rule with their own facts.
 */
import { formatDuration } from '../../framework/duration';
import { rfc3339 } from './time';
import type { Deadline } from './wait';

/** What is known about the object that already exists. */
export interface Existing {
  /** When the service says it was created; unknown means not adoptable. */
  readonly createdAt: Date | undefined;
  /** How it differs from the configuration, one phrase each ("appliance_fqdn is x"); empty: exact match. */
  readonly differences: readonly string[];
  /** Why it is in a state no create of ours leads to ("it is DELETING"); undefined when it is not. */
  readonly unfitState?: string | undefined;
  /** Who else owns it ("EVS created it with the environment"); undefined when nothing is known. */
  readonly ownedElsewhere?: string | undefined;
}

/** The create that found it. */
export interface CreateAttempt {
  /** When this create began (ms since the epoch, local clock). */
  readonly startedAt: number;
  /** The create timeout in force and the argument that sets it. */
  readonly timeoutMs: number;
  readonly timeoutArgument: string;
}

export type AdoptionVerdict =
  | {
      readonly adopt: true;
      /** Created after this create began: the answer to this very create was lost. */
      readonly thisCreate: boolean;
      /** "created at …, 12s before this apply's create began", for the warning. */
      readonly evidence: string;
    }
  | { readonly adopt: false; readonly reasons: readonly string[] };

/** Rule 3's reason when `state` is not one a create leads to (`creates`); undefined when it is. */
export function stateOtherThan(state: string | undefined, creates: readonly string[]): string | undefined {
  return creates.includes(state ?? '') ? undefined : `it is ${state ?? 'in an unknown state'}`;
}

/** Judges an existing object by the rule above. */
export function judgeAdoption(existing: Existing, attempt: CreateAttempt): AdoptionVerdict {
  const reasons: string[] = [...existing.differences];
  if (existing.unfitState) reasons.push(existing.unfitState);
  if (existing.ownedElsewhere) reasons.push(existing.ownedElsewhere);
  const created = existing.createdAt?.getTime();
  if (created === undefined || Number.isNaN(created)) {
    reasons.push('the service reports no creation time for it');
  } else if (attempt.startedAt - created > attempt.timeoutMs) {
    reasons.push(
      `it was created at ${rfc3339(existing.createdAt)}, ${formatDuration(attempt.startedAt - created)} before this create began: ` +
        `longer ago than ${attempt.timeoutArgument} (${formatDuration(attempt.timeoutMs)}), so it is not a create of this configuration that was just interrupted`,
    );
  }
  if (reasons.length > 0 || created === undefined) return { adopt: false, reasons };
  const thisCreate = created >= attempt.startedAt;
  const when = thisCreate ? 'during this create' : `${formatDuration(attempt.startedAt - created)} before this create began`;
  return { adopt: true, thisCreate, evidence: `created at ${rfc3339(existing.createdAt)}, ${when}` };
}

/**
 * How long the read-back after a create whose answer was lost may ride out failures: half the
 * create timeout. What it could not see is then still adoptable by the next apply for the other
 * half (the rule's window runs from when EVS made it), instead of being too old to take over.
 */
export function readBackDeadline(attempt: CreateAttempt): Deadline {
  const timeoutMs = Math.floor(attempt.timeoutMs / 2);
  return { at: attempt.startedAt + timeoutMs, timeoutMs };
}

/**
 * What a create whose outcome is unknown may have left (`object`: "a VCENTER connector in
 * environment env-…"), and what the next apply does with it, with the time by which it must start.
 */
export function ifCreatedUnseen(object: string, attempt: CreateAttempt): string {
  const by = rfc3339(new Date(attempt.startedAt + attempt.timeoutMs));
  return (
    `If EVS made ${object}, it is not in state yet. Apply again before ${by} (${attempt.timeoutArgument} after this create began): ` +
    `the next apply finds it and adopts it, so nothing is created twice. Later it is too old to be taken over, and the apply fails with the import to do.`
  );
}
