import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import type { AccountSettingName } from './account-setting-name';
import { DataEvsAccountSettings } from './generated/data-evs-account-settings';

/** Meta-arguments of the account settings data source (it takes no arguments of its own). */
export interface DataAccountSettingsProps extends TerraformMetaArguments {}

/**
 * The regional EVS account settings of the provider's account and Region
 * (`data.evs_account_settings`): `settings` (name and value, ordered by name) and `values` (name
 * to value). Settings that were never set are not listed.
 */
export class DataAccountSettings extends DataEvsAccountSettings {
  public constructor(scope: Construct, id: string, props: DataAccountSettingsProps = {}) {
    super(scope, id, props);
  }

  /**
   * The value of one setting. A setting that was never set has no value, and the engine refuses
   * the reference; for such a setting, look it up in `values` with a default
   * (`Fn.lookup(data.values, name, default)`).
   */
  public settingValue(name: AccountSettingName): string {
    return this.values.lookup(name.name);
  }
}
