import { DATA_ENVIRONMENT_HOSTS, RESOURCE_ENVIRONMENT_HOST } from '../../../names';
import type { DataSource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentHostsDataSource } from './data-source';
import { environmentHostResource } from './resource';
import { hostSchema, hostsDataSourceSchema } from './schema';

/** `evs_environment_host` and `data "evs_environment_hosts"`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_ENVIRONMENT_HOST, schema: hostSchema, build: environmentHostResource }];

export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_ENVIRONMENT_HOSTS, schema: hostsDataSourceSchema, build: environmentHostsDataSource }];
