/**
 * Injected faults for tests and benchmarks. Rates are drawn from a seeded PRNG, so a given seed
 * and request sequence always fault the same requests.
 */
import type { OperationName } from './model';
import { AwsError, internalError, throttling } from './protocol';

export interface FailNext {
  count: number;
  /** The stateDetails the failed connector reports. */
  stateDetails?: string;
}

export interface FaultConfig {
  /** Fraction (0–1) of requests answered ThrottlingException 429. */
  throttleRate?: number;
  /** retryAfterSeconds (and Retry-After) on injected throttling; default 1. */
  retryAfterSeconds?: number;
  /** Fraction (0–1) of requests answered InternalServerException 500. */
  errorRate?: number;
  /** Fraction (0–1) of requests whose connection is destroyed without an answer. */
  resetRate?: number;
  /** Delay added before answering, in milliseconds. */
  latencyMs?: number;
  /** Limit the rate faults and latency to these operations (default: all). */
  operations?: OperationName[];
  /** The next N creates end in CREATE_FAILED. */
  failNextCreates?: FailNext;
  /** The next N updates end in UPDATE_FAILED. */
  failNextUpdates?: FailNext;
  /** PRNG seed for the rates; default 1. */
  seed?: number;
}

export interface FaultDecision {
  reset: boolean;
  latencyMs: number;
  error?: AwsError;
}

/** mulberry32: tiny, fast, good enough to spread faults evenly; deterministic per seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_FAIL_DETAILS = {
  create: 'Injected failure: the appliance could not be reached at the given FQDN.',
  update: 'Injected failure: the connector could not be updated with the new configuration.',
};

export class Faults {
  private config: FaultConfig = {};
  private random = mulberry32(1);

  get(): FaultConfig {
    return structuredClone(this.config);
  }

  /** Replaces the configuration (and re-seeds the PRNG). */
  set(config: FaultConfig): void {
    this.config = structuredClone(config);
    this.random = mulberry32(config.seed ?? 1);
  }

  clear(): void {
    this.set({});
  }

  decide(op: OperationName): FaultDecision {
    const c = this.config;
    const decision: FaultDecision = { reset: false, latencyMs: 0 };
    if (c.operations && !c.operations.includes(op)) return decision;
    decision.latencyMs = c.latencyMs ?? 0;
    if (c.resetRate && this.random() < c.resetRate) {
      decision.reset = true;
    } else if (c.throttleRate && this.random() < c.throttleRate) {
      decision.error = throttling(c.retryAfterSeconds ?? 1, 'Rate exceeded (injected)');
    } else if (c.errorRate && this.random() < c.errorRate) {
      decision.error = internalError('An internal error occurred (injected). Try again.');
    }
    return decision;
  }

  /** Takes one "next create/update fails" charge; returns the stateDetails when it applies. */
  takeFailure(kind: 'create' | 'update'): string | undefined {
    const slot = kind === 'create' ? this.config.failNextCreates : this.config.failNextUpdates;
    if (!slot || slot.count <= 0) return undefined;
    slot.count--;
    return slot.stateDetails ?? DEFAULT_FAIL_DETAILS[kind];
  }
}
