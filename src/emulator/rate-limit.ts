/** Per-operation token buckets: a request takes a token or is throttled until one refills. */
import type { OperationName } from './model';

export interface RateLimit {
  /** Tokens added per second. */
  ratePerSecond: number;
  /** Bucket size: how many requests may arrive at once. Default: ratePerSecond. */
  burst?: number;
}

/** Limits per operation; `default` applies to operations not named. No entry: unlimited. */
export type RateLimits = Partial<Record<OperationName | 'default', RateLimit>>;

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  private limits: RateLimits = {};
  private buckets = new Map<string, Bucket>();

  get(): RateLimits {
    return structuredClone(this.limits);
  }

  set(limits: RateLimits): void {
    this.limits = structuredClone(limits);
    this.buckets.clear();
  }

  /** Returns 0 when the request may proceed, else the seconds until a token is available. */
  take(op: OperationName, now: number): number {
    const limit = this.limits[op] ?? this.limits.default;
    if (!limit || !(limit.ratePerSecond > 0)) return 0;
    const burst = Math.max(1, limit.burst ?? limit.ratePerSecond);
    let b = this.buckets.get(op);
    if (!b) {
      b = { tokens: burst, updated: now };
      this.buckets.set(op, b);
    }
    b.tokens = Math.min(burst, b.tokens + ((now - b.updated) / 1000) * limit.ratePerSecond);
    b.updated = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return (1 - b.tokens) / limit.ratePerSecond;
  }
}
