import { Token, type TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { checkAccountSetting } from '../evs/constraints';
import type { AccountSettingName } from './account-setting-name';
import { AccountSetting as AccountSettingBinding } from './generated/account-setting';
import { checkThat } from './validation';

/** Arguments of an account setting. */
export interface AccountSettingProps extends TerraformMetaArguments {
  /**
   * The setting, e.g. `AccountSettingName.VCF_PORTED_CORE_COUNT`. Changing it manages another
   * setting; the old one keeps its value in EVS.
   */
  readonly name: AccountSettingName;
  /**
   * The value, as the setting defines it: for `VCF_PORTED_CORE_COUNT`, a whole number of cores
   * from 0 to 1,000,000, e.g. `'256'`. Changed in place.
   */
  readonly value: string;
}

/**
 * One regional EVS account setting of the provider's account and Region (`evs_account_setting`),
 * e.g. the VCF licence cores ported to EVS.
 *
 * Creating it sets the value, overwriting any value the setting had. EVS cannot remove a setting:
 * destroying the construct only removes it from the Terraform state, with a warning, and the
 * setting keeps its value in EVS. Literal names and values are checked at synth against the EVS
 * rules. `id`, `importFrom` and the static `generateConfigForImport` (import id: the setting's
 * name) are inherited from the low-level binding.
 */
export class AccountSetting extends AccountSettingBinding {
  public constructor(scope: Construct, id: string, props: AccountSettingProps) {
    const { name, value, ...meta } = props;
    super(scope, id, { ...meta, name: name.name, value });
    if (Token.isUnresolved(name.name)) return;
    const bad = checkAccountSetting(name.name, Token.isUnresolved(value) ? undefined : value);
    if (bad) checkThat(this, bad.member, false, bad.problem);
  }
}
