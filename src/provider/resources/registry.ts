/**
 * Every resource, data source and list resource of the provider, in one list each. The provider serves what is listed
 * here, the test harness finds schemas here, and the hostile-input coverage test iterates these
 * schemas (so an argument without hostile cases fails a test). Adding a resource: a folder beside
 * this file and one line below.
 */
import type { DataSource, ListResource, Resource } from '../framework/resource';
import type { SchemaDef } from '../framework/schema';
import type { ProviderContext } from './shared/context';
import * as accountSetting from './account_setting';
import * as environment from './environment';
import * as environmentConnector from './environment_connector';
import * as environmentHost from './environment_host';
import * as depotUrl from './depot_url';
import * as versions from './versions';
import * as vlanEipAssociation from './vlan_eip_association';
import * as vmEntitlement from './vm_entitlement';

/** A resource, data source or list resource type: its name and schema without a provider, and how to build it. */
export interface Registered<T extends Resource | DataSource | ListResource> {
  readonly typeName: string;
  readonly schema: SchemaDef;
  build(ctx: ProviderContext): T;
}

export const RESOURCES: readonly Registered<Resource>[] = [
  ...environmentConnector.resources,
  ...vmEntitlement.resources,
  ...environment.resources,
  ...environmentHost.resources,
  ...vlanEipAssociation.resources,
  ...accountSetting.resources,
];

export const DATA_SOURCES: readonly Registered<DataSource>[] = [
  ...environmentConnector.dataSources,
  ...environment.dataSources,
  ...vmEntitlement.dataSources,
  ...environmentHost.dataSources,
  ...vlanEipAssociation.dataSources,
  ...versions.dataSources,
  ...depotUrl.dataSources,
  ...accountSetting.dataSources,
];

/** List resources (`terraform query`): each named after the managed resource it lists. */
export const LIST_RESOURCES: readonly Registered<ListResource>[] = [
  ...environmentConnector.listResources,
  ...environment.listResources,
  ...environmentHost.listResources,
  ...vlanEipAssociation.listResources,
  ...vmEntitlement.listResources,
  ...accountSetting.listResources,
];

function find<T extends Resource | DataSource>(list: readonly Registered<T>[], kind: string, typeName: string): Registered<T> {
  const found = list.find((r) => r.typeName === typeName);
  if (!found) throw new Error(`No ${kind} ${typeName} is registered.`);
  return found;
}

export const resourceType = (typeName: string): Registered<Resource> => find(RESOURCES, 'resource', typeName);
export const dataSourceType = (typeName: string): Registered<DataSource> => find(DATA_SOURCES, 'data source', typeName);
