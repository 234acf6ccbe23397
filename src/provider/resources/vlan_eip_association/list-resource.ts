import { RESOURCE_VLAN_EIP_ASSOCIATION } from '../../../names';
import { fromModel } from '../../framework/model';
import { defineListResource, type ListResource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { byCodePoint, perEnvironment } from '../shared/list-per-environment';
import { VLANS } from './find';
import { associationResourceId, stateFromAssociation } from './model';
import { associationListSchema, type associationSchema } from './schema';

/**
 * `list "evs_vlan_eip_association"`: every Elastic IP associated with a VLAN of one environment or
 * of every CREATED environment, ordered by environment, VLAN name and allocation id.
 */
export function vlanEipAssociationListResource(ctx: ProviderContext): ListResource {
  return defineListResource({
    typeName: RESOURCE_VLAN_EIP_ASSOCIATION,
    schema: associationListSchema,
    async *list(config, diags) {
      for await (const { environmentId, items } of perEnvironment(ctx, diags, { environmentId: config.environment_id, states: ['CREATED'], what: 'VLANs', kind: VLANS })) {
        const found = items
          .filter((v) => v.functionName && v.vlanState !== 'DELETED')
          .flatMap((v) => (v.eipAssociations ?? []).filter((a) => a.allocationId).map((a) => ({ key: { environmentId, vlanName: v.functionName!, allocationId: a.allocationId! }, a })))
          .sort((x, y) => byCodePoint(associationResourceId(x.key), associationResourceId(y.key)));
        for (const { key, a } of found) {
          yield {
            state: fromModel<typeof associationSchema>(stateFromAssociation(key, a, { timeouts: null })),
            displayName: `${a.ipAddress ?? key.allocationId} on ${key.vlanName} (${associationResourceId(key)})`,
          };
        }
      }
    },
  });
}
