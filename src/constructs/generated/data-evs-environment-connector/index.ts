// https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataEvsEnvironmentConnectorConfig extends cdktf.TerraformMetaArguments {
  /**
  * ID of the connector, e.g. `cnctr-0123456789`. Set this or `type`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector#connector_id DataEvsEnvironmentConnector#connector_id}
  */
  readonly connectorId?: string;
  /**
  * ID of the EVS environment, e.g. `env-0123456789`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector#environment_id DataEvsEnvironmentConnector#environment_id}
  */
  readonly environmentId: string;
  /**
  * Kind of connector to look up (`VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`): an environment has at most one of each. Set this or `connector_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector#type DataEvsEnvironmentConnector#type}
  */
  readonly type?: string;
}
export interface DataEvsEnvironmentConnectorChecks {
}

export function dataEvsEnvironmentConnectorChecksToTerraform(struct?: DataEvsEnvironmentConnectorChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataEvsEnvironmentConnectorChecksToHclTerraform(struct?: DataEvsEnvironmentConnectorChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataEvsEnvironmentConnectorChecksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataEvsEnvironmentConnectorChecks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataEvsEnvironmentConnectorChecks | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // result - computed: true, optional: false, required: false
  public get result() {
    return this.getStringAttribute('result');
  }

  // last_check_attempt - computed: true, optional: false, required: false
  public get lastCheckAttempt() {
    return this.getStringAttribute('last_check_attempt');
  }

  // impaired_since - computed: true, optional: false, required: false
  public get impairedSince() {
    return this.getStringAttribute('impaired_since');
  }
}

export class DataEvsEnvironmentConnectorChecksList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataEvsEnvironmentConnectorChecksOutputReference {
    return new DataEvsEnvironmentConnectorChecksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector evs_environment_connector}
*/
export class DataEvsEnvironmentConnector extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "evs_environment_connector";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataEvsEnvironmentConnector resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataEvsEnvironmentConnector to import
  * @param importFromId The id of the existing DataEvsEnvironmentConnector that should be imported. Refer to the {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataEvsEnvironmentConnector to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "evs_environment_connector", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connector evs_environment_connector} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataEvsEnvironmentConnectorConfig
  */
  public constructor(scope: Construct, id: string, config: DataEvsEnvironmentConnectorConfig) {
    super(scope, id, {
      terraformResourceType: 'evs_environment_connector',
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
    this._connectorId = config.connectorId;
    this._environmentId = config.environmentId;
    this._type = config.type;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // appliance_fqdn - computed: true, optional: false, required: false
  public get applianceFqdn() {
    return this.getStringAttribute('appliance_fqdn');
  }

  // checks - computed: true, optional: false, required: false
  private _checks = new DataEvsEnvironmentConnectorChecksList(this, "checks", false);
  public get checks() {
    return this._checks;
  }

  // connector_id - computed: true, optional: true, required: false
  private _connectorId?: string; 
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
  public set connectorId(value: string) {
    this._connectorId = value;
  }
  public resetConnectorId() {
    this._connectorId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorIdInput() {
    return this._connectorId;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // modified_at - computed: true, optional: false, required: false
  public get modifiedAt() {
    return this.getStringAttribute('modified_at');
  }

  // secret_arn - computed: true, optional: false, required: false
  public get secretArn() {
    return this.getStringAttribute('secret_arn');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // state_details - computed: true, optional: false, required: false
  public get stateDetails() {
    return this.getStringAttribute('state_details');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      connector_id: cdktf.stringToTerraform(this._connectorId),
      environment_id: cdktf.stringToTerraform(this._environmentId),
      type: cdktf.stringToTerraform(this._type),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      environment_id: {
        value: cdktf.stringToHclTerraform(this._environmentId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
