import type { EipAssociation, Vlan } from '../../../evs';
import type { Model, ValueOf } from '../../framework/model';
import { rfc3339 } from '../shared/time';
import type { AssociationKey } from './find';
import type { VLAN_OBJECT, associationSchema } from './schema';

export type AssociationModel = Model<typeof associationSchema>;
export type VlanView = ValueOf<typeof VLAN_OBJECT>;

/** `environment_id/vlan_name/allocation_id`: the resource's `id` and import id. */
export const associationResourceId = (k: AssociationKey) => `${k.environmentId}/${k.vlanName}/${k.allocationId}`;

/** The resource's state from the association EVS lists; timeouts from `base`. */
export function stateFromAssociation(k: AssociationKey, a: EipAssociation, base: Pick<AssociationModel, 'timeouts'>): AssociationModel {
  return {
    id: associationResourceId(k),
    environment_id: k.environmentId,
    vlan_name: k.vlanName,
    allocation_id: k.allocationId,
    association_id: a.associationId ?? null,
    ip_address: a.ipAddress ?? null,
    timeouts: base.timeouts,
  };
}

/** Everything ListEnvironmentVlans reports about a VLAN, in state form. */
export function flattenVlan(v: Vlan): VlanView {
  return {
    vlan_name: v.functionName ?? null,
    vlan_id: v.vlanId ?? null,
    cidr: v.cidr ?? null,
    availability_zone: v.availabilityZone ?? null,
    subnet_id: v.subnetId ?? null,
    state: v.vlanState ?? null,
    state_details: v.stateDetails ?? null,
    is_public: v.isPublic ?? null,
    network_acl_id: v.networkAclId ?? null,
    eip_associations: (v.eipAssociations ?? []).map((a) => ({ association_id: a.associationId ?? null, allocation_id: a.allocationId ?? null, ip_address: a.ipAddress ?? null })),
    created_at: rfc3339(v.createdAt),
    modified_at: rfc3339(v.modifiedAt),
  };
}
