import type { MetadataBearer } from '@smithy/types';
import { de_EnvironmentSummary, type EnvironmentState, type EnvironmentSummary } from '../models/environments';
import { evsPaginator } from '../pagination';
import { asJson, de_String, listOf } from '../protocol';
import { evsCommand } from './builder';

export interface ListEnvironmentsRequest {
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  /** Only environments in these states. */
  state?: EnvironmentState[] | undefined;
}
export interface ListEnvironmentsResponse {
  nextToken?: string | undefined;
  environmentSummaries?: EnvironmentSummary[] | undefined;
}
export interface ListEnvironmentsCommandInput extends ListEnvironmentsRequest {}
export interface ListEnvironmentsCommandOutput extends ListEnvironmentsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.ListEnvironments` */
export class ListEnvironmentsCommand extends evsCommand<ListEnvironmentsCommandInput, ListEnvironmentsCommandOutput>('ListEnvironments', {
  input: { maxResults: [], nextToken: [], state: asJson },
  output: { environmentSummaries: listOf(de_EnvironmentSummary), nextToken: de_String },
}) {}

export const paginateListEnvironments = evsPaginator<ListEnvironmentsCommandInput, ListEnvironmentsCommandOutput>(ListEnvironmentsCommand);
