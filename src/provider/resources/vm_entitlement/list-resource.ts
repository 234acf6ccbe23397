import type { VmEntitlement } from '../../../evs';
import { ENUMS } from '../../../evs/constraints';
import { RESOURCE_VM_ENTITLEMENT } from '../../../names';
import { defineListResource, type ListResource } from '../../framework/resource';
import { CONNECTORS } from '../environment_connector/find';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { byCodePoint, perEnvironment } from '../shared/list-per-environment';
import { isNotFoundError } from '../shared/not-found';
import { ENTITLEMENTS, scopeKey, type Scope } from './find';
import { entitlementResourceId, isLive } from './model';
import { entitlementListSchema } from './schema';

/**
 * `list "evs_vm_entitlement"`: one result per VCENTER connector and entitlement type that entitles
 * a VM, ordered by environment and connector id. A result holds what an import starts from; the
 * server reads the VMs only when the engine asks for the whole resource.
 */
export function vmEntitlementListResource(ctx: ProviderContext): ListResource {
  return defineListResource({
    typeName: RESOURCE_VM_ENTITLEMENT,
    schema: entitlementListSchema,
    async *list(config, diags) {
      for await (const { environmentId, items } of perEnvironment(ctx, diags, { environmentId: config.environment_id, states: ['CREATED'], what: 'connectors', kind: CONNECTORS })) {
        const vcenters = items
          .filter((c) => c.type === 'VCENTER' && c.connectorId && c.state !== 'DELETED' && c.state !== 'DELETING')
          .sort((a, b) => byCodePoint(a.connectorId!, b.connectorId!));
        for (const c of vcenters) {
          for (const type of ENUMS.EntitlementType) {
            const scope: Scope = { environmentId, connectorId: c.connectorId!, type };
            let held: VmEntitlement[];
            try {
              held = (await ctx.lists(ENTITLEMENTS).read(scopeKey(scope), ctx.signal)).filter(isLive);
            } catch (err) {
              if (isNotFoundError(err)) continue; // the connector went since its environment was listed
              diags.error(`Listing the VM entitlements of ${c.connectorId} failed`, explain(err));
              return;
            }
            if (held.length === 0) continue;
            yield {
              state: { id: entitlementResourceId(environmentId, scope.connectorId, type), environment_id: environmentId, connector_id: scope.connectorId, entitlement_type: type },
              displayName: `${type} for ${held.length} VM${held.length === 1 ? '' : 's'} through ${c.applianceFqdn ?? scope.connectorId} (${environmentId}/${scope.connectorId})`,
              partial: true,
            };
          }
        }
      }
    },
  });
}
