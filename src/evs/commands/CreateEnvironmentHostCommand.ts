import type { MetadataBearer } from '@smithy/types';
import { de_EnvironmentSummary, type EnvironmentSummary } from '../models/environments';
import { de_Host, type Host, type HostInfoForCreate } from '../models/hosts';
import { asJson, idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Adds one ESX host to a deployed environment. */
export interface CreateEnvironmentHostRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  host: HostInfoForCreate | undefined;
  /** Default: the VCF version's default ESX version (GetVersions). */
  esxVersion?: string | undefined;
}
export interface CreateEnvironmentHostResponse {
  environmentSummary?: EnvironmentSummary | undefined;
  host?: Host | undefined;
}
export interface CreateEnvironmentHostCommandInput extends CreateEnvironmentHostRequest {}
export interface CreateEnvironmentHostCommandOutput extends CreateEnvironmentHostResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.CreateEnvironmentHost` */
export class CreateEnvironmentHostCommand extends evsCommand<CreateEnvironmentHostCommandInput, CreateEnvironmentHostCommandOutput>('CreateEnvironmentHost', {
  input: { clientToken: idempotencyToken, environmentId: [], esxVersion: [], host: asJson },
  output: { environmentSummary: de_EnvironmentSummary, host: de_Host },
}) {}
