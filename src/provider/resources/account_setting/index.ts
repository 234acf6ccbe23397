import { DATA_ACCOUNT_SETTINGS, RESOURCE_ACCOUNT_SETTING } from '../../../names';
import type { DataSource, ListResource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { accountSettingsDataSource } from './data-source';
import { accountSettingListResource } from './list-resource';
import { accountSettingResource } from './resource';
import { accountSettingListSchema, accountSettingSchema, accountSettingsDataSourceSchema } from './schema';

/** `evs_account_setting`, its list resource and `data "evs_account_settings"`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_ACCOUNT_SETTING, schema: accountSettingSchema, build: accountSettingResource }];

export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_ACCOUNT_SETTINGS, schema: accountSettingsDataSourceSchema, build: accountSettingsDataSource }];

export const listResources: readonly Registered<ListResource>[] = [{ typeName: RESOURCE_ACCOUNT_SETTING, schema: accountSettingListSchema, build: accountSettingListResource }];
