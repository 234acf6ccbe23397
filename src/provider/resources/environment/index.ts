import { DATA_ENVIRONMENT, DATA_ENVIRONMENTS } from '../../../names';
import type { DataSource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentDataSource } from './data-source';
import { environmentsDataSource } from './list-data-source';
import { environmentDataSourceSchema, environmentsDataSourceSchema } from './schema';

/** `evs_environment` and `evs_environments`, as the registry lists them. */
export const dataSources: readonly Registered<DataSource>[] = [
  { typeName: DATA_ENVIRONMENT, schema: environmentDataSourceSchema, build: environmentDataSource },
  { typeName: DATA_ENVIRONMENTS, schema: environmentsDataSourceSchema, build: environmentsDataSource },
];
