import { messageOf } from '../../framework/diagnostics';
import { log, type LogFields } from '../../log';

/**
 * What a fresh read shows after a mutating call failed: the change is done, still under way, or
 * not there (the call really failed).
 */
export type Effect = 'applied' | 'in-progress' | 'not-applied';

export interface SendSpec<T, S> {
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
 * Sends a mutating call; when it fails, reads the object back before believing the failure. A call
 * can reach EVS while its answer is lost (a reset connection, a timeout): the SDK then retries, and
 * EVS answers the retry with the consequence of the first attempt (`Connector … is UPDATING`, an
 * existing connector, a not-found on delete). If the object is at, or changing toward, what the
 * call asked for, the caller goes on as if the call had answered (typically: waits); otherwise
 * the original error is thrown. This holds after a stop too: a create that EVS carried out must
 * still reach the state.
 */
export async function sendOrReadBack<T, S>(spec: SendSpec<T, S>): Promise<Sent<T, S>> {
  try {
    return { answered: true, output: await spec.send() };
  } catch (error) {
    let observed: S;
    try {
      observed = await spec.readBack();
    } catch (readError) {
      log.debug(`${spec.action} failed and reading it back failed too`, { ...spec.logFields, error: messageOf(readError) });
      throw error;
    }
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
