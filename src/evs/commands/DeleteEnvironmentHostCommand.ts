import type { MetadataBearer } from '@smithy/types';
import { de_EnvironmentSummary, type EnvironmentSummary } from '../models/environments';
import { de_Host, type Host } from '../models/hosts';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Deletes a host by name (decommission it in SDDC Manager first). */
export interface DeleteEnvironmentHostRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  hostName: string | undefined;
}
export interface DeleteEnvironmentHostResponse {
  environmentSummary?: EnvironmentSummary | undefined;
  host?: Host | undefined;
}
export interface DeleteEnvironmentHostCommandInput extends DeleteEnvironmentHostRequest {}
export interface DeleteEnvironmentHostCommandOutput extends DeleteEnvironmentHostResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.DeleteEnvironmentHost` */
export class DeleteEnvironmentHostCommand extends evsCommand<DeleteEnvironmentHostCommandInput, DeleteEnvironmentHostCommandOutput>('DeleteEnvironmentHost', {
  input: { clientToken: idempotencyToken, environmentId: [], hostName: [] },
  output: { environmentSummary: de_EnvironmentSummary, host: de_Host },
}) {}
