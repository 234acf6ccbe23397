import type { ListEnvironmentsCommandInput, ListEnvironmentsCommandOutput } from '../models';
import { de_ListEnvironmentsCommand, se_ListEnvironmentsCommand } from '../protocol';
import { evsCommand } from './builder';

export type { ListEnvironmentsCommandInput, ListEnvironmentsCommandOutput };

/** `AmazonElasticVMwareService.ListEnvironments` */
export class ListEnvironmentsCommand extends evsCommand<ListEnvironmentsCommandInput, ListEnvironmentsCommandOutput>(
  'ListEnvironments',
  se_ListEnvironmentsCommand,
  de_ListEnvironmentsCommand,
) {}
