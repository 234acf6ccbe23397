import { DATA_VM_ENTITLEMENTS, RESOURCE_VM_ENTITLEMENT } from '../../../names';
import type { DataSource, ListResource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { vmEntitlementsDataSource } from './data-source';
import { vmEntitlementListResource } from './list-resource';
import { vmEntitlementResource } from './resource';
import { entitlementListSchema, entitlementSchema, entitlementsDataSourceSchema } from './schema';

/** `evs_vm_entitlement`, its list resource and `evs_vm_entitlements`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [
  { typeName: RESOURCE_VM_ENTITLEMENT, schema: entitlementSchema, build: vmEntitlementResource },
];

export const dataSources: readonly Registered<DataSource>[] = [
  { typeName: DATA_VM_ENTITLEMENTS, schema: entitlementsDataSourceSchema, build: vmEntitlementsDataSource },
];

export const listResources: readonly Registered<ListResource>[] = [
  { typeName: RESOURCE_VM_ENTITLEMENT, schema: entitlementListSchema, build: vmEntitlementListResource },
];
