import { DATA_ACCOUNT_SETTINGS, RESOURCE_ACCOUNT_SETTING } from '../../../names';
import type { DataSource, Resource } from '../../framework/resource';
import type { Registered } from '../registry';
import { accountSettingsDataSource } from './data-source';
import { accountSettingResource } from './resource';
import { accountSettingSchema, accountSettingsDataSourceSchema } from './schema';

/** `evs_account_setting` and `data "evs_account_settings"`, as the registry lists them. */
export const resources: readonly Registered<Resource>[] = [{ typeName: RESOURCE_ACCOUNT_SETTING, schema: accountSettingSchema, build: accountSettingResource }];

export const dataSources: readonly Registered<DataSource>[] = [{ typeName: DATA_ACCOUNT_SETTINGS, schema: accountSettingsDataSourceSchema, build: accountSettingsDataSource }];
