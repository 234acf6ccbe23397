// https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/account_setting
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountSettingConfig extends cdktf.TerraformMetaArguments {
  /**
  * Name of the setting: `vcfPortedCoreCount`, the total number of VCF licence cores ported to Amazon EVS for the account in the Region, shared with Broadcom for record-keeping (value: a whole number of cores from 0 to 1000000, e.g. 256). Changing it manages another setting (the old one keeps its value in EVS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/account_setting#name AccountSetting#name}
  */
  readonly name: string;
  /**
  * Value of the setting, as the setting defines it (EVS takes 1 to 128 letters or digits). For `vcfPortedCoreCount`, a number of cores, e.g. `"256"` (HCL converts the number `256` too). Changed in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/account_setting#value AccountSetting#value}
  */
  readonly value: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/account_setting evs_account_setting}
*/
export class AccountSetting extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "evs_account_setting";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccountSetting resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccountSetting to import
  * @param importFromId The id of the existing AccountSetting that should be imported. Refer to the {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/account_setting#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccountSetting to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "evs_account_setting", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/account_setting evs_account_setting} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountSettingConfig
  */
  public constructor(scope: Construct, id: string, config: AccountSettingConfig) {
    super(scope, id, {
      terraformResourceType: 'evs_account_setting',
      terraformGeneratorMetadata: {
        providerName: 'evs'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._name = config.name;
    this._value = config.value;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      name: cdktf.stringToTerraform(this._name),
      value: cdktf.stringToTerraform(this._value),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      value: {
        value: cdktf.stringToHclTerraform(this._value),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
