import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import { log } from '../../log';
import { explain } from './explain';

/**
 * Thrown by finders when the thing is not there (terraform-provider-aws's NotFoundError): read
 * removes it from state, delete counts it as done, a data source reports it at its argument.
 */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export function isNotFoundError(err: unknown): err is NotFoundError {
  return err instanceof NotFoundError;
}

/** Runs an API call; EVS's ResourceNotFoundException becomes a NotFoundError with `message`. */
export async function orNotFound<T>(call: () => Promise<T>, message: string): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (evsSdk().isNotFound(err)) throw new NotFoundError(message);
    throw err;
  }
}

/** The finder's result, or undefined when it is not there (other errors go on). */
export async function unlessNotFound<T>(find: Promise<T>): Promise<T | undefined> {
  try {
    return await find;
  } catch (err) {
    if (isNotFoundError(err)) return undefined;
    throw err;
  }
}

/** How a resource's read names its object, and what the next plan does about it when it is gone. */
export interface ReadWords {
  /** The object after "the", starting with EVS: "EVS host", "EVS VM entitlements". */
  readonly what: string;
  /** What the next plan does if the resource is still configured: "adds the host again". */
  readonly again: string;
}

/**
 * A resource's read: the fresh state; null with a warning when EVS no longer holds the object (the
 * finder's NotFoundError says which, DELETED included where the finder counts it as gone), so the
 * next plan makes it again; on any other failure the prior state with the error, since nothing is
 * known to have changed. `read` may itself return null (it then says why in `diags`).
 */
export async function readOrForget<S>(diags: Diagnostics, prior: S, words: ReadWords, read: () => Promise<S | null>): Promise<S | null> {
  try {
    return await read();
  } catch (err) {
    if (isNotFoundError(err)) {
      log.warn('not found in EVS: removing it from state', { what: words.what, reason: err.message });
      diags.warning(`${words.what} not found: removed from the Terraform state`, `${err.message} If the resource is still configured, the next plan ${words.again}.`);
      return null;
    }
    diags.error(`Reading the ${words.what} failed`, explain(err));
    return prior;
  }
}
