import { DATA_ENVIRONMENT_VLANS, RESOURCE_VLAN_EIP_ASSOCIATION } from '../../../names';
import type { DataSource, ListResource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentVlansDataSource } from './data-source';
import { vlanEipAssociationListResource } from './list-resource';
import { vlanEipAssociationResource } from './resource';
import { associationListSchema, associationSchema, vlansDataSourceSchema } from './schema';

/** `evs_vlan_eip_association`, its list resource and `data "evs_environment_vlans"`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_VLAN_EIP_ASSOCIATION, schema: associationSchema, build: vlanEipAssociationResource }];

export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_ENVIRONMENT_VLANS, schema: vlansDataSourceSchema, build: environmentVlansDataSource }];

export const listResources: readonly Registered<ListResource>[] = [
  { typeName: RESOURCE_VLAN_EIP_ASSOCIATION, schema: associationListSchema, build: vlanEipAssociationListResource },
];
