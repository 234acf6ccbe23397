import { DATA_ENVIRONMENT } from '../../../names';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import { findEnvironmentByID, findEnvironmentIdByName } from './find';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { flattenEnvironment } from './model';
import { environmentDataSourceSchema } from './schema';

/** `data "evs_environment"`: one environment, by id or by name. */
export function environmentDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_ENVIRONMENT,
    schema: environmentDataSourceSchema,
    async read(config, diags) {
      const byName = !config.environment_id;
      try {
        const client = ctx.client();
        const id = config.environment_id ?? (await findEnvironmentIdByName(client, config.environment_name!, ctx.signal));
        return flattenEnvironment(await findEnvironmentByID(client, id, ctx.signal));
      } catch (err) {
        if (isNotFoundError(err)) {
          diags.error('EVS environment not found', `${err.message} Check the ${byName ? 'name' : 'id'} and the provider's region.`, attr(byName ? 'environment_name' : 'environment_id'));
        } else {
          diags.error('Reading the EVS environment failed', explain(err));
        }
        return null;
      }
    },
  });
}
