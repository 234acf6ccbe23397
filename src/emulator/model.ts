/** The emulator's stored records (times in epoch milliseconds) and its configuration types. */
import type {
  CheckResult,
  CheckType,
  ConnectorState,
  ConnectorType,
  EnvironmentState,
  VcfVersion,
} from '../evs/constraints';

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
}

/** A lifecycle step in flight: the connector settles into its next state at `at`. */
export interface PendingTransition {
  kind: 'create' | 'update' | 'delete';
  at: number;
  /** When set, the step fails with these state details. */
  failWith?: string;
  /** For updates: the values applied when the step succeeds. */
  applianceFqdn?: string;
  secretArn?: string;
}

export interface CheckOverride {
  result: CheckResult;
  since: number;
}

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
  pending?: PendingTransition;
  /** Check results set out of band through the control interface. */
  checkOverrides: Partial<Record<CheckType, CheckOverride>>;
}

/** Seed for one environment (CLI flags, seed file, control interface). */
export interface EnvironmentSeed {
  id: string;
  state?: EnvironmentState;
  vcfVersion?: VcfVersion;
  name?: string;
}

export interface Durations {
  /** CREATING → ACTIVE / CREATE_FAILED. */
  createMs: number;
  /** UPDATING → ACTIVE / UPDATE_FAILED. */
  updateMs: number;
  /** DELETING → gone. */
  deleteMs: number;
  /** How often the health checks of an ACTIVE connector run. */
  checkIntervalMs: number;
}

export const DEFAULT_DURATIONS: Durations = {
  createMs: 2000,
  updateMs: 2000,
  deleteMs: 2000,
  checkIntervalMs: 60000,
};

export const OPERATIONS = [
  'CreateEnvironmentConnector',
  'UpdateEnvironmentConnector',
  'DeleteEnvironmentConnector',
  'ListEnvironmentConnectors',
  'GetEnvironment',
  'ListEnvironments',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

export function isOperationName(value: string): value is OperationName {
  return (OPERATIONS as readonly string[]).includes(value);
}
