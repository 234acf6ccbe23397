/**
 * Retries are the SDK's (`resolveRetryConfig` picks StandardRetryStrategy or AdaptiveRetryStrategy
 * from `retryMode`/`maxAttempts`, env `AWS_RETRY_MODE`/`AWS_MAX_ATTEMPTS` or the shared config).
 * The SDK already honours a `Retry-After` header. EVS can also say how long to wait in the body
 * of a ThrottlingException (`retryAfterSeconds`); this wrapper hands that to the strategy as the
 * same retry-after hint, so the SDK's own delay rule applies to both.
 */
import type {
  Provider,
  RetryErrorInfo,
  RetryStrategy,
  RetryStrategyV2,
  RetryToken,
  StandardRetryToken,
} from '@smithy/types';

/** Adds a retry-after hint from `retryAfterSeconds` when the response carried no header. */
export function withRetryAfterHint(info: RetryErrorInfo, now: number = Date.now()): RetryErrorInfo {
  if (info.retryAfterHint instanceof Date) return info; // the header wins: the SDK parsed it
  const seconds = (info.error as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return info;
  return { ...info, retryAfterHint: new Date(now + seconds * 1000) };
}

/** A RetryStrategyV2 that delegates everything to the SDK strategy, adding the body's hint. */
export class RetryAfterRetryStrategy implements RetryStrategyV2 {
  /** Reported in the user agent (`cfg/retry-mode`) as the SDK does. */
  readonly mode?: string;
  constructor(readonly inner: RetryStrategyV2) {
    this.mode = (inner as { mode?: string }).mode;
  }
  acquireInitialRetryToken(retryTokenScope: string): Promise<RetryToken> {
    return this.inner.acquireInitialRetryToken(retryTokenScope);
  }
  refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    return this.inner.refreshRetryTokenForRetry(token, withRetryAfterHint(errorInfo));
  }
  recordSuccess(token: StandardRetryToken): void {
    this.inner.recordSuccess(token);
  }
}

const isV2 = (s: RetryStrategy | RetryStrategyV2): s is RetryStrategyV2 =>
  typeof (s as RetryStrategyV2).acquireInitialRetryToken === 'function' &&
  typeof (s as RetryStrategyV2).refreshRetryTokenForRetry === 'function' &&
  typeof (s as RetryStrategyV2).recordSuccess === 'function';

/** Runs after the SDK's `resolveRetryConfig`: wraps whichever strategy it (or the user) chose. */
export function resolveRetryAfterConfig<T extends { retryStrategy: Provider<RetryStrategyV2 | RetryStrategy> }>(
  config: T,
): T {
  const base = config.retryStrategy;
  let wrapped: Promise<RetryStrategyV2 | RetryStrategy> | undefined;
  config.retryStrategy = () =>
    (wrapped ??= Promise.resolve(base()).then((s) =>
      isV2(s) && !(s instanceof RetryAfterRetryStrategy) ? new RetryAfterRetryStrategy(s) : s,
    ));
  return config;
}
