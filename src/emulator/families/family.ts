/**
 * What a family of operations gives (environments, connectors, entitlements): for each operation
 * its input rules and its handler. `operations.ts` gathers the families; everything that lists
 * operations (routing, faults, counters, rate limits) derives from them.
 */
import type { Faults } from '../faults';
import type { Durations } from '../model';
import type { Paginator } from '../pagination';
import type { ValidationField } from '../protocol';
import type { Store } from '../store';
import type { InputSpec } from '../validate';

export interface AccountContext {
  region: string;
  accountId: string;
}

/** What an operation runs against. */
export interface OperationContext {
  store: Store;
  durations: Durations;
  faults: Faults;
  paginator: Paginator;
  account: AccountContext;
}

export type Input = Record<string, unknown>;
export type Output = Record<string, unknown>;

export interface OperationSpec {
  /** The model's input members and their constraints: every bad member is named in one error. */
  input: InputSpec;
  /** Rules across members (e.g. "this one or that one"), reported with the member errors. */
  crossCheck?: (input: Input) => ValidationField[];
  /** Runs on valid input; throws AwsError for the AWS error answers. */
  handler: (input: Input, ctx: OperationContext) => Output;
}

export type Family = Record<string, OperationSpec>;

/**
 * One page of a List operation, `{ [member]: [...views], nextToken? }`: items in a stable order,
 * the token bound to `scope` (the operation and its filters).
 */
export function listPage<T>(
  ctx: OperationContext,
  input: Input,
  page: { member: string; scope: string; items: readonly T[]; key: (item: T) => { createdAt: number; id: string }; view: (item: T) => Output },
): Output {
  const { items, nextToken } = ctx.paginator.page(
    page.scope,
    page.items,
    page.key,
    input.maxResults as number | undefined,
    input.nextToken as string | undefined,
    ctx.store.now(),
  );
  const out: Output = { [page.member]: items.map(page.view) };
  if (nextToken) out.nextToken = nextToken;
  return out;
}
