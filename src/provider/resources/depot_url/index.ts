import { DATA_DEPOT_URL } from '../../../names';
import type { DataSource } from '../../framework/resource';
import type { Registered } from '../registry';
import { depotUrlDataSource } from './data-source';
import { depotUrlDataSourceSchema } from './schema';

/** `data "evs_depot_url"`, as the registry lists it. */
export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_DEPOT_URL, schema: depotUrlDataSourceSchema, build: depotUrlDataSource }];
