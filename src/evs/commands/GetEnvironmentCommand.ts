import type { MetadataBearer } from '@smithy/types';
import { de_Environment, type Environment } from '../models/environments';
import { evsCommand } from './builder';

export interface GetEnvironmentRequest {
  environmentId: string | undefined;
}
export interface GetEnvironmentResponse {
  environment?: Environment | undefined;
}
export interface GetEnvironmentCommandInput extends GetEnvironmentRequest {}
export interface GetEnvironmentCommandOutput extends GetEnvironmentResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.GetEnvironment` */
export class GetEnvironmentCommand extends evsCommand<GetEnvironmentCommandInput, GetEnvironmentCommandOutput>('GetEnvironment', {
  input: { environmentId: [] },
  output: { environment: de_Environment },
}) {}
