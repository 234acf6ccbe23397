import { DATA_ACCOUNT_SETTINGS } from '../../../names';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { listAccountSettings } from './find';
import { flattenSettings } from './model';
import { accountSettingsDataSourceSchema } from './schema';

/** `data "evs_account_settings"`: every setting GetAccountSettings lists. */
export function accountSettingsDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_ACCOUNT_SETTINGS,
    schema: accountSettingsDataSourceSchema,
    async read(_config, diags) {
      try {
        return flattenSettings(await listAccountSettings(ctx.client(), ctx.signal));
      } catch (err) {
        diags.error('Reading the EVS account settings failed', explain(err));
        return null;
      }
    },
  });
}
