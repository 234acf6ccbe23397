// https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataEvsEnvironmentConnectorsConfig extends cdktf.TerraformMetaArguments {
  /**
  * ID of the EVS environment, e.g. `env-0123456789`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors#environment_id DataEvsEnvironmentConnectors#environment_id}
  */
  readonly environmentId: string;
  /**
  * Only connectors in these states (e.g. `ACTIVE`). Default: all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors#states DataEvsEnvironmentConnectors#states}
  */
  readonly states?: string[];
  /**
  * Only connectors of these types (`VCENTER`, `SDDC_MANAGER`, `OPERATIONS_MANAGER`). Default: all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors#types DataEvsEnvironmentConnectors#types}
  */
  readonly types?: string[];
}
export interface DataEvsEnvironmentConnectorsConnectorsChecks {
}

export function dataEvsEnvironmentConnectorsConnectorsChecksToTerraform(struct?: DataEvsEnvironmentConnectorsConnectorsChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataEvsEnvironmentConnectorsConnectorsChecksToHclTerraform(struct?: DataEvsEnvironmentConnectorsConnectorsChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataEvsEnvironmentConnectorsConnectorsChecksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataEvsEnvironmentConnectorsConnectorsChecks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataEvsEnvironmentConnectorsConnectorsChecks | undefined) {
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

export class DataEvsEnvironmentConnectorsConnectorsChecksList extends cdktf.ComplexList {

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
  public get(index: number): DataEvsEnvironmentConnectorsConnectorsChecksOutputReference {
    return new DataEvsEnvironmentConnectorsConnectorsChecksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataEvsEnvironmentConnectorsConnectors {
}

export function dataEvsEnvironmentConnectorsConnectorsToTerraform(struct?: DataEvsEnvironmentConnectorsConnectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataEvsEnvironmentConnectorsConnectorsToHclTerraform(struct?: DataEvsEnvironmentConnectorsConnectors): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataEvsEnvironmentConnectorsConnectorsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataEvsEnvironmentConnectorsConnectors | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataEvsEnvironmentConnectorsConnectors | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // environment_id - computed: true, optional: false, required: false
  public get environmentId() {
    return this.getStringAttribute('environment_id');
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // appliance_fqdn - computed: true, optional: false, required: false
  public get applianceFqdn() {
    return this.getStringAttribute('appliance_fqdn');
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

  // checks - computed: true, optional: false, required: false
  private _checks = new DataEvsEnvironmentConnectorsConnectorsChecksList(this, "checks", false);
  public get checks() {
    return this._checks;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // modified_at - computed: true, optional: false, required: false
  public get modifiedAt() {
    return this.getStringAttribute('modified_at');
  }
}

export class DataEvsEnvironmentConnectorsConnectorsList extends cdktf.ComplexList {

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
  public get(index: number): DataEvsEnvironmentConnectorsConnectorsOutputReference {
    return new DataEvsEnvironmentConnectorsConnectorsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors evs_environment_connectors}
*/
export class DataEvsEnvironmentConnectors extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "evs_environment_connectors";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataEvsEnvironmentConnectors resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataEvsEnvironmentConnectors to import
  * @param importFromId The id of the existing DataEvsEnvironmentConnectors that should be imported. Refer to the {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataEvsEnvironmentConnectors to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "evs_environment_connectors", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/data-sources/environment_connectors evs_environment_connectors} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataEvsEnvironmentConnectorsConfig
  */
  public constructor(scope: Construct, id: string, config: DataEvsEnvironmentConnectorsConfig) {
    super(scope, id, {
      terraformResourceType: 'evs_environment_connectors',
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
    this._states = config.states;
    this._types = config.types;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // connectors - computed: true, optional: false, required: false
  private _connectors = new DataEvsEnvironmentConnectorsConnectorsList(this, "connectors", false);
  public get connectors() {
    return this._connectors;
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

  // ids - computed: true, optional: false, required: false
  public get ids() {
    return this.getListAttribute('ids');
  }

  // states - computed: false, optional: true, required: false
  private _states?: string[]; 
  public get states() {
    return cdktf.Fn.tolist(this.getListAttribute('states'));
  }
  public set states(value: string[]) {
    this._states = value;
  }
  public resetStates() {
    this._states = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statesInput() {
    return this._states;
  }

  // types - computed: false, optional: true, required: false
  private _types?: string[]; 
  public get types() {
    return cdktf.Fn.tolist(this.getListAttribute('types'));
  }
  public set types(value: string[]) {
    this._types = value;
  }
  public resetTypes() {
    this._types = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typesInput() {
    return this._types;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      environment_id: cdktf.stringToTerraform(this._environmentId),
      states: cdktf.listMapper(cdktf.stringToTerraform, false)(this._states),
      types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._types),
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
      states: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._states),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      types: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._types),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
