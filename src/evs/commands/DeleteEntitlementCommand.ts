import type { MetadataBearer } from '@smithy/types';
import { de_VmEntitlement, type EntitlementType, type VmEntitlement } from '../models/entitlements';
import { asJson, idempotencyToken, listOf } from '../protocol';
import { evsCommand } from './builder';

/** Stops usage tracking for the listed VMs. */
export interface DeleteEntitlementRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  connectorId: string | undefined;
  entitlementType: EntitlementType | undefined;
  /** 1–100 vSphere VM managed object ids. */
  vmIds: string[] | undefined;
}
export interface DeleteEntitlementResponse {
  /** One per VM. */
  entitlements?: VmEntitlement[] | undefined;
}
export interface DeleteEntitlementCommandInput extends DeleteEntitlementRequest {}
export interface DeleteEntitlementCommandOutput extends DeleteEntitlementResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.DeleteEntitlement` */
export class DeleteEntitlementCommand extends evsCommand<DeleteEntitlementCommandInput, DeleteEntitlementCommandOutput>('DeleteEntitlement', {
  input: { clientToken: idempotencyToken, connectorId: [], entitlementType: [], environmentId: [], vmIds: asJson },
  output: { entitlements: listOf(de_VmEntitlement) },
}) {}
