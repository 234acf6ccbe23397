import { DATA_ENVIRONMENT_HOSTS } from '../../../names';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { HOSTS } from './find';
import { flattenHost } from './model';
import { hostsDataSourceSchema } from './schema';

/** Locale-independent order, so the list is the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `data "evs_environment_hosts"`: every host of an environment, ordered by name. */
export function environmentHostsDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_ENVIRONMENT_HOSTS,
    schema: hostsDataSourceSchema,
    async read(config, diags) {
      try {
        const hosts = (await ctx.lists(HOSTS).read(config.environment_id, ctx.signal)).slice().sort((a, b) => byCodePoint(a.hostName ?? '', b.hostName ?? ''));
        return {
          environment_id: config.environment_id,
          hosts: hosts.map(flattenHost),
          host_names: hosts.filter((h) => h.hostState === 'CREATED').map((h) => h.hostName ?? ''),
        };
      } catch (err) {
        if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
        else diags.error('Listing the EVS hosts failed', explain(err));
        return null;
      }
    },
  });
}
