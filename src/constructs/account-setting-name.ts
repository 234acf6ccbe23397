/**
 * The name of a regional EVS account setting (`name` of `evs_account_setting`), as an enum-like
 * class: a member per setting EVS documents, and `of` for a name that is only known as a token.
 * `test/constructs/enums.test.ts` holds the members against the EVS constraint table.
 */
export class AccountSettingName {
  /**
   * `vcfPortedCoreCount`: the total number of VCF licence cores ported to Amazon EVS for the
   * account in the Region, shared with Broadcom for record-keeping. Its value is a whole number of
   * cores from 0 to 1,000,000, e.g. `'256'`.
   */
  public static readonly VCF_PORTED_CORE_COUNT = new AccountSettingName('vcfPortedCoreCount');

  /**
   * A setting by name, e.g. from a variable. A literal name must be one EVS documents (checked at
   * synth, as the provider checks it at plan); a token is left to the provider.
   */
  public static of(name: string): AccountSettingName {
    return new AccountSettingName(name);
  }

  /** @param name the setting's name as EVS spells it */
  private constructor(public readonly name: string) {}

  public toString(): string {
    return this.name;
  }
}
