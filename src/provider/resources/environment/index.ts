import { DATA_ENVIRONMENT, DATA_ENVIRONMENTS, RESOURCE_ENVIRONMENT } from '../../../names';
import type { DataSource, ListResource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentDataSource } from './data-source';
import { environmentsDataSource } from './list-data-source';
import { environmentListResource } from './list-resource';
import { environmentResource } from './resource';
import { environmentSchema } from './resource-schema';
import { environmentDataSourceSchema, environmentListSchema, environmentsDataSourceSchema } from './schema';

/** The `evs_environment` resource, its list resource, and data sources `evs_environment` and `evs_environments`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_ENVIRONMENT, schema: environmentSchema, build: environmentResource }];

export const dataSources: readonly Registered<DataSource>[] = [
  { typeName: DATA_ENVIRONMENT, schema: environmentDataSourceSchema, build: environmentDataSource },
  { typeName: DATA_ENVIRONMENTS, schema: environmentsDataSourceSchema, build: environmentsDataSource },
];

export const listResources: readonly Registered<ListResource>[] = [{ typeName: RESOURCE_ENVIRONMENT, schema: environmentListSchema, build: environmentListResource }];
