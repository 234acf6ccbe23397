import type { MetadataBearer } from '@smithy/types';
import { de_VmEntitlement, type EntitlementType, type VmEntitlement } from '../models/entitlements';
import { asJson, idempotencyToken, listOf } from '../protocol';
import { evsCommand } from './builder';

/**
 * Windows Server licence-included entitlements for VMs of an environment, through its VCENTER
 * connector. Asynchronous: each VM's entitlement starts `CREATING` while EVS validates the VM.
 */
export interface CreateEntitlementRequest {
  /** Idempotency token; filled with a UUID when absent (EVS documents that it ignores it). */
  clientToken?: string | undefined;
  environmentId: string | undefined;
  /** The VCENTER connector the VMs are seen through. */
  connectorId: string | undefined;
  entitlementType: EntitlementType | undefined;
  /** 1–100 vSphere VM managed object ids, e.g. `vm-1001`. */
  vmIds: string[] | undefined;
}
export interface CreateEntitlementResponse {
  /** One per VM. */
  entitlements?: VmEntitlement[] | undefined;
}
export interface CreateEntitlementCommandInput extends CreateEntitlementRequest {}
export interface CreateEntitlementCommandOutput extends CreateEntitlementResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.CreateEntitlement` */
export class CreateEntitlementCommand extends evsCommand<CreateEntitlementCommandInput, CreateEntitlementCommandOutput>('CreateEntitlement', {
  input: { clientToken: idempotencyToken, connectorId: [], entitlementType: [], environmentId: [], vmIds: asJson },
  output: { entitlements: listOf(de_VmEntitlement) },
}) {}
