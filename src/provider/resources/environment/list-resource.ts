import type { EnvironmentState } from '../../../evs';
import { ENUMS } from '../../../evs/constraints';
import { RESOURCE_ENVIRONMENT } from '../../../names';
import { defineListResource, type ListResource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { byCodePoint } from '../shared/list-per-environment';
import { listEnvironments } from './find';
import { environmentListSchema } from './schema';

/** What a list asks EVS for when `states` is not set: everything that can still be imported. */
const LIVE = (ENUMS.EnvironmentState as readonly EnvironmentState[]).filter((s) => s !== 'DELETED');

/**
 * `list "evs_environment"`: the environments of the account and Region (ListEnvironments, filtered
 * by state in EVS), ordered by id. A result holds what an import starts from; the server reads the
 * whole environment only when the engine asks for it.
 */
export function environmentListResource(ctx: ProviderContext): ListResource {
  return defineListResource({
    typeName: RESOURCE_ENVIRONMENT,
    schema: environmentListSchema,
    async *list(config, diags) {
      let found;
      try {
        found = await listEnvironments(ctx.client(), config.states ?? LIVE, ctx.signal);
      } catch (err) {
        diags.error('Listing the EVS environments failed', explain(err));
        return;
      }
      const wanted = config.states ?? LIVE;
      const chosen = found.filter((e) => e.environmentId && wanted.includes(e.environmentState ?? '')).sort((a, b) => byCodePoint(a.environmentId!, b.environmentId!));
      for (const e of chosen) {
        const id = e.environmentId!;
        yield {
          state: { id, environment_id: id },
          displayName: `${e.environmentName ?? id} ${e.vcfVersion ?? ''} ${e.environmentState ?? ''} (${id})`.replace(/ +/g, ' '),
          partial: true,
        };
      }
    },
  });
}
