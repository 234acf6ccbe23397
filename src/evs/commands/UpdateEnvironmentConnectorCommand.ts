import type { UpdateEnvironmentConnectorCommandInput, UpdateEnvironmentConnectorCommandOutput } from '../models';
import { de_UpdateEnvironmentConnectorCommand, se_UpdateEnvironmentConnectorCommand } from '../protocol';
import { evsCommand } from './builder';

export type { UpdateEnvironmentConnectorCommandInput, UpdateEnvironmentConnectorCommandOutput };

/** `AmazonElasticVMwareService.UpdateEnvironmentConnector` */
export class UpdateEnvironmentConnectorCommand extends evsCommand<UpdateEnvironmentConnectorCommandInput, UpdateEnvironmentConnectorCommandOutput>(
  'UpdateEnvironmentConnector',
  se_UpdateEnvironmentConnectorCommand,
  de_UpdateEnvironmentConnectorCommand,
) {}
