import type { MetadataBearer } from '@smithy/types';
import type { ResponseTagMap } from '../models/tags';
import { asJson } from '../protocol';
import { evsCommand } from './builder';

/** The tags of an environment (by ARN); not paginated. */
export interface ListTagsForResourceRequest {
  resourceArn: string | undefined;
}
export interface ListTagsForResourceResponse {
  tags?: ResponseTagMap | undefined;
}
export interface ListTagsForResourceCommandInput extends ListTagsForResourceRequest {}
export interface ListTagsForResourceCommandOutput extends ListTagsForResourceResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.ListTagsForResource` */
export class ListTagsForResourceCommand extends evsCommand<ListTagsForResourceCommandInput, ListTagsForResourceCommandOutput>('ListTagsForResource', {
  input: { resourceArn: [] },
  output: { tags: asJson },
}) {}
