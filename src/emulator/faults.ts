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

/** How an answer is lost: the connection closes before any byte of it, or halfway through its body. */
export type LostAnswerStyle = 'drop' | 'truncate';

export interface LoseNext {
  operation: OperationName;
  count: number;
  /** Default: drawn per answer, drop or truncate. */
  style?: LostAnswerStyle;
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
  /**
   * Fraction (0–1) of requests that EVS acts on but whose answer never arrives complete: the
   * operation runs (and is persisted), then the connection is dropped or the body cut short.
   */
  lostAnswerRate?: number;
  /** Force one way of losing answers (default: drawn per answer). */
  lostAnswerStyle?: LostAnswerStyle;
  /**
   * The next N answers to this operation are lost, after it ran (not limited by `operations`); a
   * list charges several operations at once.
   */
  loseNextAnswers?: LoseNext | LoseNext[];
  /** Delay added before answering, in milliseconds. */
  latencyMs?: number;
  /** Limit the rate faults and latency to these operations (default: all). */
  operations?: OperationName[];
  /** The next N creates end in CREATE_FAILED. */
  failNextCreates?: FailNext;
  /** The next N updates end in UPDATE_FAILED. */
  failNextUpdates?: FailNext;
  /** The next N CreateEnvironment calls end in CREATE_FAILED (with their VLANs and hosts). */
  failNextEnvironmentCreates?: FailNext;
  /** The next N CreateEnvironmentHost calls end in CREATE_FAILED. */
  failNextHostCreates?: FailNext;
  /** PRNG seed for the rates; default 1. */
  seed?: number;
}

export interface FaultDecision {
  reset: boolean;
  latencyMs: number;
  error?: AwsError;
  /** Run the operation, then lose its answer this way. */
  loseAnswer?: LostAnswerStyle;
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
  environmentCreate: 'Injected failure: the VCF deployment failed; see the SDDC Manager logs.',
  hostCreate: 'Injected failure: the host could not be added to the environment.',
};

const FAIL_SLOTS = {
  create: 'failNextCreates',
  update: 'failNextUpdates',
  environmentCreate: 'failNextEnvironmentCreates',
  hostCreate: 'failNextHostCreates',
} as const;

export type FailureKind = keyof typeof FAIL_SLOTS;
export const FAIL_NEXT_KEYS = Object.values(FAIL_SLOTS);

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
    if (!c.operations || c.operations.includes(op)) {
      decision.latencyMs = c.latencyMs ?? 0;
      if (c.resetRate && this.random() < c.resetRate) {
        decision.reset = true;
      } else if (c.throttleRate && this.random() < c.throttleRate) {
        decision.error = throttling(c.retryAfterSeconds ?? 1, 'Rate exceeded (injected)');
      } else if (c.errorRate && this.random() < c.errorRate) {
        decision.error = internalError('An internal error occurred (injected). Try again.');
      } else if (c.lostAnswerRate && this.random() < c.lostAnswerRate) {
        decision.loseAnswer = c.lostAnswerStyle ?? this.style();
      }
    }
    // Only a request that will reach the operation takes a "lose the next answer" charge.
    const next = [c.loseNextAnswers ?? []].flat().find((n) => n.operation === op && n.count > 0);
    if (!decision.reset && !decision.error && !decision.loseAnswer && next) {
      next.count--;
      decision.loseAnswer = next.style ?? this.style();
    }
    return decision;
  }

  private style(): LostAnswerStyle {
    return this.random() < 0.5 ? 'drop' : 'truncate';
  }

  /** Takes one "next … fails" charge; returns the stateDetails when it applies. */
  takeFailure(kind: FailureKind): string | undefined {
    const slot = this.config[FAIL_SLOTS[kind]];
    if (!slot || slot.count <= 0) return undefined;
    slot.count--;
    return slot.stateDetails ?? DEFAULT_FAIL_DETAILS[kind];
  }
}
