import type { MetadataBearer } from '@smithy/types';
import { de_Environment, type Environment } from '../models/environments';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Deletes an environment once its hosts are deleted; its VLAN subnets and EVS-made secrets go with it. */
export interface DeleteEnvironmentRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
}
export interface DeleteEnvironmentResponse {
  environment?: Environment | undefined;
}
export interface DeleteEnvironmentCommandInput extends DeleteEnvironmentRequest {}
export interface DeleteEnvironmentCommandOutput extends DeleteEnvironmentResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.DeleteEnvironment` */
export class DeleteEnvironmentCommand extends evsCommand<DeleteEnvironmentCommandInput, DeleteEnvironmentCommandOutput>('DeleteEnvironment', {
  input: { clientToken: idempotencyToken, environmentId: [] },
  output: { environment: de_Environment },
}) {}
