import type { MetadataBearer } from '@smithy/types';
import { de_Connector, type Connector } from '../models/connectors';
import { evsPaginator } from '../pagination';
import { de_String, listOf } from '../protocol';
import { evsCommand } from './builder';

export interface ListEnvironmentConnectorsRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  environmentId: string | undefined;
}
export interface ListEnvironmentConnectorsResponse {
  nextToken?: string | undefined;
  connectors?: Connector[] | undefined;
}
export interface ListEnvironmentConnectorsCommandInput extends ListEnvironmentConnectorsRequest {}
export interface ListEnvironmentConnectorsCommandOutput extends ListEnvironmentConnectorsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.ListEnvironmentConnectors` */
export class ListEnvironmentConnectorsCommand extends evsCommand<ListEnvironmentConnectorsCommandInput, ListEnvironmentConnectorsCommandOutput>(
  'ListEnvironmentConnectors',
  {
    input: { environmentId: [], maxResults: [], nextToken: [] },
    output: { connectors: listOf(de_Connector), nextToken: de_String },
  },
) {}

export const paginateListEnvironmentConnectors = evsPaginator<
  ListEnvironmentConnectorsCommandInput,
  ListEnvironmentConnectorsCommandOutput
>(ListEnvironmentConnectorsCommand);
