import { DATA_CONNECTORS } from '../../../names';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { CONNECTORS } from './find';
import { flattenConnector } from './model';
import { connectorsDataSourceSchema } from './schema';

/** Locale-independent order, so the list is the same on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `data "evs_environment_connectors"`: the connectors of an environment, optionally filtered. */
export function environmentConnectorsDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_CONNECTORS,
    schema: connectorsDataSourceSchema,
    async read(config, diags) {
      const { environment_id: environmentId, types, states } = config;
      try {
        const chosen = (await ctx.lists(CONNECTORS).read(environmentId, ctx.signal))
          .filter((c) => !types || types.includes(c.type ?? ''))
          .filter((c) => !states || states.includes(c.state ?? ''))
          .sort((a, b) => byCodePoint(a.connectorId ?? '', b.connectorId ?? ''));
        return {
          environment_id: environmentId,
          types,
          states,
          connectors: chosen.map(flattenConnector),
          ids: chosen.map((c) => c.connectorId ?? ''),
        };
      } catch (err) {
        if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
        else diags.error('Listing the EVS connectors failed', explain(err));
        return null;
      }
    },
  });
}
