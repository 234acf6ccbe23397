import type { EvsClient } from '../../evs';
import type { ConnectorLister } from './find';

/** Polling settings of the waiters, in milliseconds. */
export interface PollSettings {
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * What resources and data sources get from the provider: the configured client, the shared stop
 * signal (StopProvider), waiter polling settings and the per-process list cache.
 */
export interface ProviderContext {
  /** The configured client; throws a sentence a user can act on when there is none. */
  client(): EvsClient;
  readonly signal: AbortSignal;
  readonly poll: PollSettings;
  /** Lists for reads (refresh, import, data sources): shared for a few seconds. */
  lister(): ConnectorLister;
  /** Lists for waiters: shared only among polls a fraction of a second apart. */
  pollLister(): ConnectorLister;
  /** After a write: both listers forget the environment. */
  invalidate(environmentId: string): void;
}

export class NotConfiguredError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotConfiguredError';
  }
}
