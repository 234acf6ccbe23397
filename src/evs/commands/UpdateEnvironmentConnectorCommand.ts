import type { MetadataBearer } from '@smithy/types';
import { de_Connector, type Connector } from '../models/connectors';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Changes `applianceFqdn` or `secretIdentifier`, one per request. */
export interface UpdateEnvironmentConnectorRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  connectorId: string | undefined;
  applianceFqdn?: string | undefined;
  secretIdentifier?: string | undefined;
}
export interface UpdateEnvironmentConnectorResponse {
  connector?: Connector | undefined;
}
export interface UpdateEnvironmentConnectorCommandInput extends UpdateEnvironmentConnectorRequest {}
export interface UpdateEnvironmentConnectorCommandOutput extends UpdateEnvironmentConnectorResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.UpdateEnvironmentConnector` */
export class UpdateEnvironmentConnectorCommand extends evsCommand<UpdateEnvironmentConnectorCommandInput, UpdateEnvironmentConnectorCommandOutput>(
  'UpdateEnvironmentConnector',
  {
    input: { applianceFqdn: [], clientToken: idempotencyToken, connectorId: [], environmentId: [], secretIdentifier: [] },
    output: { connector: de_Connector },
  },
) {}
