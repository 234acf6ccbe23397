/**
 * Paginators as the SDK generates them (`createPaginator`): async iterators of pages that follow
 * `nextToken` (paginators-1.json: input/output token `nextToken`, limit key `maxResults`).
 */
import { createPaginator } from '@smithy/core';
import type { PaginationConfiguration, Paginator } from '@smithy/types';
import { EvsClient } from './client';
import { ListEnvironmentConnectorsCommand } from './commands/ListEnvironmentConnectorsCommand';
import { ListEnvironmentsCommand } from './commands/ListEnvironmentsCommand';
import type {
  ListEnvironmentConnectorsCommandInput,
  ListEnvironmentConnectorsCommandOutput,
  ListEnvironmentsCommandInput,
  ListEnvironmentsCommandOutput,
} from './models';

/** `{ client, pageSize, startingToken }`; `pageSize` fills `maxResults` when the input has none. */
export interface EvsPaginationConfiguration extends Omit<PaginationConfiguration, 'client'> {
  client: EvsClient;
}

export const paginateListEnvironmentConnectors: (
  config: EvsPaginationConfiguration,
  input: ListEnvironmentConnectorsCommandInput,
  ...rest: any[]
) => Paginator<ListEnvironmentConnectorsCommandOutput> = createPaginator<
  PaginationConfiguration,
  ListEnvironmentConnectorsCommandInput,
  ListEnvironmentConnectorsCommandOutput
>(EvsClient, ListEnvironmentConnectorsCommand, 'nextToken', 'nextToken', 'maxResults');

export const paginateListEnvironments: (
  config: EvsPaginationConfiguration,
  input: ListEnvironmentsCommandInput,
  ...rest: any[]
) => Paginator<ListEnvironmentsCommandOutput> = createPaginator<
  PaginationConfiguration,
  ListEnvironmentsCommandInput,
  ListEnvironmentsCommandOutput
>(EvsClient, ListEnvironmentsCommand, 'nextToken', 'nextToken', 'maxResults');
