import type { MetadataBearer } from '@smithy/types';
import { de_Connector, type Connector, type ConnectorType } from '../models/connectors';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

export interface CreateEnvironmentConnectorRequest {
  /** Idempotency token; filled with a UUID when absent. */
  clientToken?: string | undefined;
  environmentId: string | undefined;
  type: ConnectorType | undefined;
  applianceFqdn: string | undefined;
  secretIdentifier: string | undefined;
}
export interface CreateEnvironmentConnectorResponse {
  connector?: Connector | undefined;
}
export interface CreateEnvironmentConnectorCommandInput extends CreateEnvironmentConnectorRequest {}
export interface CreateEnvironmentConnectorCommandOutput extends CreateEnvironmentConnectorResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.CreateEnvironmentConnector` */
export class CreateEnvironmentConnectorCommand extends evsCommand<CreateEnvironmentConnectorCommandInput, CreateEnvironmentConnectorCommandOutput>(
  'CreateEnvironmentConnector',
  {
    input: { applianceFqdn: [], clientToken: idempotencyToken, environmentId: [], secretIdentifier: [], type: [] },
    output: { connector: de_Connector },
  },
) {}
