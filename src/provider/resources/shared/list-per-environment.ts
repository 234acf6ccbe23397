import type { EnvironmentState } from '../../../evs';
import type { Diagnostics } from '../../framework/diagnostics';
import { attr } from '../../framework/path';
import { listEnvironments } from '../environment/find';
import type { ListKind, ProviderContext } from './context';
import { explain } from './explain';
import { isNotFoundError } from './not-found';

/** Locale-independent order, so list results come in the same order on every machine. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface PerEnvironment<T> {
  /** The list block's `environment_id`, or null for every environment in `states`. */
  readonly environmentId: string | null;
  /** The environment states that can hold these objects (what ListEnvironments is asked for). */
  readonly states: readonly EnvironmentState[];
  /** What is listed, for messages: "connectors", "hosts", … */
  readonly what: string;
  /** The listing under one environment, read through the provider's shared list cache. */
  readonly kind: ListKind<T>;
}

/**
 * The objects of a list resource whose objects live under an environment: those of the configured
 * environment (an unknown one is an error at `environment_id`, not an empty list), or of every
 * environment in `states`, ordered by environment id (one deleted since ListEnvironments is
 * skipped). Each environment's list is paginated and shared with reads through the list cache.
 * Errors go to `diags` and end the listing.
 */
export async function* perEnvironment<T>(ctx: ProviderContext, diags: Diagnostics, p: PerEnvironment<T>): AsyncGenerator<{ environmentId: string; items: T[] }> {
  let environments: string[];
  if (p.environmentId !== null) {
    environments = [p.environmentId];
  } else {
    try {
      environments = (await listEnvironments(ctx.client(), p.states, ctx.signal))
        .map((e) => e.environmentId ?? '')
        .filter(Boolean)
        .sort(byCodePoint);
    } catch (err) {
      diags.error('Listing the EVS environments failed', explain(err));
      return;
    }
  }
  for (const environmentId of environments) {
    let items: T[];
    try {
      items = await ctx.lists(p.kind).read(environmentId, ctx.signal);
    } catch (err) {
      if (p.environmentId === null && isNotFoundError(err)) continue;
      if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
      else diags.error(`Listing the ${p.what} of ${environmentId} failed`, explain(err));
      return;
    }
    yield { environmentId, items };
  }
}
