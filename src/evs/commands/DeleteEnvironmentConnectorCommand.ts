import type { MetadataBearer } from '@smithy/types';
import { de_Connector, type Connector } from '../models/connectors';
import { de_EnvironmentSummary, type EnvironmentSummary } from '../models/environments';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

export interface DeleteEnvironmentConnectorRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  connectorId: string | undefined;
}
export interface DeleteEnvironmentConnectorResponse {
  connector?: Connector | undefined;
  environmentSummary?: EnvironmentSummary | undefined;
}
export interface DeleteEnvironmentConnectorCommandInput extends DeleteEnvironmentConnectorRequest {}
export interface DeleteEnvironmentConnectorCommandOutput extends DeleteEnvironmentConnectorResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.DeleteEnvironmentConnector` */
export class DeleteEnvironmentConnectorCommand extends evsCommand<DeleteEnvironmentConnectorCommandInput, DeleteEnvironmentConnectorCommandOutput>(
  'DeleteEnvironmentConnector',
  {
    input: { clientToken: idempotencyToken, connectorId: [], environmentId: [] },
    output: { connector: de_Connector, environmentSummary: de_EnvironmentSummary },
  },
) {}
