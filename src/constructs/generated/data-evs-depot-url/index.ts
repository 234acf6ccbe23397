// https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/depot_url
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataEvsDepotUrlConfig extends cdktf.TerraformMetaArguments {
  /**
  * ID of the EVS environment, e.g. `env-0123456789`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/depot_url#environment_id DataEvsDepotUrl#environment_id}
  */
  readonly environmentId: string;
  /**
  * Ask EVS for a new token, revoking the current one. Default `false`: the current URL and token are read, nothing changes. With `true`, every read (each plan and refresh) rotates the token again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/depot_url#rotate DataEvsDepotUrl#rotate}
  */
  readonly rotate?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/depot_url evs_depot_url}
*/
export class DataEvsDepotUrl extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "evs_depot_url";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataEvsDepotUrl resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataEvsDepotUrl to import
  * @param importFromId The id of the existing DataEvsDepotUrl that should be imported. Refer to the {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/depot_url#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataEvsDepotUrl to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "evs_depot_url", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/depot_url evs_depot_url} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataEvsDepotUrlConfig
  */
  public constructor(scope: Construct, id: string, config: DataEvsDepotUrlConfig) {
    super(scope, id, {
      terraformResourceType: 'evs_depot_url',
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
    this._environmentId = config.environmentId;
    this._rotate = config.rotate;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // depot_url - computed: true, optional: false, required: false
  public get depotUrl() {
    return this.getStringAttribute('depot_url');
  }

  // environment_id - computed: false, optional: false, required: true
  private _environmentId?: string; 
  public get environmentId() {
    return this.getStringAttribute('environment_id');
  }
  public set environmentId(value: string) {
    this._environmentId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentIdInput() {
    return this._environmentId;
  }

  // rotate - computed: false, optional: true, required: false
  private _rotate?: boolean | cdktf.IResolvable; 
  public get rotate() {
    return this.getBooleanAttribute('rotate');
  }
  public set rotate(value: boolean | cdktf.IResolvable) {
    this._rotate = value;
  }
  public resetRotate() {
    this._rotate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rotateInput() {
    return this._rotate;
  }

  // token - computed: true, optional: false, required: false
  public get token() {
    return this.getStringAttribute('token');
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      environment_id: cdktf.stringToTerraform(this._environmentId),
      rotate: cdktf.booleanToTerraform(this._rotate),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      environment_id: {
        value: cdktf.stringToHclTerraform(this._environmentId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rotate: {
        value: cdktf.booleanToHclTerraform(this._rotate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
