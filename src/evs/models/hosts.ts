/** ESX host shapes (Host, HostInfoForCreate) and how the client reads them. */
import type { HostState, InstanceType } from '../constraints';
import { asJson, de_String, de_Timestamp, structure } from '../protocol';

export type { HostState, InstanceType };

/** A host to add: at environment creation (exactly four) or with CreateEnvironmentHost. */
export interface HostInfoForCreate {
  /** DNS host name, unique across EVS environments and in VCF. */
  hostName: string | undefined;
  /** EC2 key pair for the host's instance. */
  keyName: string | undefined;
  instanceType: InstanceType | undefined;
  /** Cluster or partition placement group; not together with `dedicatedHostId`. */
  placementGroupId?: string | undefined;
  dedicatedHostId?: string | undefined;
}

/** One of the two ENIs (active, standby) a host has in the VMkernel management subnet. */
export interface NetworkInterface {
  networkInterfaceId?: string | undefined;
}

export interface Host {
  hostName?: string | undefined;
  ipAddress?: string | undefined;
  keyName?: string | undefined;
  instanceType?: InstanceType | undefined;
  placementGroupId?: string | undefined;
  dedicatedHostId?: string | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  hostState?: HostState | undefined;
  stateDetails?: string | undefined;
  ec2InstanceId?: string | undefined;
  networkInterfaces?: NetworkInterface[] | undefined;
}

export const de_Host = structure<Host>({
  createdAt: de_Timestamp,
  dedicatedHostId: de_String,
  ec2InstanceId: de_String,
  hostName: de_String,
  hostState: de_String,
  instanceType: de_String,
  ipAddress: de_String,
  keyName: de_String,
  modifiedAt: de_Timestamp,
  networkInterfaces: asJson,
  placementGroupId: de_String,
  stateDetails: de_String,
});
