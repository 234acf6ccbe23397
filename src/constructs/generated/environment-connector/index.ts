// https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface EnvironmentConnectorConfig extends cdktf.TerraformMetaArguments {
  /**
  * Fully qualified domain name of the appliance, e.g. `vcenter.example.internal`. Updated in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#appliance_fqdn EnvironmentConnector#appliance_fqdn}
  */
  readonly applianceFqdn: string;
  /**
  * ID of the EVS environment, e.g. `env-0123456789`. Changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#environment_id EnvironmentConnector#environment_id}
  */
  readonly environmentId: string;
  /**
  * Name or ARN of the Secrets Manager secret holding the appliance credentials (`apiKey` for `SDDC_MANAGER`; `username` and `password` otherwise). Updated in place.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#secret_identifier EnvironmentConnector#secret_identifier}
  */
  readonly secretIdentifier: string;
  /**
  * Kind of appliance: `VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`. Changing it replaces the connector.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#type EnvironmentConnector#type}
  */
  readonly type: string;
  /**
  * Also wait, after creating or updating, until the connector's health `status` is `PASSED` (within the same timeout). Default `false`: wait only for `ACTIVE`. Changing it alone makes no API call.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#wait_for_healthy EnvironmentConnector#wait_for_healthy}
  */
  readonly waitForHealthy?: boolean | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#timeouts EnvironmentConnector#timeouts}
  */
  readonly timeouts?: EnvironmentConnectorTimeouts;
}
export interface EnvironmentConnectorChecks {
}

export function environmentConnectorChecksToTerraform(struct?: EnvironmentConnectorChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function environmentConnectorChecksToHclTerraform(struct?: EnvironmentConnectorChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class EnvironmentConnectorChecksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): EnvironmentConnectorChecks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentConnectorChecks | undefined) {
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

export class EnvironmentConnectorChecksList extends cdktf.ComplexList {

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
  public get(index: number): EnvironmentConnectorChecksOutputReference {
    return new EnvironmentConnectorChecksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface EnvironmentConnectorTimeouts {
  /**
  * How long to wait for the create to finish before failing, as a number followed by a unit, such as "30s", "45m" or "1h30m" (units h, m, s, ms). Default `30m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#create EnvironmentConnector#create}
  */
  readonly create?: string;
  /**
  * How long to wait for the delete to finish before failing, as a number followed by a unit, such as "30s", "45m" or "1h30m" (units h, m, s, ms). Default `30m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#delete EnvironmentConnector#delete}
  */
  readonly delete?: string;
  /**
  * How long to wait for the update to finish before failing, as a number followed by a unit, such as "30s", "45m" or "1h30m" (units h, m, s, ms). Default `30m`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#update EnvironmentConnector#update}
  */
  readonly update?: string;
}

export function environmentConnectorTimeoutsToTerraform(struct?: EnvironmentConnectorTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function environmentConnectorTimeoutsToHclTerraform(struct?: EnvironmentConnectorTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentConnectorTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentConnectorTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentConnectorTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector evs_environment_connector}
*/
export class EnvironmentConnector extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "evs_environment_connector";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a EnvironmentConnector resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the EnvironmentConnector to import
  * @param importFromId The id of the existing EnvironmentConnector that should be imported. Refer to the {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the EnvironmentConnector to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "evs_environment_connector", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment_connector evs_environment_connector} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EnvironmentConnectorConfig
  */
  public constructor(scope: Construct, id: string, config: EnvironmentConnectorConfig) {
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
    this._applianceFqdn = config.applianceFqdn;
    this._environmentId = config.environmentId;
    this._secretIdentifier = config.secretIdentifier;
    this._type = config.type;
    this._waitForHealthy = config.waitForHealthy;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // appliance_fqdn - computed: false, optional: false, required: true
  private _applianceFqdn?: string; 
  public get applianceFqdn() {
    return this.getStringAttribute('appliance_fqdn');
  }
  public set applianceFqdn(value: string) {
    this._applianceFqdn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get applianceFqdnInput() {
    return this._applianceFqdn;
  }

  // checks - computed: true, optional: false, required: false
  private _checks = new EnvironmentConnectorChecksList(this, "checks", false);
  public get checks() {
    return this._checks;
  }

  // connector_id - computed: true, optional: false, required: false
  public get connectorId() {
    return this.getStringAttribute('connector_id');
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

  // secret_identifier - computed: false, optional: false, required: true
  private _secretIdentifier?: string; 
  public get secretIdentifier() {
    return this.getStringAttribute('secret_identifier');
  }
  public set secretIdentifier(value: string) {
    this._secretIdentifier = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretIdentifierInput() {
    return this._secretIdentifier;
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

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // wait_for_healthy - computed: true, optional: true, required: false
  private _waitForHealthy?: boolean | cdktf.IResolvable; 
  public get waitForHealthy() {
    return this.getBooleanAttribute('wait_for_healthy');
  }
  public set waitForHealthy(value: boolean | cdktf.IResolvable) {
    this._waitForHealthy = value;
  }
  public resetWaitForHealthy() {
    this._waitForHealthy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForHealthyInput() {
    return this._waitForHealthy;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new EnvironmentConnectorTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: EnvironmentConnectorTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      appliance_fqdn: cdktf.stringToTerraform(this._applianceFqdn),
      environment_id: cdktf.stringToTerraform(this._environmentId),
      secret_identifier: cdktf.stringToTerraform(this._secretIdentifier),
      type: cdktf.stringToTerraform(this._type),
      wait_for_healthy: cdktf.booleanToTerraform(this._waitForHealthy),
      timeouts: environmentConnectorTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      appliance_fqdn: {
        value: cdktf.stringToHclTerraform(this._applianceFqdn),
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
      secret_identifier: {
        value: cdktf.stringToHclTerraform(this._secretIdentifier),
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
      wait_for_healthy: {
        value: cdktf.booleanToHclTerraform(this._waitForHealthy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: environmentConnectorTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EnvironmentConnectorTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
