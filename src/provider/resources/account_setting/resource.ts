import { RESOURCE_ACCOUNT_SETTING } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import { defineResource, type Resource } from '../../framework/resource';
import { log } from '../../log';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { readOrForget, unlessNotFound } from '../shared/not-found';
import { sendOrReadBack, type Effect } from '../shared/read-back';
import { deadlineIn } from '../shared/wait';
import { findAccountSetting } from './find';
import { parseSettingName } from './import-id';
import { stateOf, type AccountSettingModel } from './model';
import { ACCOUNT_SETTING_IDENTITY, accountSettingSchema } from './schema';

/** What to do about a setting Terraform no longer manages: EVS cannot remove one. */
const howToChange = (name: string) =>
  `To change it, manage it again with another value (an ${RESOURCE_ACCOUNT_SETTING} resource, or terraform import of ${name}), ` +
  `or call PutAccountSettings, e.g. aws evs put-account-settings --settings name=${name},value=NEW_VALUE.`;

/** How long reading a setting back may ride out throttling: the resource has no timeouts block. */
const READ_BACK_MS = 5 * 60_000;

export function accountSettingResource(ctx: ProviderContext): Resource {
  /**
   * PutAccountSettings with this one setting. It is idempotent, so the SDK retries it freely; when
   * it still fails, a fresh GetAccountSettings decides whether the value was set after all.
   */
  async function put(name: string, value: string): Promise<void> {
    log.info('putting account setting', { name, value });
    await sendOrReadBack({
      action: 'put account setting',
      logFields: { name, value },
      ctx,
      deadline: deadlineIn(READ_BACK_MS),
      what: `EVS account setting ${name}`,
      ifCarriedOut: `If EVS set ${name} to ${JSON.stringify(value)}, the next plan sees it and has nothing to do; otherwise the next apply sets it again (setting it twice is harmless).`,
      send: () => ctx.client().send(new (evsSdk().PutAccountSettingsCommand)({ settings: [{ name, value }] }), { abortSignal: ctx.signal }),
      readBack: () => unlessNotFound(findAccountSetting(ctx.client(), name)),
      effect: (observed): Effect => (observed === value ? 'applied' : 'not-applied'),
    });
  }

  async function write(planned: Pick<AccountSettingModel, 'name' | 'value'>, summary: string, diags: Diagnostics) {
    const name = planned.name ?? '';
    const value = planned.value ?? '';
    try {
      await put(name, value);
      return stateOf(name, value);
    } catch (err) {
      diags.error(summary, explain(err));
      return null;
    }
  }

  return defineResource({
    typeName: RESOURCE_ACCOUNT_SETTING,
    schema: accountSettingSchema,
    identity: ACCOUNT_SETTING_IDENTITY,

    create: (planned, diags) => write(planned, 'Setting the EVS account setting failed', diags),

    async update(prior, planned, diags) {
      // On failure the prior value is what EVS still has (a failed Put was read back first).
      return (await write(planned, 'Changing the EVS account setting failed', diags)) ?? prior;
    },

    async read(state, diags) {
      const name = state.name ?? state.id ?? '';
      return readOrForget(diags, state, { what: 'EVS account setting', again: 'sets its value again' }, async () =>
        stateOf(name, await findAccountSetting(ctx.client(), name, ctx.signal)),
      );
    },

    async delete(prior, diags) {
      const name = prior.name ?? '';
      diags.warning(
        `EVS account setting ${name} keeps its value`,
        `EVS has no call that removes an account setting, so Terraform only stopped managing ${name}: it keeps the value ${JSON.stringify(prior.value ?? '')} in EVS for this account and Region. ${howToChange(name)}`,
      );
    },

    async importState(id, diags, identity) {
      const byIdentity = identity !== undefined && Object.values(identity).some((v) => v !== null);
      const name = byIdentity ? parseSettingName(identity['name'], "The identity's name") : parseSettingName(id, 'The import id');
      if (typeof name !== 'string') {
        diags.error(byIdentity ? 'Invalid import identity' : 'Invalid import id', name.error);
        return null;
      }
      return { id: name, name };
    },
  });
}
