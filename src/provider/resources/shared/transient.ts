import type * as SmithyRetry from '@smithy/core/retry';

let retry: typeof SmithyRetry | undefined;

/**
 * Would trying again later likely work? Throttling, server errors (5xx), connection resets or
 * refusals, timeouts and DNS hiccups: yes (the SDK's own classification, which its retries use).
 * Access denied, validation, not found, bad credentials: no. Loaded on first use, as the SDK is.
 */
export function isTransient(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  retry ??= require('@smithy/core/retry') as typeof SmithyRetry;
  const e = err as Parameters<typeof SmithyRetry.isTransientError>[0];
  const status = e.$metadata?.httpStatusCode;
  return retry.isThrottlingError(e) || retry.isTransientError(e) || (status !== undefined && status >= 500 && status <= 599);
}
