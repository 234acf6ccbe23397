/** VLAN shapes (Vlan, EipAssociation, the InitialVlans of CreateEnvironment) and how the client reads them. */
import type { VlanState } from '../constraints';
import { asJson, de_Boolean, de_Integer, de_String, de_Timestamp, structure } from '../protocol';

export type { VlanState };

export interface InitialVlanInfo {
  /** IPv4 CIDR block, /28 to /24. */
  cidr: string | undefined;
}

/** The ten VLAN subnets EVS makes with an environment, and whether the HCX one is public. */
export interface InitialVlans {
  vmkManagement: InitialVlanInfo | undefined;
  vmManagement: InitialVlanInfo | undefined;
  vMotion: InitialVlanInfo | undefined;
  vSan: InitialVlanInfo | undefined;
  vTep: InitialVlanInfo | undefined;
  edgeVTep: InitialVlanInfo | undefined;
  nsxUplink: InitialVlanInfo | undefined;
  hcx: InitialVlanInfo | undefined;
  expansionVlan1: InitialVlanInfo | undefined;
  expansionVlan2: InitialVlanInfo | undefined;
  isHcxPublic?: boolean | undefined;
  /** Required when `isHcxPublic` is true. */
  hcxNetworkAclId?: string | undefined;
}

/** An Elastic IP associated with the public HCX VLAN. */
export interface EipAssociation {
  associationId?: string | undefined;
  allocationId?: string | undefined;
  ipAddress?: string | undefined;
}

export interface Vlan {
  vlanId?: number | undefined;
  cidr?: string | undefined;
  availabilityZone?: string | undefined;
  /** The traffic the VLAN carries, e.g. `hcx`. */
  functionName?: string | undefined;
  subnetId?: string | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  vlanState?: VlanState | undefined;
  stateDetails?: string | undefined;
  eipAssociations?: EipAssociation[] | undefined;
  isPublic?: boolean | undefined;
  networkAclId?: string | undefined;
}

export const de_Vlan = structure<Vlan>({
  availabilityZone: de_String,
  cidr: de_String,
  createdAt: de_Timestamp,
  eipAssociations: asJson,
  functionName: de_String,
  isPublic: de_Boolean,
  modifiedAt: de_Timestamp,
  networkAclId: de_String,
  stateDetails: de_String,
  subnetId: de_String,
  vlanId: de_Integer,
  vlanState: de_String,
});
