/**
 * Paginators as the SDK generates them (`createPaginator`): async iterators of pages that follow
 * `nextToken` (paginators-1.json: input/output token `nextToken`, limit key `maxResults` for every
 * EVS list). Each list command's file makes its own with `evsPaginator`.
 */
import { createPaginator } from '@smithy/core';
import type { PaginationConfiguration, Paginator } from '@smithy/types';
import { EvsClient } from './client';

/** `{ client, pageSize, startingToken }`; `pageSize` fills `maxResults` when the input has none. */
export interface EvsPaginationConfiguration extends Omit<PaginationConfiguration, 'client'> {
  client: EvsClient;
}

export type EvsPaginator<I, O> = (config: EvsPaginationConfiguration, input: I, ...rest: any[]) => Paginator<O>;

export function evsPaginator<I extends object, O extends object>(command: new (input: I) => unknown): EvsPaginator<I, O> {
  return createPaginator<PaginationConfiguration, I, O>(EvsClient, command as never, 'nextToken', 'nextToken', 'maxResults');
}
