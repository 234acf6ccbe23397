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
  StandardRetryBackoffStrategy,
  StandardRetryToken,
} from '@smithy/types';
import { AdaptiveRetryStrategy, DefaultRateLimiter, StandardRetryStrategy } from '@smithy/util-retry';

/** Adds a retry-after hint from `retryAfterSeconds` when the response carried no header. */
export function withRetryAfterHint(info: RetryErrorInfo, now: number = Date.now()): RetryErrorInfo {
  if (info.retryAfterHint instanceof Date) return info; // the header wins: the SDK parsed it
  const seconds = (info.error as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return info;
  return { ...info, retryAfterHint: new Date(now + seconds * 1000) };
}

/** A RetryStrategyV2 that delegates everything to the SDK strategy, adding the body's hint. */
export class RetryAfterRetryStrategy implements RetryStrategyV2 {
  constructor(readonly inner: RetryStrategyV2) {}
  /** Reported in the user agent (`cfg/retry-mode`) as the SDK does. */
  get mode(): string | undefined {
    return (this.inner as { mode?: string }).mode;
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

/** The retry settings the provider resolves: how many attempts, which mode. */
export interface PerCallRetryOptions {
  maxAttempts: Provider<number>;
  retryMode: Provider<string>;
  /** Replaces the SDK's backoff (tests use a tiny fixed one). */
  backoff?: StandardRetryBackoffStrategy;
}

/**
 * The SDK's standard or adaptive strategy, one instance per API call. The SDK keeps a retry quota
 * per strategy instance (500 tokens; 5 per throttling retry, 14 per other retry, refilled by
 * successes) that every call of a client draws from, so a busy apply under sustained throttling
 * stops retrying long before max_retries. The Terraform AWS provider runs without such a quota
 * (aws-sdk-go-base sets ratelimit.None unless token_bucket_rate_limiter_capacity is set); a fresh
 * strategy per call does the same with the SDK's own classes. Adaptive mode keeps one client-side
 * rate limiter for the whole client, which is what it is for.
 */
export class PerCallRetryStrategy implements RetryStrategyV2 {
  /** The mode of the last call (the SDK reports it in the user agent). */
  mode?: string;
  private readonly rateLimiter = new DefaultRateLimiter();
  private readonly owners = new WeakMap<RetryToken, RetryStrategyV2>();

  constructor(private readonly options: PerCallRetryOptions) {}

  async acquireInitialRetryToken(retryTokenScope: string): Promise<RetryToken> {
    const [maxAttempts, mode] = await Promise.all([this.options.maxAttempts(), this.options.retryMode()]);
    this.mode = mode === 'adaptive' ? 'adaptive' : 'standard';
    const backoff = this.options.backoff ? { backoff: this.options.backoff } : {};
    const strategy =
      this.mode === 'adaptive'
        ? new AdaptiveRetryStrategy(maxAttempts, { maxAttempts, rateLimiter: this.rateLimiter, ...backoff })
        : new StandardRetryStrategy({ maxAttempts, ...backoff });
    return this.own(strategy, await strategy.acquireInitialRetryToken(retryTokenScope));
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const strategy = this.ownerOf(token);
    return this.own(strategy, await strategy.refreshRetryTokenForRetry(token, errorInfo));
  }

  recordSuccess(token: StandardRetryToken): void {
    this.ownerOf(token).recordSuccess(token);
  }

  private own(strategy: RetryStrategyV2, token: RetryToken): RetryToken {
    this.owners.set(token, strategy);
    return token;
  }

  private ownerOf(token: RetryToken): RetryStrategyV2 {
    const strategy = this.owners.get(token);
    if (!strategy) throw new Error('retry token from another strategy');
    return strategy;
  }
}
