import type { MetadataBearer } from '@smithy/types';
import { asJson } from '../protocol';
import { evsCommand } from './builder';

/** Removes tags of an environment (by ARN) by key. */
export interface UntagResourceRequest {
  resourceArn: string | undefined;
  tagKeys: string[] | undefined;
}
export interface UntagResourceResponse {}
export interface UntagResourceCommandInput extends UntagResourceRequest {}
export interface UntagResourceCommandOutput extends UntagResourceResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.UntagResource` */
export class UntagResourceCommand extends evsCommand<UntagResourceCommandInput, UntagResourceCommandOutput>('UntagResource', {
  input: { resourceArn: [], tagKeys: asJson },
  output: {},
}) {}
