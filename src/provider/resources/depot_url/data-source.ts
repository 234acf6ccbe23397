import { DATA_DEPOT_URL } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import { log } from '../../log';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { orNotFound, isNotFoundError } from '../shared/not-found';
import { depotUrlDataSourceSchema } from './schema';

/** `data "evs_depot_url"`: GetDepotUrl; rotates the token only when `rotate = true`. */
export function depotUrlDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_DEPOT_URL,
    schema: depotUrlDataSourceSchema,
    async read(config, diags) {
      const environmentId = config.environment_id;
      const rotate = config.rotate === true;
      try {
        if (rotate) log.warn('rotating the depot token (rotate = true): URLs with the old token stop working within 5 minutes', { environment_id: environmentId });
        const out = await orNotFound(
          () => ctx.client().send(new (evsSdk().GetDepotUrlCommand)({ environmentId, ...(rotate && { rotate: true }) }), { abortSignal: ctx.signal }),
          `EVS environment ${environmentId} was not found.`,
        );
        return { environment_id: environmentId, rotate: config.rotate, depot_url: out.depotUrl ?? null, token: out.token ?? null };
      } catch (err) {
        if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
        else diags.error('Reading the EVS depot URL failed', explain(err));
        return null;
      }
    },
  });
}
