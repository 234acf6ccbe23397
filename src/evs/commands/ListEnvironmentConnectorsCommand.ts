import type { ListEnvironmentConnectorsCommandInput, ListEnvironmentConnectorsCommandOutput } from '../models';
import { de_ListEnvironmentConnectorsCommand, se_ListEnvironmentConnectorsCommand } from '../protocol';
import { evsCommand } from './builder';

export type { ListEnvironmentConnectorsCommandInput, ListEnvironmentConnectorsCommandOutput };

/** `AmazonElasticVMwareService.ListEnvironmentConnectors` */
export class ListEnvironmentConnectorsCommand extends evsCommand<ListEnvironmentConnectorsCommandInput, ListEnvironmentConnectorsCommandOutput>(
  'ListEnvironmentConnectors',
  se_ListEnvironmentConnectorsCommand,
  de_ListEnvironmentConnectorsCommand,
) {}
