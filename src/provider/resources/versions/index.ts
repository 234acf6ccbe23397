import { DATA_VERSIONS } from '../../../names';
import type { DataSource } from '../../framework/resource';
import type { Registered } from '../registry';
import { versionsDataSource } from './data-source';
import { versionsDataSourceSchema } from './schema';

/** `data "evs_versions"`, as the registry lists it. */
export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_VERSIONS, schema: versionsDataSourceSchema, build: versionsDataSource }];
