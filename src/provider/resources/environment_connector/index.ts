import { DATA_CONNECTOR, DATA_CONNECTORS, RESOURCE_CONNECTOR } from '../../../names';
import type { Registered } from '../registry';
import type { DataSource, ListResource, Resource } from '../../framework/resource';
import { environmentConnectorDataSource } from './data-source';
import { environmentConnectorsDataSource } from './list-data-source';
import { environmentConnectorListResource } from './list-resource';
import { environmentConnectorResource } from './resource';
import { connectorDataSourceSchema, connectorListSchema, connectorSchema, connectorsDataSourceSchema } from './schema';

/** `evs_environment_connector`, its two data sources and its list resource, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [
  { typeName: RESOURCE_CONNECTOR, schema: connectorSchema, build: environmentConnectorResource },
];

export const dataSources: readonly Registered<DataSource>[] = [
  { typeName: DATA_CONNECTOR, schema: connectorDataSourceSchema, build: environmentConnectorDataSource },
  { typeName: DATA_CONNECTORS, schema: connectorsDataSourceSchema, build: environmentConnectorsDataSource },
];

export const listResources: readonly Registered<ListResource>[] = [
  { typeName: RESOURCE_CONNECTOR, schema: connectorListSchema, build: environmentConnectorListResource },
];
