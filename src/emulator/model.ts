/**
 * The emulator's stored records (times in epoch milliseconds) and its configuration types. The
 * operation list is derived from the families (`operations.ts`) and re-exported here.
 */
import type {
  CheckResult,
  CheckType,
  ConnectorState,
  ConnectorType,
  EntitlementStatus,
  EntitlementType,
  EnvironmentState,
  HostState,
  InstanceType,
  VcfVersion,
  VlanState,
} from '../evs/constraints';
import type { PendingStep } from './lifecycle';

export { isOperationName, OPERATIONS, type OperationName } from './operations';

export type EnvironmentStep = 'create' | 'delete';

/**
 * An environment. Members after `sddcConnectorProvisioned` exist for environments made with
 * CreateEnvironment (seeded ones and older state files lack them).
 */
export interface EnvironmentRecord {
  environmentId: string;
  environmentName: string;
  environmentState: EnvironmentState;
  stateDetails?: string;
  vcfVersion: VcfVersion;
  createdAt: number;
  modifiedAt: number;
  /** Set once EVS's own SDDC_MANAGER connector was made (VCF-5.2.x environments). */
  sddcConnectorProvisioned?: boolean;
  vpcId?: string;
  serviceAccessSubnetId?: string;
  termsAccepted?: boolean;
  kmsKeyId?: string;
  siteId?: string;
  licenseInfo?: { solutionKey: string; vsanKey: string }[];
  connectivityInfo?: { privateRouteServerPeerings: string[] };
  vcfHostnames?: Record<string, string>;
  serviceAccessSecurityGroups?: { securityGroups?: string[] };
  tags?: Record<string, string>;
  /** The depot URL token; a new one on `rotate`. */
  depotToken?: string;
  /** Environment check results set out of band (control interface). */
  checkOverrides?: Partial<Record<CheckType, CheckOverride>>;
  pending?: PendingStep<EnvironmentStep>;
}

export type ChildStep = 'create' | 'delete';

/** An ESX host of an environment; the key is environmentId + hostName. */
export interface HostRecord {
  environmentId: string;
  hostName: string;
  ipAddress: string;
  keyName: string;
  instanceType: InstanceType;
  placementGroupId?: string;
  dedicatedHostId?: string;
  /** Not in the Host shape (EVS does not report it); kept for the control interface. */
  esxVersion: string;
  state: HostState;
  stateDetails?: string;
  ec2InstanceId: string;
  networkInterfaceIds: string[];
  createdAt: number;
  modifiedAt: number;
  pending?: PendingStep<ChildStep>;
}

export interface EipAssociationRecord {
  associationId: string;
  allocationId: string;
  ipAddress: string;
}

/** A VLAN subnet of an environment; the key is environmentId + functionName. */
export interface VlanRecord {
  environmentId: string;
  /** The InitialVlans member it was made from, e.g. `hcx`. */
  functionName: string;
  vlanId: number;
  cidr: string;
  availabilityZone: string;
  subnetId: string;
  isPublic: boolean;
  networkAclId?: string;
  state: VlanState;
  stateDetails?: string;
  eipAssociations: EipAssociationRecord[];
  createdAt: number;
  modifiedAt: number;
  pending?: PendingStep<ChildStep>;
}

export interface CheckOverride {
  result: CheckResult;
  since: number;
}

/** A VM of a vCenter Server, as a VCENTER connector sees it. */
export interface VmRecord {
  vmId: string;
  vmName: string;
}

export type ConnectorStep = 'create' | 'update' | 'delete';
/** An update's new values, applied when it succeeds. */
export type ConnectorChange = { applianceFqdn?: string; secretArn?: string };

export interface ConnectorRecord {
  environmentId: string;
  connectorId: string;
  type: ConnectorType;
  applianceFqdn: string;
  secretArn: string;
  state: ConnectorState;
  stateDetails?: string;
  createdAt: number;
  modifiedAt: number;
  /** When the connector last became ACTIVE: health checks run from then on. */
  activeSince?: number;
  /** When it last failed (CREATE_FAILED / UPDATE_FAILED). */
  failedAt?: number;
  pending?: PendingStep<ConnectorStep, ConnectorChange>;
  /** Check results set out of band through the control interface. */
  checkOverrides: Partial<Record<CheckType, CheckOverride>>;
  /** VCENTER only: the VMs its vCenter Server holds; absent = the default inventory. */
  vms?: VmRecord[];
}

export interface EntitlementErrorDetail {
  errorCode: string;
  errorMessage: string;
}

/** One VM's entitlement; the key is connectorId + vmId (a connector belongs to one environment). */
export interface EntitlementRecord {
  environmentId: string;
  connectorId: string;
  vmId: string;
  vmName?: string;
  type: EntitlementType;
  state: EntitlementStatus;
  errorDetail?: EntitlementErrorDetail;
  createdAt: number;
  modifiedAt: number;
  /** Usage tracking started (validation passed). */
  startedAt?: number;
  /** Usage tracking stopped (deleted or removed). */
  stoppedAt?: number;
  pending?: PendingStep<'create'>;
}

/** Seed for one environment (CLI flags, seed file, control interface). */
export interface EnvironmentSeed {
  id: string;
  state?: EnvironmentState;
  vcfVersion?: VcfVersion;
  name?: string;
}

export interface Durations {
  /** Connector CREATING → ACTIVE / CREATE_FAILED. */
  createMs: number;
  /** Connector UPDATING → ACTIVE / UPDATE_FAILED. */
  updateMs: number;
  /** Connector DELETING → gone. */
  deleteMs: number;
  /** How often the health checks of an ACTIVE connector run (and entitlements sync). */
  checkIntervalMs: number;
  /** VM entitlement CREATING → CREATED / CREATE_FAILED (EVS validating the VM). */
  entitlementMs: number;
  /** Environment CREATING → CREATED / CREATE_FAILED (with its VLANs and initial hosts). */
  environmentCreateMs: number;
  /** Environment DELETING → DELETED (with its VLANs). */
  environmentDeleteMs: number;
  /** Host CREATING → CREATED / CREATE_FAILED (CreateEnvironmentHost). */
  hostCreateMs: number;
  /** Host DELETING → DELETED. */
  hostDeleteMs: number;
}

export const DEFAULT_DURATIONS: Durations = {
  createMs: 2000,
  updateMs: 2000,
  deleteMs: 2000,
  checkIntervalMs: 60000,
  entitlementMs: 2000,
  environmentCreateMs: 5000,
  environmentDeleteMs: 2000,
  hostCreateMs: 2000,
  hostDeleteMs: 2000,
};
