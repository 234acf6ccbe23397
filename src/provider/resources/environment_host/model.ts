import type { Host } from '../../../evs';
import type { Model } from '../../framework/model';
import type { ValueOf } from '../../framework/model';
import { rfc3339 } from '../shared/time';
import type { HOST_OBJECT, hostSchema } from './schema';

export type HostModel = Model<typeof hostSchema>;
export type HostView = ValueOf<typeof HOST_OBJECT>;

/** `environment_id/host_name`: the resource's `id`. */
export const hostResourceId = (environmentId: string, hostName: string) => `${environmentId}/${hostName}`;

/** Everything ListEnvironmentHosts reports about a host, in state form. */
export function flattenHost(h: Host): HostView {
  return {
    host_name: h.hostName ?? null,
    key_name: h.keyName ?? null,
    instance_type: h.instanceType ?? null,
    placement_group_id: h.placementGroupId ?? null,
    dedicated_host_id: h.dedicatedHostId ?? null,
    ip_address: h.ipAddress ?? null,
    ec2_instance_id: h.ec2InstanceId ?? null,
    network_interface_ids: (h.networkInterfaces ?? []).map((n) => n.networkInterfaceId ?? '').filter((id) => id !== ''),
    state: h.hostState ?? null,
    state_details: h.stateDetails ?? null,
    created_at: rfc3339(h.createdAt),
    modified_at: rfc3339(h.modifiedAt),
  };
}

/** The resource's state from what EVS reports; `esx_version` and timeouts (never reported) from `base`. */
export function stateFromHost(environmentId: string, h: Host, base: Pick<HostModel, 'esx_version' | 'timeouts'>): HostModel {
  const f = flattenHost(h);
  return { ...f, id: hostResourceId(environmentId, f.host_name ?? ''), environment_id: environmentId, esx_version: base.esx_version, timeouts: base.timeouts };
}
