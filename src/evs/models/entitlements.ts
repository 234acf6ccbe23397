/** VM entitlement shapes (Windows Server licence-included VMs) and how the client reads them. */
import type { EntitlementStatus, EntitlementType } from '../constraints';
import { asJson, de_String, de_Timestamp, structure } from '../protocol';

export type { EntitlementStatus, EntitlementType };

/** Why an entitlement failed or is at risk. */
export interface ErrorDetail {
  errorCode: string | undefined;
  errorMessage: string | undefined;
}

/** One VM's entitlement: the key is environmentId + connectorId + vmId. */
export interface VmEntitlement {
  vmId?: string | undefined;
  environmentId?: string | undefined;
  connectorId?: string | undefined;
  vmName?: string | undefined;
  type?: EntitlementType | undefined;
  status?: EntitlementStatus | undefined;
  lastSyncedAt?: Date | undefined;
  startedAt?: Date | undefined;
  stoppedAt?: Date | undefined;
  errorDetail?: ErrorDetail | undefined;
}

export const de_VmEntitlement = structure<VmEntitlement>({
  connectorId: de_String,
  environmentId: de_String,
  errorDetail: asJson,
  lastSyncedAt: de_Timestamp,
  startedAt: de_Timestamp,
  status: de_String,
  stoppedAt: de_Timestamp,
  type: de_String,
  vmId: de_String,
  vmName: de_String,
});
