import { ACCOUNT_SETTING_NAMES, ACCOUNT_SETTINGS, checkAccountSetting, checkString } from '../../../evs/constraints';
import { requiresReplace, useStateForUnknown } from '../../framework/modifiers';
import { attr } from '../../framework/path';
import type { Resource } from '../../framework/resource';
import { attribute, cty, defineSchema, type ConfigValidator, type Validator } from '../../framework/schema';
import { constraint } from '../../framework/validators';

const NAMES = ACCOUNT_SETTING_NAMES.map((n) => `\`${n}\`, ${ACCOUNT_SETTINGS[n].description} (value: ${ACCOUNT_SETTINGS[n].hint})`).join('; ');

/** A name the constraint table knows as an account setting (after the `settingName` pattern). */
const knownSetting: Validator = {
  description: `one of ${ACCOUNT_SETTING_NAMES.join(', ')}`,
  validate(value, path, diags) {
    if (typeof value !== 'string' || checkString('settingName', value)) return;
    const bad = checkAccountSetting(value, undefined);
    if (bad) diags.error(`Invalid value for ${path.toString()}`, `The value ${bad.problem}`, path);
  },
};

/** The value against its setting's own rule, once the name and the generic `settingValue` rule pass. */
const valueForSetting: ConfigValidator = (config, diags) => {
  const name = config['name'];
  const value = config['value'];
  if (typeof name !== 'string' || typeof value !== 'string' || checkString('settingValue', value)) return;
  const bad = checkAccountSetting(name, value);
  if (bad?.member === 'value') diags.error('Invalid value for value', `The value ${bad.problem}`, attr('value'));
};

export const accountSettingSchema = defineSchema({
  version: 0,
  description:
    'One regional account-level setting of Amazon EVS for the provider\'s account and Region (PutAccountSettings, read with GetAccountSettings), such as `vcfPortedCoreCount`, the VCF licence cores ported to EVS.\n\n' +
    'Creating the resource sets the value, overwriting any value the setting had. **EVS has no call that removes a setting**: destroying the resource (or removing it from the configuration) only ' +
    'removes it from the Terraform state, with a warning; the setting keeps its value in EVS.',
  attributes: {
    id: attribute.string({ computed: true, description: 'The setting\'s name (also the import id).', planModifiers: [useStateForUnknown()] }),
    name: attribute.string({
      required: true,
      description: `Name of the setting: ${NAMES}. Changing it manages another setting (the old one keeps its value in EVS).`,
      validators: [constraint('settingName'), knownSetting],
      planModifiers: [requiresReplace()],
    }),
    value: attribute.string({
      required: true,
      description: 'Value of the setting, as the setting defines it (EVS takes 1 to 128 letters or digits). For `vcfPortedCoreCount`, a number of cores, e.g. `"256"` (HCL converts the number `256` too). Changed in place.',
      validators: [constraint('settingValue')],
    }),
  },
  validators: [valueForSetting],
});

export const ACCOUNT_SETTING_IDENTITY = {
  version: 0,
  attributes: [{ name: 'name', type: 'string', requiredForImport: true, description: 'Name of the account setting, e.g. vcfPortedCoreCount.' }],
} as const satisfies Resource['identity'];

export const accountSettingsDataSourceSchema = defineSchema({
  version: 0,
  description: 'The regional account-level settings of Amazon EVS for the provider\'s account and Region (GetAccountSettings). Settings that were never set are not listed.',
  attributes: {
    settings: attribute.list(cty.object({ name: 'string', value: 'string' }), {
      computed: true,
      description: 'Every setting EVS lists, ordered by name: `name` (e.g. `vcfPortedCoreCount`) and `value`.',
    }),
    values: attribute.map('string', {
      computed: true,
      description: 'The same settings as a map of name to value, e.g. `values["vcfPortedCoreCount"]` (use `lookup(…, "vcfPortedCoreCount", null)` for a setting that may never have been set).',
    }),
  },
});

/** The `config` block of `list "evs_account_setting"` (`terraform query`, Terraform 1.14+): nothing to choose. */
export const accountSettingListSchema = defineSchema({
  version: 0,
  description: 'Finds the account settings EVS holds a value for in the provider\'s account and Region, to import with `terraform query`. Each result carries the setting\'s identity (its name) and, with `include_resource = true`, the whole resource.',
  attributes: {},
});
