import { DATA_ENVIRONMENT_HOSTS, RESOURCE_ENVIRONMENT_HOST } from '../../../names';
import type { DataSource, ListResource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentHostsDataSource } from './data-source';
import { environmentHostListResource } from './list-resource';
import { environmentHostResource } from './resource';
import { hostListSchema, hostSchema, hostsDataSourceSchema } from './schema';

/** `evs_environment_host`, `data "evs_environment_hosts"` and its list resource, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_ENVIRONMENT_HOST, schema: hostSchema, build: environmentHostResource }];

export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_ENVIRONMENT_HOSTS, schema: hostsDataSourceSchema, build: environmentHostsDataSource }];

export const listResources: readonly Registered<ListResource>[] = [{ typeName: RESOURCE_ENVIRONMENT_HOST, schema: hostListSchema, build: environmentHostListResource }];
