import { evsSdk } from '../../evs-sdk';

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
