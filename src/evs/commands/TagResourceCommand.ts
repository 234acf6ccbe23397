import type { MetadataBearer } from '@smithy/types';
import type { RequestTagMap } from '../models/tags';
import { asJson } from '../protocol';
import { evsCommand } from './builder';

/** Adds or overwrites tags of an environment (by ARN); tags not listed are kept. */
export interface TagResourceRequest {
  resourceArn: string | undefined;
  tags: RequestTagMap | undefined;
}
export interface TagResourceResponse {}
export interface TagResourceCommandInput extends TagResourceRequest {}
export interface TagResourceCommandOutput extends TagResourceResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.TagResource` */
export class TagResourceCommand extends evsCommand<TagResourceCommandInput, TagResourceCommandOutput>('TagResource', {
  input: { resourceArn: [], tags: asJson },
  output: {},
}) {}
