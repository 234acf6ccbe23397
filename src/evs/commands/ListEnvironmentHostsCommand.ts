import type { MetadataBearer } from '@smithy/types';
import { de_Host, type Host } from '../models/hosts';
import { evsPaginator } from '../pagination';
import { de_String, listOf } from '../protocol';
import { evsCommand } from './builder';

export interface ListEnvironmentHostsRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  environmentId: string | undefined;
}
export interface ListEnvironmentHostsResponse {
  nextToken?: string | undefined;
  environmentHosts?: Host[] | undefined;
}
export interface ListEnvironmentHostsCommandInput extends ListEnvironmentHostsRequest {}
export interface ListEnvironmentHostsCommandOutput extends ListEnvironmentHostsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.ListEnvironmentHosts` */
export class ListEnvironmentHostsCommand extends evsCommand<ListEnvironmentHostsCommandInput, ListEnvironmentHostsCommandOutput>('ListEnvironmentHosts', {
  input: { environmentId: [], maxResults: [], nextToken: [] },
  output: { environmentHosts: listOf(de_Host), nextToken: de_String },
}) {}

export const paginateListEnvironmentHosts = evsPaginator<ListEnvironmentHostsCommandInput, ListEnvironmentHostsCommandOutput>(ListEnvironmentHostsCommand);
