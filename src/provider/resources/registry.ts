/**
 * Every resource and data source of the provider, in one list. The provider serves what is listed
 * here, the test harness finds schemas here, and the hostile-input coverage test iterates these
 * schemas (so an argument without hostile cases fails a test). Adding a resource: a folder beside
 * this file and one line below.
 */
import type { DataSource, Resource } from '../framework/resource';
import type { SchemaDef } from '../framework/schema';
import type { ProviderContext } from './shared/context';
import * as environment from './environment';
import * as environmentConnector from './environment_connector';
import * as environmentHost from './environment_host';
import * as vmEntitlement from './vm_entitlement';

/** A resource or data source type: its name and schema without a provider, and how to build it. */
export interface Registered<T extends Resource | DataSource> {
  readonly typeName: string;
  readonly schema: SchemaDef;
  build(ctx: ProviderContext): T;
}

export const RESOURCES: readonly Registered<Resource>[] = [
  ...environmentConnector.resources,
  ...vmEntitlement.resources,
  ...environment.resources,
  ...environmentHost.resources,
];

export const DATA_SOURCES: readonly Registered<DataSource>[] = [...environmentConnector.dataSources, ...environment.dataSources, ...vmEntitlement.dataSources];

function find<T extends Resource | DataSource>(list: readonly Registered<T>[], kind: string, typeName: string): Registered<T> {
  const found = list.find((r) => r.typeName === typeName);
  if (!found) throw new Error(`No ${kind} ${typeName} is registered.`);
  return found;
}

export const resourceType = (typeName: string): Registered<Resource> => find(RESOURCES, 'resource', typeName);
export const dataSourceType = (typeName: string): Registered<DataSource> => find(DATA_SOURCES, 'data source', typeName);
