import type { MetadataBearer } from '@smithy/types';
import { evsPaginator } from '../pagination';
import { de_String, listOf } from '../protocol';
import { de_Vlan, type Vlan } from '../models/vlans';
import { evsCommand } from './builder';

export interface ListEnvironmentVlansRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  environmentId: string | undefined;
}
export interface ListEnvironmentVlansResponse {
  nextToken?: string | undefined;
  environmentVlans?: Vlan[] | undefined;
}
export interface ListEnvironmentVlansCommandInput extends ListEnvironmentVlansRequest {}
export interface ListEnvironmentVlansCommandOutput extends ListEnvironmentVlansResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.ListEnvironmentVlans` */
export class ListEnvironmentVlansCommand extends evsCommand<ListEnvironmentVlansCommandInput, ListEnvironmentVlansCommandOutput>('ListEnvironmentVlans', {
  input: { environmentId: [], maxResults: [], nextToken: [] },
  output: { environmentVlans: listOf(de_Vlan), nextToken: de_String },
}) {}

export const paginateListEnvironmentVlans = evsPaginator<ListEnvironmentVlansCommandInput, ListEnvironmentVlansCommandOutput>(ListEnvironmentVlansCommand);
