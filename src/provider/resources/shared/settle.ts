import type { Verdict } from './wait';

/** Pseudo-state of an object the service no longer lists or knows. */
export const GONE = 'GONE';

/** One observation of an object with a lifecycle state (or GONE). */
export interface Observed<T> {
  readonly item?: T;
  readonly state: string;
}

/**
 * The judge of a wait for `goal`: done at one of `done`, still going in `pending`, anything else a
 * failure worded with the object's noun and the service's details (e.g. "EVS could not create
 * host esx-05 (CREATE_FAILED): <stateDetails>").
 */
export function settlesAt<T>(facts: {
  readonly noun: string;
  readonly done: readonly string[];
  readonly pending: readonly string[];
  /** e.g. "being created" */
  readonly activity: string;
  /** The state that means the service gave up, and its verb: CREATE_FAILED / "create". */
  readonly failed?: { readonly state: string; readonly verb: string };
  /** What the service says about the failure, e.g. stateDetails and failing checks. */
  readonly details: (item: T | undefined) => string;
}): (s: Observed<T>, id: string) => Verdict {
  return ({ state, item }, id) => {
    if (facts.done.includes(state)) return { done: true };
    if (facts.pending.includes(state)) return { done: false };
    if (facts.failed && state === facts.failed.state) return { failed: `EVS could not ${facts.failed.verb} ${facts.noun} ${id} (${state})${facts.details(item)}` };
    if (state === GONE) return { failed: `${upper(facts.noun)} ${id} disappeared while it was ${facts.activity}.` };
    return { failed: `${upper(facts.noun)} ${id} went to state ${state} while it was ${facts.activity}${facts.details(item)}` };
  };
}

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
