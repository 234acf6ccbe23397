import { RESOURCE_ACCOUNT_SETTING } from '../../../names';
import { fromModel } from '../../framework/model';
import { defineListResource, type ListResource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { byCodePoint } from '../shared/list-per-environment';
import { listAccountSettings } from './find';
import { stateOf } from './model';
import { accountSettingListSchema, type accountSettingSchema } from './schema';

/** `list "evs_account_setting"`: every setting GetAccountSettings holds a value for, ordered by name. */
export function accountSettingListResource(ctx: ProviderContext): ListResource {
  return defineListResource({
    typeName: RESOURCE_ACCOUNT_SETTING,
    schema: accountSettingListSchema,
    async *list(_config, diags) {
      let settings;
      try {
        settings = await listAccountSettings(ctx.client(), ctx.signal);
      } catch (err) {
        diags.error('Reading the EVS account settings failed', explain(err));
        return;
      }
      const set = settings.filter((s) => s.name && s.value !== undefined).sort((a, b) => byCodePoint(a.name!, b.name!));
      for (const s of set) yield { state: fromModel<typeof accountSettingSchema>(stateOf(s.name!, s.value!)), displayName: `${s.name} = ${s.value}` };
    },
  });
}
