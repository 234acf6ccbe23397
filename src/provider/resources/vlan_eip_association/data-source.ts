import { DATA_ENVIRONMENT_VLANS } from '../../../names';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { VLANS } from './find';
import { flattenVlan } from './model';
import { vlansDataSourceSchema } from './schema';

/** `data "evs_environment_vlans"`: every VLAN of an environment, ordered by VLAN id. */
export function environmentVlansDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_ENVIRONMENT_VLANS,
    schema: vlansDataSourceSchema,
    async read(config, diags) {
      try {
        const vlans = (await ctx.lists(VLANS).read(config.environment_id, ctx.signal)).slice().sort((a, b) => (a.vlanId ?? 0) - (b.vlanId ?? 0));
        return { environment_id: config.environment_id, vlans: vlans.map(flattenVlan) };
      } catch (err) {
        if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
        else diags.error('Listing the EVS VLANs failed', explain(err));
        return null;
      }
    },
  });
}
