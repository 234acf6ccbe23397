import type { AccountSetting } from '../../../evs';
import type { Model } from '../../framework/model';
import type { accountSettingSchema, accountSettingsDataSourceSchema } from './schema';

export type AccountSettingModel = Model<typeof accountSettingSchema>;
export type AccountSettingsModel = Model<typeof accountSettingsDataSourceSchema>;

export const stateOf = (name: string, value: string): AccountSettingModel => ({ id: name, name, value });

/** What GetAccountSettings lists, ordered by name, as the data source shows it. */
export function flattenSettings(settings: readonly AccountSetting[]): AccountSettingsModel {
  const listed = settings
    .filter((s): s is { name: string; value: string } => s.name !== undefined && s.value !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { settings: listed.map((s) => ({ name: s.name, value: s.value })), values: Object.fromEntries(listed.map((s) => [s.name, s.value])) };
}
