import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
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

/** How a resource's read speaks of its object: "EVS host", and what the next plan does ("adds it again"). */
export interface ReadWords {
  readonly gone: string;
  readonly failed: string;
  readonly again: string;
}

/**
 * A resource's read: the fresh state; null with a warning when EVS no longer holds the object (the
 * finder's NotFoundError says which), so the next plan makes it again; on any other failure the
 * prior state with the error, since nothing is known to have changed.
 */
export async function readOrForget<S>(diags: Diagnostics, prior: S, words: ReadWords, read: () => Promise<S>): Promise<S | null> {
  try {
    return await read();
  } catch (err) {
    if (isNotFoundError(err)) {
      diags.warning(words.gone, `${err.message} It was removed from the Terraform state; the next plan ${words.again} if it is still configured.`);
      return null;
    }
    diags.error(words.failed, explain(err));
    return prior;
  }
}
