import type { DeleteEnvironmentConnectorCommandInput, DeleteEnvironmentConnectorCommandOutput } from '../models';
import { de_DeleteEnvironmentConnectorCommand, se_DeleteEnvironmentConnectorCommand } from '../protocol';
import { evsCommand } from './builder';

export type { DeleteEnvironmentConnectorCommandInput, DeleteEnvironmentConnectorCommandOutput };

/** `AmazonElasticVMwareService.DeleteEnvironmentConnector` */
export class DeleteEnvironmentConnectorCommand extends evsCommand<DeleteEnvironmentConnectorCommandInput, DeleteEnvironmentConnectorCommandOutput>(
  'DeleteEnvironmentConnector',
  se_DeleteEnvironmentConnectorCommand,
  de_DeleteEnvironmentConnectorCommand,
) {}
