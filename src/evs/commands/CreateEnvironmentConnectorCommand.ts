import type { CreateEnvironmentConnectorCommandInput, CreateEnvironmentConnectorCommandOutput } from '../models';
import { de_CreateEnvironmentConnectorCommand, se_CreateEnvironmentConnectorCommand } from '../protocol';
import { evsCommand } from './builder';

export type { CreateEnvironmentConnectorCommandInput, CreateEnvironmentConnectorCommandOutput };

/** `AmazonElasticVMwareService.CreateEnvironmentConnector` */
export class CreateEnvironmentConnectorCommand extends evsCommand<CreateEnvironmentConnectorCommandInput, CreateEnvironmentConnectorCommandOutput>(
  'CreateEnvironmentConnector',
  se_CreateEnvironmentConnectorCommand,
  de_CreateEnvironmentConnectorCommand,
) {}
