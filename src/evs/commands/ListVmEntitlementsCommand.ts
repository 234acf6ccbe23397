import type { MetadataBearer } from '@smithy/types';
import { de_VmEntitlement, type EntitlementType, type VmEntitlement } from '../models/entitlements';
import { evsPaginator } from '../pagination';
import { de_String, listOf } from '../protocol';
import { evsCommand } from './builder';

/** The entitlements of one environment, connector and entitlement type. */
export interface ListVmEntitlementsRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  environmentId: string | undefined;
  connectorId: string | undefined;
  entitlementType: EntitlementType | undefined;
}
export interface ListVmEntitlementsResponse {
  nextToken?: string | undefined;
  entitlements?: VmEntitlement[] | undefined;
}
export interface ListVmEntitlementsCommandInput extends ListVmEntitlementsRequest {}
export interface ListVmEntitlementsCommandOutput extends ListVmEntitlementsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.ListVmEntitlements` */
export class ListVmEntitlementsCommand extends evsCommand<ListVmEntitlementsCommandInput, ListVmEntitlementsCommandOutput>('ListVmEntitlements', {
  input: { connectorId: [], entitlementType: [], environmentId: [], maxResults: [], nextToken: [] },
  output: { entitlements: listOf(de_VmEntitlement), nextToken: de_String },
}) {}

export const paginateListVmEntitlements = evsPaginator<ListVmEntitlementsCommandInput, ListVmEntitlementsCommandOutput>(
  ListVmEntitlementsCommand,
);
