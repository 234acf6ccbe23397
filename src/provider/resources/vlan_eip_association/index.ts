import { DATA_ENVIRONMENT_VLANS, RESOURCE_VLAN_EIP_ASSOCIATION } from '../../../names';
import type { DataSource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { environmentVlansDataSource } from './data-source';
import { vlanEipAssociationResource } from './resource';
import { associationSchema, vlansDataSourceSchema } from './schema';

/** `evs_vlan_eip_association` and `data "evs_environment_vlans"`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_VLAN_EIP_ASSOCIATION, schema: associationSchema, build: vlanEipAssociationResource }];

export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_ENVIRONMENT_VLANS, schema: vlansDataSourceSchema, build: environmentVlansDataSource }];
