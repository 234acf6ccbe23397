import { DATA_VM_ENTITLEMENTS } from '../../../names';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { ENTITLEMENTS, scopeKey } from './find';
import { byCodePoint, flattenVm, isLive } from './model';
import { DEFAULT_ENTITLEMENT_TYPE, entitlementsDataSourceSchema } from './schema';

/** `data "evs_vm_entitlements"`: every VM EVS lists for one connector and type. */
export function vmEntitlementsDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_VM_ENTITLEMENTS,
    schema: entitlementsDataSourceSchema,
    async read(config, diags) {
      const type = config.entitlement_type ?? DEFAULT_ENTITLEMENT_TYPE;
      const scope = { environmentId: config.environment_id, connectorId: config.connector_id, type };
      try {
        const all = (await ctx.lists(ENTITLEMENTS).read(scopeKey(scope), ctx.signal)).sort((a, b) => byCodePoint(a.vmId ?? '', b.vmId ?? ''));
        return {
          environment_id: scope.environmentId,
          connector_id: scope.connectorId,
          entitlement_type: type,
          vms: all.map(flattenVm),
          entitled_vm_ids: all.filter(isLive).map((e) => e.vmId ?? ''),
        };
      } catch (err) {
        if (isNotFoundError(err)) diags.error('EVS connector not found', `${err.message} Check environment_id, connector_id and the provider's region.`, attr('connector_id'));
        else diags.error('Listing the EVS VM entitlements failed', explain(err));
        return null;
      }
    },
  });
}
