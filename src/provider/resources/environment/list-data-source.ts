import { DATA_ENVIRONMENTS } from '../../../names';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { listEnvironments } from './find';
import { flattenEnvironmentSummary } from './model';
import { environmentsDataSourceSchema } from './schema';

/** Locale-independent order, so the list is the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `data "evs_environments"`: every environment, optionally only some states (filtered by EVS). */
export function environmentsDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_ENVIRONMENTS,
    schema: environmentsDataSourceSchema,
    async read(config, diags) {
      try {
        const chosen = (await listEnvironments(ctx.client(), config.states, ctx.signal))
          .filter((e) => !config.states || config.states.includes(e.environmentState ?? ''))
          .sort((a, b) => byCodePoint(a.environmentId ?? '', b.environmentId ?? ''));
        return { states: config.states, environments: chosen.map(flattenEnvironmentSummary), ids: chosen.map((e) => e.environmentId ?? '') };
      } catch (err) {
        diags.error('Listing the EVS environments failed', explain(err));
        return null;
      }
    },
  });
}
