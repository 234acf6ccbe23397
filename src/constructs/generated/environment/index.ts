// https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface EnvironmentConfig extends cdktf.TerraformMetaArguments {
  /**
  * Name of the environment, unique per account and Region (1–100 letters, digits, `_` or `-`). Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#environment_name Environment#environment_name}
  */
  readonly environmentName?: string;
  /**
  * KMS key that encrypts the Secrets Manager secrets EVS makes with the VCF credentials. Default: `aws/secretsmanager`. Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#kms_key_id Environment#kms_key_id}
  */
  readonly kmsKeyId?: string;
  /**
  * The subnet EVS uses for its control-plane link (DNS checks, connectors). Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#service_access_subnet_id Environment#service_access_subnet_id}
  */
  readonly serviceAccessSubnetId: string;
  /**
  * Broadcom Site ID of the VCF licence; required unless `vcf_version` is `SELF_DEPLOYED`. Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#site_id Environment#site_id}
  */
  readonly siteId?: string;
  /**
  * Tags of the resource. Merged over the provider's `default_tags` (these win for the same key) into `tags_all`. Changed in place (TagResource, UntagResource). Tags set outside Terraform show as a change to undo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#tags Environment#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Whether you accept the VCF licence terms (the licence attestation EVS asks for). Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#terms_accepted Environment#terms_accepted}
  */
  readonly termsAccepted: boolean | cdktf.IResolvable;
  /**
  * VCF version: `VCF-5.2.1` or `VCF-5.2.2` (EVS deploys VCF: then `hosts`, `license_info`, `vcf_hostnames`, `site_id` and `connectivity_info` are required), or `SELF_DEPLOYED` (EVS makes only the VLAN subnets: then leave those out). Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vcf_version Environment#vcf_version}
  */
  readonly vcfVersion: string;
  /**
  * The VPC (one EVS environment per VPC; all its subnets in one Availability Zone). Changing it replaces the environment (and destroys its VMs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vpc_id Environment#vpc_id}
  */
  readonly vpcId: string;
  /**
  * connectivity_info block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#connectivity_info Environment#connectivity_info}
  */
  readonly connectivityInfo: EnvironmentConnectivityInfo;
  /**
  * hosts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#hosts Environment#hosts}
  */
  readonly hosts?: EnvironmentHosts[] | cdktf.IResolvable;
  /**
  * initial_vlans block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#initial_vlans Environment#initial_vlans}
  */
  readonly initialVlans?: EnvironmentInitialVlans;
  /**
  * license_info block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#license_info Environment#license_info}
  */
  readonly licenseInfo?: EnvironmentLicenseInfo;
  /**
  * service_access_security_groups block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#service_access_security_groups Environment#service_access_security_groups}
  */
  readonly serviceAccessSecurityGroups?: EnvironmentServiceAccessSecurityGroups;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#timeouts Environment#timeouts}
  */
  readonly timeouts?: EnvironmentTimeouts;
  /**
  * vcf_hostnames block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vcf_hostnames Environment#vcf_hostnames}
  */
  readonly vcfHostnames: EnvironmentVcfHostnames;
}
export interface EnvironmentChecks {
}

export function environmentChecksToTerraform(struct?: EnvironmentChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function environmentChecksToHclTerraform(struct?: EnvironmentChecks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class EnvironmentChecksOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): EnvironmentChecks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentChecks | undefined) {
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // result - computed: true, optional: false, required: false
  public get result() {
    return this.getStringAttribute('result');
  }

  // impaired_since - computed: true, optional: false, required: false
  public get impairedSince() {
    return this.getStringAttribute('impaired_since');
  }
}

export class EnvironmentChecksList extends cdktf.ComplexList {

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
  public get(index: number): EnvironmentChecksOutputReference {
    return new EnvironmentChecksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface EnvironmentCredentials {
}

export function environmentCredentialsToTerraform(struct?: EnvironmentCredentials): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function environmentCredentialsToHclTerraform(struct?: EnvironmentCredentials): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class EnvironmentCredentialsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): EnvironmentCredentials | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentCredentials | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // secret_arn - computed: true, optional: false, required: false
  public get secretArn() {
    return this.getStringAttribute('secret_arn');
  }
}

export class EnvironmentCredentialsList extends cdktf.ComplexList {

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
  public get(index: number): EnvironmentCredentialsOutputReference {
    return new EnvironmentCredentialsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface EnvironmentConnectivityInfo {
  /**
  * The two VPC Route Server peer ids (BGP) of the NSX uplink, e.g. `["rsp-0123456789abcdef0", "rsp-0123456789abcdef1"]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#private_route_server_peerings Environment#private_route_server_peerings}
  */
  readonly privateRouteServerPeerings: string[];
}

export function environmentConnectivityInfoToTerraform(struct?: EnvironmentConnectivityInfo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    private_route_server_peerings: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.privateRouteServerPeerings),
  }
}


export function environmentConnectivityInfoToHclTerraform(struct?: EnvironmentConnectivityInfo | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    private_route_server_peerings: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.privateRouteServerPeerings),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentConnectivityInfoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentConnectivityInfo | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._privateRouteServerPeerings !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateRouteServerPeerings = this._privateRouteServerPeerings;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentConnectivityInfo | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._privateRouteServerPeerings = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._privateRouteServerPeerings = value.privateRouteServerPeerings;
    }
  }

  // private_route_server_peerings - computed: false, optional: false, required: true
  private _privateRouteServerPeerings?: string[]; 
  public get privateRouteServerPeerings() {
    return this.getListAttribute('private_route_server_peerings');
  }
  public set privateRouteServerPeerings(value: string[]) {
    this._privateRouteServerPeerings = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privateRouteServerPeeringsInput() {
    return this._privateRouteServerPeerings;
  }
}
export interface EnvironmentHosts {
  /**
  * EC2 Dedicated Host, e.g. `h-0123456789abcdef0`. Not together with `placement_group_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#dedicated_host_id Environment#dedicated_host_id}
  */
  readonly dedicatedHostId?: string;
  /**
  * DNS host name of the ESX host, unique across EVS environments and in VCF, e.g. `esx-01`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#host_name Environment#host_name}
  */
  readonly hostName: string;
  /**
  * EC2 bare-metal instance type, e.g. `i4i.metal` (data source `evs_versions` lists them).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#instance_type Environment#instance_type}
  */
  readonly instanceType: string;
  /**
  * Name of the EC2 key pair for the host's instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#key_name Environment#key_name}
  */
  readonly keyName: string;
  /**
  * Cluster or partition placement group, e.g. `pg-0123456789abcdef0`. Not together with `dedicated_host_id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#placement_group_id Environment#placement_group_id}
  */
  readonly placementGroupId?: string;
}

export function environmentHostsToTerraform(struct?: EnvironmentHosts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dedicated_host_id: cdktf.stringToTerraform(struct!.dedicatedHostId),
    host_name: cdktf.stringToTerraform(struct!.hostName),
    instance_type: cdktf.stringToTerraform(struct!.instanceType),
    key_name: cdktf.stringToTerraform(struct!.keyName),
    placement_group_id: cdktf.stringToTerraform(struct!.placementGroupId),
  }
}


export function environmentHostsToHclTerraform(struct?: EnvironmentHosts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dedicated_host_id: {
      value: cdktf.stringToHclTerraform(struct!.dedicatedHostId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    host_name: {
      value: cdktf.stringToHclTerraform(struct!.hostName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    instance_type: {
      value: cdktf.stringToHclTerraform(struct!.instanceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_name: {
      value: cdktf.stringToHclTerraform(struct!.keyName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    placement_group_id: {
      value: cdktf.stringToHclTerraform(struct!.placementGroupId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentHostsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): EnvironmentHosts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dedicatedHostId !== undefined) {
      hasAnyValues = true;
      internalValueResult.dedicatedHostId = this._dedicatedHostId;
    }
    if (this._hostName !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostName = this._hostName;
    }
    if (this._instanceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.instanceType = this._instanceType;
    }
    if (this._keyName !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyName = this._keyName;
    }
    if (this._placementGroupId !== undefined) {
      hasAnyValues = true;
      internalValueResult.placementGroupId = this._placementGroupId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentHosts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dedicatedHostId = undefined;
      this._hostName = undefined;
      this._instanceType = undefined;
      this._keyName = undefined;
      this._placementGroupId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dedicatedHostId = value.dedicatedHostId;
      this._hostName = value.hostName;
      this._instanceType = value.instanceType;
      this._keyName = value.keyName;
      this._placementGroupId = value.placementGroupId;
    }
  }

  // dedicated_host_id - computed: false, optional: true, required: false
  private _dedicatedHostId?: string; 
  public get dedicatedHostId() {
    return this.getStringAttribute('dedicated_host_id');
  }
  public set dedicatedHostId(value: string) {
    this._dedicatedHostId = value;
  }
  public resetDedicatedHostId() {
    this._dedicatedHostId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dedicatedHostIdInput() {
    return this._dedicatedHostId;
  }

  // host_name - computed: false, optional: false, required: true
  private _hostName?: string; 
  public get hostName() {
    return this.getStringAttribute('host_name');
  }
  public set hostName(value: string) {
    this._hostName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostNameInput() {
    return this._hostName;
  }

  // instance_type - computed: false, optional: false, required: true
  private _instanceType?: string; 
  public get instanceType() {
    return this.getStringAttribute('instance_type');
  }
  public set instanceType(value: string) {
    this._instanceType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceTypeInput() {
    return this._instanceType;
  }

  // key_name - computed: false, optional: false, required: true
  private _keyName?: string; 
  public get keyName() {
    return this.getStringAttribute('key_name');
  }
  public set keyName(value: string) {
    this._keyName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyNameInput() {
    return this._keyName;
  }

  // placement_group_id - computed: false, optional: true, required: false
  private _placementGroupId?: string; 
  public get placementGroupId() {
    return this.getStringAttribute('placement_group_id');
  }
  public set placementGroupId(value: string) {
    this._placementGroupId = value;
  }
  public resetPlacementGroupId() {
    this._placementGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get placementGroupIdInput() {
    return this._placementGroupId;
  }
}

export class EnvironmentHostsList extends cdktf.ComplexList {
  public internalValue? : EnvironmentHosts[] | cdktf.IResolvable

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
  public get(index: number): EnvironmentHostsOutputReference {
    return new EnvironmentHostsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface EnvironmentInitialVlansEdgeVtep {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansEdgeVtepToTerraform(struct?: EnvironmentInitialVlansEdgeVtep | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansEdgeVtepToHclTerraform(struct?: EnvironmentInitialVlansEdgeVtep | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansEdgeVtepOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansEdgeVtep | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansEdgeVtep | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansExpansionVlan1 {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansExpansionVlan1ToTerraform(struct?: EnvironmentInitialVlansExpansionVlan1 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansExpansionVlan1ToHclTerraform(struct?: EnvironmentInitialVlansExpansionVlan1 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansExpansionVlan1OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansExpansionVlan1 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansExpansionVlan1 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansExpansionVlan2 {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansExpansionVlan2ToTerraform(struct?: EnvironmentInitialVlansExpansionVlan2 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansExpansionVlan2ToHclTerraform(struct?: EnvironmentInitialVlansExpansionVlan2 | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansExpansionVlan2OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansExpansionVlan2 | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansExpansionVlan2 | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansHcx {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansHcxToTerraform(struct?: EnvironmentInitialVlansHcx | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansHcxToHclTerraform(struct?: EnvironmentInitialVlansHcx | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansHcxOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansHcx | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansHcx | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansNsxUplink {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansNsxUplinkToTerraform(struct?: EnvironmentInitialVlansNsxUplink | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansNsxUplinkToHclTerraform(struct?: EnvironmentInitialVlansNsxUplink | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansNsxUplinkOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansNsxUplink | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansNsxUplink | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansVmManagement {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansVmManagementToTerraform(struct?: EnvironmentInitialVlansVmManagement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansVmManagementToHclTerraform(struct?: EnvironmentInitialVlansVmManagement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansVmManagementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansVmManagement | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansVmManagement | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansVmkManagement {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansVmkManagementToTerraform(struct?: EnvironmentInitialVlansVmkManagement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansVmkManagementToHclTerraform(struct?: EnvironmentInitialVlansVmkManagement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansVmkManagementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansVmkManagement | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansVmkManagement | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansVmotion {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansVmotionToTerraform(struct?: EnvironmentInitialVlansVmotion | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansVmotionToHclTerraform(struct?: EnvironmentInitialVlansVmotion | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansVmotionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansVmotion | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansVmotion | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansVsan {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansVsanToTerraform(struct?: EnvironmentInitialVlansVsan | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansVsanToHclTerraform(struct?: EnvironmentInitialVlansVsan | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansVsanOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansVsan | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansVsan | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlansVtep {
  /**
  * IPv4 CIDR block of the VLAN subnet, /28 to /24, overlapping no other subnet of the VPC.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cidr Environment#cidr}
  */
  readonly cidr: string;
}

export function environmentInitialVlansVtepToTerraform(struct?: EnvironmentInitialVlansVtep | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cidr: cdktf.stringToTerraform(struct!.cidr),
  }
}


export function environmentInitialVlansVtepToHclTerraform(struct?: EnvironmentInitialVlansVtep | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cidr: {
      value: cdktf.stringToHclTerraform(struct!.cidr),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansVtepOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlansVtep | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cidr !== undefined) {
      hasAnyValues = true;
      internalValueResult.cidr = this._cidr;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlansVtep | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cidr = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cidr = value.cidr;
    }
  }

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }
}
export interface EnvironmentInitialVlans {
  /**
  * Network ACL of the public HCX subnet, e.g. `acl-0123456789abcdef0`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#hcx_network_acl_id Environment#hcx_network_acl_id}
  */
  readonly hcxNetworkAclId?: string;
  /**
  * Make the HCX VLAN public (internet access for HCX through Elastic IPs, see `evs_vlan_eip_association`). Then `hcx_network_acl_id` is required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#is_hcx_public Environment#is_hcx_public}
  */
  readonly isHcxPublic?: boolean | cdktf.IResolvable;
  /**
  * edge_vtep block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#edge_vtep Environment#edge_vtep}
  */
  readonly edgeVtep: EnvironmentInitialVlansEdgeVtep;
  /**
  * expansion_vlan1 block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#expansion_vlan1 Environment#expansion_vlan1}
  */
  readonly expansionVlan1: EnvironmentInitialVlansExpansionVlan1;
  /**
  * expansion_vlan2 block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#expansion_vlan2 Environment#expansion_vlan2}
  */
  readonly expansionVlan2: EnvironmentInitialVlansExpansionVlan2;
  /**
  * hcx block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#hcx Environment#hcx}
  */
  readonly hcx: EnvironmentInitialVlansHcx;
  /**
  * nsx_uplink block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx_uplink Environment#nsx_uplink}
  */
  readonly nsxUplink: EnvironmentInitialVlansNsxUplink;
  /**
  * vm_management block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vm_management Environment#vm_management}
  */
  readonly vmManagement: EnvironmentInitialVlansVmManagement;
  /**
  * vmk_management block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vmk_management Environment#vmk_management}
  */
  readonly vmkManagement: EnvironmentInitialVlansVmkManagement;
  /**
  * vmotion block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vmotion Environment#vmotion}
  */
  readonly vmotion: EnvironmentInitialVlansVmotion;
  /**
  * vsan block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vsan Environment#vsan}
  */
  readonly vsan: EnvironmentInitialVlansVsan;
  /**
  * vtep block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vtep Environment#vtep}
  */
  readonly vtep: EnvironmentInitialVlansVtep;
}

export function environmentInitialVlansToTerraform(struct?: EnvironmentInitialVlans | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hcx_network_acl_id: cdktf.stringToTerraform(struct!.hcxNetworkAclId),
    is_hcx_public: cdktf.booleanToTerraform(struct!.isHcxPublic),
    edge_vtep: environmentInitialVlansEdgeVtepToTerraform(struct!.edgeVtep),
    expansion_vlan1: environmentInitialVlansExpansionVlan1ToTerraform(struct!.expansionVlan1),
    expansion_vlan2: environmentInitialVlansExpansionVlan2ToTerraform(struct!.expansionVlan2),
    hcx: environmentInitialVlansHcxToTerraform(struct!.hcx),
    nsx_uplink: environmentInitialVlansNsxUplinkToTerraform(struct!.nsxUplink),
    vm_management: environmentInitialVlansVmManagementToTerraform(struct!.vmManagement),
    vmk_management: environmentInitialVlansVmkManagementToTerraform(struct!.vmkManagement),
    vmotion: environmentInitialVlansVmotionToTerraform(struct!.vmotion),
    vsan: environmentInitialVlansVsanToTerraform(struct!.vsan),
    vtep: environmentInitialVlansVtepToTerraform(struct!.vtep),
  }
}


export function environmentInitialVlansToHclTerraform(struct?: EnvironmentInitialVlans | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hcx_network_acl_id: {
      value: cdktf.stringToHclTerraform(struct!.hcxNetworkAclId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    is_hcx_public: {
      value: cdktf.booleanToHclTerraform(struct!.isHcxPublic),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    edge_vtep: {
      value: environmentInitialVlansEdgeVtepToHclTerraform(struct!.edgeVtep),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansEdgeVtep",
    },
    expansion_vlan1: {
      value: environmentInitialVlansExpansionVlan1ToHclTerraform(struct!.expansionVlan1),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansExpansionVlan1",
    },
    expansion_vlan2: {
      value: environmentInitialVlansExpansionVlan2ToHclTerraform(struct!.expansionVlan2),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansExpansionVlan2",
    },
    hcx: {
      value: environmentInitialVlansHcxToHclTerraform(struct!.hcx),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansHcx",
    },
    nsx_uplink: {
      value: environmentInitialVlansNsxUplinkToHclTerraform(struct!.nsxUplink),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansNsxUplink",
    },
    vm_management: {
      value: environmentInitialVlansVmManagementToHclTerraform(struct!.vmManagement),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansVmManagement",
    },
    vmk_management: {
      value: environmentInitialVlansVmkManagementToHclTerraform(struct!.vmkManagement),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansVmkManagement",
    },
    vmotion: {
      value: environmentInitialVlansVmotionToHclTerraform(struct!.vmotion),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansVmotion",
    },
    vsan: {
      value: environmentInitialVlansVsanToHclTerraform(struct!.vsan),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansVsan",
    },
    vtep: {
      value: environmentInitialVlansVtepToHclTerraform(struct!.vtep),
      isBlock: true,
      type: "struct",
      storageClassType: "EnvironmentInitialVlansVtep",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentInitialVlansOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentInitialVlans | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hcxNetworkAclId !== undefined) {
      hasAnyValues = true;
      internalValueResult.hcxNetworkAclId = this._hcxNetworkAclId;
    }
    if (this._isHcxPublic !== undefined) {
      hasAnyValues = true;
      internalValueResult.isHcxPublic = this._isHcxPublic;
    }
    if (this._edgeVtep?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.edgeVtep = this._edgeVtep?.internalValue;
    }
    if (this._expansionVlan1?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.expansionVlan1 = this._expansionVlan1?.internalValue;
    }
    if (this._expansionVlan2?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.expansionVlan2 = this._expansionVlan2?.internalValue;
    }
    if (this._hcx?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.hcx = this._hcx?.internalValue;
    }
    if (this._nsxUplink?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsxUplink = this._nsxUplink?.internalValue;
    }
    if (this._vmManagement?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmManagement = this._vmManagement?.internalValue;
    }
    if (this._vmkManagement?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmkManagement = this._vmkManagement?.internalValue;
    }
    if (this._vmotion?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vmotion = this._vmotion?.internalValue;
    }
    if (this._vsan?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vsan = this._vsan?.internalValue;
    }
    if (this._vtep?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vtep = this._vtep?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentInitialVlans | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hcxNetworkAclId = undefined;
      this._isHcxPublic = undefined;
      this._edgeVtep.internalValue = undefined;
      this._expansionVlan1.internalValue = undefined;
      this._expansionVlan2.internalValue = undefined;
      this._hcx.internalValue = undefined;
      this._nsxUplink.internalValue = undefined;
      this._vmManagement.internalValue = undefined;
      this._vmkManagement.internalValue = undefined;
      this._vmotion.internalValue = undefined;
      this._vsan.internalValue = undefined;
      this._vtep.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hcxNetworkAclId = value.hcxNetworkAclId;
      this._isHcxPublic = value.isHcxPublic;
      this._edgeVtep.internalValue = value.edgeVtep;
      this._expansionVlan1.internalValue = value.expansionVlan1;
      this._expansionVlan2.internalValue = value.expansionVlan2;
      this._hcx.internalValue = value.hcx;
      this._nsxUplink.internalValue = value.nsxUplink;
      this._vmManagement.internalValue = value.vmManagement;
      this._vmkManagement.internalValue = value.vmkManagement;
      this._vmotion.internalValue = value.vmotion;
      this._vsan.internalValue = value.vsan;
      this._vtep.internalValue = value.vtep;
    }
  }

  // hcx_network_acl_id - computed: false, optional: true, required: false
  private _hcxNetworkAclId?: string; 
  public get hcxNetworkAclId() {
    return this.getStringAttribute('hcx_network_acl_id');
  }
  public set hcxNetworkAclId(value: string) {
    this._hcxNetworkAclId = value;
  }
  public resetHcxNetworkAclId() {
    this._hcxNetworkAclId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hcxNetworkAclIdInput() {
    return this._hcxNetworkAclId;
  }

  // is_hcx_public - computed: false, optional: true, required: false
  private _isHcxPublic?: boolean | cdktf.IResolvable; 
  public get isHcxPublic() {
    return this.getBooleanAttribute('is_hcx_public');
  }
  public set isHcxPublic(value: boolean | cdktf.IResolvable) {
    this._isHcxPublic = value;
  }
  public resetIsHcxPublic() {
    this._isHcxPublic = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isHcxPublicInput() {
    return this._isHcxPublic;
  }

  // edge_vtep - computed: false, optional: false, required: true
  private _edgeVtep = new EnvironmentInitialVlansEdgeVtepOutputReference(this, "edge_vtep");
  public get edgeVtep() {
    return this._edgeVtep;
  }
  public putEdgeVtep(value: EnvironmentInitialVlansEdgeVtep) {
    this._edgeVtep.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get edgeVtepInput() {
    return this._edgeVtep.internalValue;
  }

  // expansion_vlan1 - computed: false, optional: false, required: true
  private _expansionVlan1 = new EnvironmentInitialVlansExpansionVlan1OutputReference(this, "expansion_vlan1");
  public get expansionVlan1() {
    return this._expansionVlan1;
  }
  public putExpansionVlan1(value: EnvironmentInitialVlansExpansionVlan1) {
    this._expansionVlan1.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expansionVlan1Input() {
    return this._expansionVlan1.internalValue;
  }

  // expansion_vlan2 - computed: false, optional: false, required: true
  private _expansionVlan2 = new EnvironmentInitialVlansExpansionVlan2OutputReference(this, "expansion_vlan2");
  public get expansionVlan2() {
    return this._expansionVlan2;
  }
  public putExpansionVlan2(value: EnvironmentInitialVlansExpansionVlan2) {
    this._expansionVlan2.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expansionVlan2Input() {
    return this._expansionVlan2.internalValue;
  }

  // hcx - computed: false, optional: false, required: true
  private _hcx = new EnvironmentInitialVlansHcxOutputReference(this, "hcx");
  public get hcx() {
    return this._hcx;
  }
  public putHcx(value: EnvironmentInitialVlansHcx) {
    this._hcx.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hcxInput() {
    return this._hcx.internalValue;
  }

  // nsx_uplink - computed: false, optional: false, required: true
  private _nsxUplink = new EnvironmentInitialVlansNsxUplinkOutputReference(this, "nsx_uplink");
  public get nsxUplink() {
    return this._nsxUplink;
  }
  public putNsxUplink(value: EnvironmentInitialVlansNsxUplink) {
    this._nsxUplink.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxUplinkInput() {
    return this._nsxUplink.internalValue;
  }

  // vm_management - computed: false, optional: false, required: true
  private _vmManagement = new EnvironmentInitialVlansVmManagementOutputReference(this, "vm_management");
  public get vmManagement() {
    return this._vmManagement;
  }
  public putVmManagement(value: EnvironmentInitialVlansVmManagement) {
    this._vmManagement.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vmManagementInput() {
    return this._vmManagement.internalValue;
  }

  // vmk_management - computed: false, optional: false, required: true
  private _vmkManagement = new EnvironmentInitialVlansVmkManagementOutputReference(this, "vmk_management");
  public get vmkManagement() {
    return this._vmkManagement;
  }
  public putVmkManagement(value: EnvironmentInitialVlansVmkManagement) {
    this._vmkManagement.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vmkManagementInput() {
    return this._vmkManagement.internalValue;
  }

  // vmotion - computed: false, optional: false, required: true
  private _vmotion = new EnvironmentInitialVlansVmotionOutputReference(this, "vmotion");
  public get vmotion() {
    return this._vmotion;
  }
  public putVmotion(value: EnvironmentInitialVlansVmotion) {
    this._vmotion.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vmotionInput() {
    return this._vmotion.internalValue;
  }

  // vsan - computed: false, optional: false, required: true
  private _vsan = new EnvironmentInitialVlansVsanOutputReference(this, "vsan");
  public get vsan() {
    return this._vsan;
  }
  public putVsan(value: EnvironmentInitialVlansVsan) {
    this._vsan.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vsanInput() {
    return this._vsan.internalValue;
  }

  // vtep - computed: false, optional: false, required: true
  private _vtep = new EnvironmentInitialVlansVtepOutputReference(this, "vtep");
  public get vtep() {
    return this._vtep;
  }
  public putVtep(value: EnvironmentInitialVlansVtep) {
    this._vtep.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vtepInput() {
    return this._vtep.internalValue;
  }
}
export interface EnvironmentLicenseInfo {
  /**
  * VCF solution key (`XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`), covering at least 256 cores.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#solution_key Environment#solution_key}
  */
  readonly solutionKey: string;
  /**
  * vSAN licence key (`XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`), covering at least 110 TiB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vsan_key Environment#vsan_key}
  */
  readonly vsanKey: string;
}

export function environmentLicenseInfoToTerraform(struct?: EnvironmentLicenseInfoOutputReference | EnvironmentLicenseInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    solution_key: cdktf.stringToTerraform(struct!.solutionKey),
    vsan_key: cdktf.stringToTerraform(struct!.vsanKey),
  }
}


export function environmentLicenseInfoToHclTerraform(struct?: EnvironmentLicenseInfoOutputReference | EnvironmentLicenseInfo): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    solution_key: {
      value: cdktf.stringToHclTerraform(struct!.solutionKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vsan_key: {
      value: cdktf.stringToHclTerraform(struct!.vsanKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentLicenseInfoOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): EnvironmentLicenseInfo | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._solutionKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.solutionKey = this._solutionKey;
    }
    if (this._vsanKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.vsanKey = this._vsanKey;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentLicenseInfo | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._solutionKey = undefined;
      this._vsanKey = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._solutionKey = value.solutionKey;
      this._vsanKey = value.vsanKey;
    }
  }

  // solution_key - computed: false, optional: false, required: true
  private _solutionKey?: string; 
  public get solutionKey() {
    return this.getStringAttribute('solution_key');
  }
  public set solutionKey(value: string) {
    this._solutionKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get solutionKeyInput() {
    return this._solutionKey;
  }

  // vsan_key - computed: false, optional: false, required: true
  private _vsanKey?: string; 
  public get vsanKey() {
    return this.getStringAttribute('vsan_key');
  }
  public set vsanKey(value: string) {
    this._vsanKey = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vsanKeyInput() {
    return this._vsanKey;
  }
}
export interface EnvironmentServiceAccessSecurityGroups {
  /**
  * Up to two security group ids, e.g. `["sg-0123456789abcdef0"]`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#security_groups Environment#security_groups}
  */
  readonly securityGroups?: string[];
}

export function environmentServiceAccessSecurityGroupsToTerraform(struct?: EnvironmentServiceAccessSecurityGroups | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    security_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.securityGroups),
  }
}


export function environmentServiceAccessSecurityGroupsToHclTerraform(struct?: EnvironmentServiceAccessSecurityGroups | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    security_groups: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.securityGroups),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentServiceAccessSecurityGroupsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentServiceAccessSecurityGroups | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._securityGroups !== undefined) {
      hasAnyValues = true;
      internalValueResult.securityGroups = this._securityGroups;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentServiceAccessSecurityGroups | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._securityGroups = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._securityGroups = value.securityGroups;
    }
  }

  // security_groups - computed: false, optional: true, required: false
  private _securityGroups?: string[]; 
  public get securityGroups() {
    return this.getListAttribute('security_groups');
  }
  public set securityGroups(value: string[]) {
    this._securityGroups = value;
  }
  public resetSecurityGroups() {
    this._securityGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityGroupsInput() {
    return this._securityGroups;
  }
}
export interface EnvironmentTimeouts {
  /**
  * How long to wait for the create to finish before failing, as a number followed by a unit, such as "30s", "45m" or "1h30m" (units h, m, s, ms). Default `6h`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#create Environment#create}
  */
  readonly create?: string;
  /**
  * How long to wait for the delete to finish before failing, as a number followed by a unit, such as "30s", "45m" or "1h30m" (units h, m, s, ms). Default `2h`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#delete Environment#delete}
  */
  readonly delete?: string;
}

export function environmentTimeoutsToTerraform(struct?: EnvironmentTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function environmentTimeoutsToHclTerraform(struct?: EnvironmentTimeouts | cdktf.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentTimeouts | cdktf.IResolvable | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
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
}
export interface EnvironmentVcfHostnames {
  /**
  * Host name of Cloud Builder (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#cloud_builder Environment#cloud_builder}
  */
  readonly cloudBuilder: string;
  /**
  * Host name of the NSX Manager cluster (virtual IP) (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx Environment#nsx}
  */
  readonly nsx: string;
  /**
  * Host name of the first NSX Edge (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx_edge1 Environment#nsx_edge1}
  */
  readonly nsxEdge1: string;
  /**
  * Host name of the second NSX Edge (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx_edge2 Environment#nsx_edge2}
  */
  readonly nsxEdge2: string;
  /**
  * Host name of the first NSX Manager (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx_manager1 Environment#nsx_manager1}
  */
  readonly nsxManager1: string;
  /**
  * Host name of the second NSX Manager (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx_manager2 Environment#nsx_manager2}
  */
  readonly nsxManager2: string;
  /**
  * Host name of the third NSX Manager (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#nsx_manager3 Environment#nsx_manager3}
  */
  readonly nsxManager3: string;
  /**
  * Host name of SDDC Manager (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#sddc_manager Environment#sddc_manager}
  */
  readonly sddcManager: string;
  /**
  * Host name of vCenter Server (no domain; it must resolve in the VPC's DNS domain).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#vcenter Environment#vcenter}
  */
  readonly vcenter: string;
}

export function environmentVcfHostnamesToTerraform(struct?: EnvironmentVcfHostnames | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cloud_builder: cdktf.stringToTerraform(struct!.cloudBuilder),
    nsx: cdktf.stringToTerraform(struct!.nsx),
    nsx_edge1: cdktf.stringToTerraform(struct!.nsxEdge1),
    nsx_edge2: cdktf.stringToTerraform(struct!.nsxEdge2),
    nsx_manager1: cdktf.stringToTerraform(struct!.nsxManager1),
    nsx_manager2: cdktf.stringToTerraform(struct!.nsxManager2),
    nsx_manager3: cdktf.stringToTerraform(struct!.nsxManager3),
    sddc_manager: cdktf.stringToTerraform(struct!.sddcManager),
    vcenter: cdktf.stringToTerraform(struct!.vcenter),
  }
}


export function environmentVcfHostnamesToHclTerraform(struct?: EnvironmentVcfHostnames | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cloud_builder: {
      value: cdktf.stringToHclTerraform(struct!.cloudBuilder),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    nsx: {
      value: cdktf.stringToHclTerraform(struct!.nsx),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    nsx_edge1: {
      value: cdktf.stringToHclTerraform(struct!.nsxEdge1),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    nsx_edge2: {
      value: cdktf.stringToHclTerraform(struct!.nsxEdge2),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    nsx_manager1: {
      value: cdktf.stringToHclTerraform(struct!.nsxManager1),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    nsx_manager2: {
      value: cdktf.stringToHclTerraform(struct!.nsxManager2),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    nsx_manager3: {
      value: cdktf.stringToHclTerraform(struct!.nsxManager3),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sddc_manager: {
      value: cdktf.stringToHclTerraform(struct!.sddcManager),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vcenter: {
      value: cdktf.stringToHclTerraform(struct!.vcenter),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class EnvironmentVcfHostnamesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): EnvironmentVcfHostnames | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cloudBuilder !== undefined) {
      hasAnyValues = true;
      internalValueResult.cloudBuilder = this._cloudBuilder;
    }
    if (this._nsx !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsx = this._nsx;
    }
    if (this._nsxEdge1 !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsxEdge1 = this._nsxEdge1;
    }
    if (this._nsxEdge2 !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsxEdge2 = this._nsxEdge2;
    }
    if (this._nsxManager1 !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsxManager1 = this._nsxManager1;
    }
    if (this._nsxManager2 !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsxManager2 = this._nsxManager2;
    }
    if (this._nsxManager3 !== undefined) {
      hasAnyValues = true;
      internalValueResult.nsxManager3 = this._nsxManager3;
    }
    if (this._sddcManager !== undefined) {
      hasAnyValues = true;
      internalValueResult.sddcManager = this._sddcManager;
    }
    if (this._vcenter !== undefined) {
      hasAnyValues = true;
      internalValueResult.vcenter = this._vcenter;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: EnvironmentVcfHostnames | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cloudBuilder = undefined;
      this._nsx = undefined;
      this._nsxEdge1 = undefined;
      this._nsxEdge2 = undefined;
      this._nsxManager1 = undefined;
      this._nsxManager2 = undefined;
      this._nsxManager3 = undefined;
      this._sddcManager = undefined;
      this._vcenter = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cloudBuilder = value.cloudBuilder;
      this._nsx = value.nsx;
      this._nsxEdge1 = value.nsxEdge1;
      this._nsxEdge2 = value.nsxEdge2;
      this._nsxManager1 = value.nsxManager1;
      this._nsxManager2 = value.nsxManager2;
      this._nsxManager3 = value.nsxManager3;
      this._sddcManager = value.sddcManager;
      this._vcenter = value.vcenter;
    }
  }

  // cloud_builder - computed: false, optional: false, required: true
  private _cloudBuilder?: string; 
  public get cloudBuilder() {
    return this.getStringAttribute('cloud_builder');
  }
  public set cloudBuilder(value: string) {
    this._cloudBuilder = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudBuilderInput() {
    return this._cloudBuilder;
  }

  // nsx - computed: false, optional: false, required: true
  private _nsx?: string; 
  public get nsx() {
    return this.getStringAttribute('nsx');
  }
  public set nsx(value: string) {
    this._nsx = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxInput() {
    return this._nsx;
  }

  // nsx_edge1 - computed: false, optional: false, required: true
  private _nsxEdge1?: string; 
  public get nsxEdge1() {
    return this.getStringAttribute('nsx_edge1');
  }
  public set nsxEdge1(value: string) {
    this._nsxEdge1 = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxEdge1Input() {
    return this._nsxEdge1;
  }

  // nsx_edge2 - computed: false, optional: false, required: true
  private _nsxEdge2?: string; 
  public get nsxEdge2() {
    return this.getStringAttribute('nsx_edge2');
  }
  public set nsxEdge2(value: string) {
    this._nsxEdge2 = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxEdge2Input() {
    return this._nsxEdge2;
  }

  // nsx_manager1 - computed: false, optional: false, required: true
  private _nsxManager1?: string; 
  public get nsxManager1() {
    return this.getStringAttribute('nsx_manager1');
  }
  public set nsxManager1(value: string) {
    this._nsxManager1 = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxManager1Input() {
    return this._nsxManager1;
  }

  // nsx_manager2 - computed: false, optional: false, required: true
  private _nsxManager2?: string; 
  public get nsxManager2() {
    return this.getStringAttribute('nsx_manager2');
  }
  public set nsxManager2(value: string) {
    this._nsxManager2 = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxManager2Input() {
    return this._nsxManager2;
  }

  // nsx_manager3 - computed: false, optional: false, required: true
  private _nsxManager3?: string; 
  public get nsxManager3() {
    return this.getStringAttribute('nsx_manager3');
  }
  public set nsxManager3(value: string) {
    this._nsxManager3 = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nsxManager3Input() {
    return this._nsxManager3;
  }

  // sddc_manager - computed: false, optional: false, required: true
  private _sddcManager?: string; 
  public get sddcManager() {
    return this.getStringAttribute('sddc_manager');
  }
  public set sddcManager(value: string) {
    this._sddcManager = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sddcManagerInput() {
    return this._sddcManager;
  }

  // vcenter - computed: false, optional: false, required: true
  private _vcenter?: string; 
  public get vcenter() {
    return this.getStringAttribute('vcenter');
  }
  public set vcenter(value: string) {
    this._vcenter = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vcenterInput() {
    return this._vcenter;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment evs_environment}
*/
export class Environment extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "evs_environment";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Environment resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Environment to import
  * @param importFromId The id of the existing Environment that should be imported. Refer to the {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Environment to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "evs_environment", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/evslabs/evs/latest/docs/resources/environment evs_environment} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options EnvironmentConfig
  */
  public constructor(scope: Construct, id: string, config: EnvironmentConfig) {
    super(scope, id, {
      terraformResourceType: 'evs_environment',
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
    this._environmentName = config.environmentName;
    this._kmsKeyId = config.kmsKeyId;
    this._serviceAccessSubnetId = config.serviceAccessSubnetId;
    this._siteId = config.siteId;
    this._tags = config.tags;
    this._termsAccepted = config.termsAccepted;
    this._vcfVersion = config.vcfVersion;
    this._vpcId = config.vpcId;
    this._connectivityInfo.internalValue = config.connectivityInfo;
    this._hosts.internalValue = config.hosts;
    this._initialVlans.internalValue = config.initialVlans;
    this._licenseInfo.internalValue = config.licenseInfo;
    this._serviceAccessSecurityGroups.internalValue = config.serviceAccessSecurityGroups;
    this._timeouts.internalValue = config.timeouts;
    this._vcfHostnames.internalValue = config.vcfHostnames;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // arn - computed: true, optional: false, required: false
  public get arn() {
    return this.getStringAttribute('arn');
  }

  // checks - computed: true, optional: false, required: false
  private _checks = new EnvironmentChecksList(this, "checks", false);
  public get checks() {
    return this._checks;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // credentials - computed: true, optional: false, required: false
  private _credentials = new EnvironmentCredentialsList(this, "credentials", false);
  public get credentials() {
    return this._credentials;
  }

  // environment_id - computed: true, optional: false, required: false
  public get environmentId() {
    return this.getStringAttribute('environment_id');
  }

  // environment_name - computed: true, optional: true, required: false
  private _environmentName?: string; 
  public get environmentName() {
    return this.getStringAttribute('environment_name');
  }
  public set environmentName(value: string) {
    this._environmentName = value;
  }
  public resetEnvironmentName() {
    this._environmentName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentNameInput() {
    return this._environmentName;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kms_key_id - computed: true, optional: true, required: false
  private _kmsKeyId?: string; 
  public get kmsKeyId() {
    return this.getStringAttribute('kms_key_id');
  }
  public set kmsKeyId(value: string) {
    this._kmsKeyId = value;
  }
  public resetKmsKeyId() {
    this._kmsKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kmsKeyIdInput() {
    return this._kmsKeyId;
  }

  // modified_at - computed: true, optional: false, required: false
  public get modifiedAt() {
    return this.getStringAttribute('modified_at');
  }

  // service_access_subnet_id - computed: false, optional: false, required: true
  private _serviceAccessSubnetId?: string; 
  public get serviceAccessSubnetId() {
    return this.getStringAttribute('service_access_subnet_id');
  }
  public set serviceAccessSubnetId(value: string) {
    this._serviceAccessSubnetId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccessSubnetIdInput() {
    return this._serviceAccessSubnetId;
  }

  // site_id - computed: false, optional: true, required: false
  private _siteId?: string; 
  public get siteId() {
    return this.getStringAttribute('site_id');
  }
  public set siteId(value: string) {
    this._siteId = value;
  }
  public resetSiteId() {
    this._siteId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get siteIdInput() {
    return this._siteId;
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

  // tags - computed: false, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // tags_all - computed: true, optional: false, required: false
  private _tagsAll = new cdktf.StringMap(this, "tags_all");
  public get tagsAll() {
    return this._tagsAll;
  }

  // terms_accepted - computed: false, optional: false, required: true
  private _termsAccepted?: boolean | cdktf.IResolvable; 
  public get termsAccepted() {
    return this.getBooleanAttribute('terms_accepted');
  }
  public set termsAccepted(value: boolean | cdktf.IResolvable) {
    this._termsAccepted = value;
  }
  // Temporarily expose input value. Use with caution.
  public get termsAcceptedInput() {
    return this._termsAccepted;
  }

  // vcf_version - computed: false, optional: false, required: true
  private _vcfVersion?: string; 
  public get vcfVersion() {
    return this.getStringAttribute('vcf_version');
  }
  public set vcfVersion(value: string) {
    this._vcfVersion = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vcfVersionInput() {
    return this._vcfVersion;
  }

  // vpc_id - computed: false, optional: false, required: true
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // connectivity_info - computed: false, optional: false, required: true
  private _connectivityInfo = new EnvironmentConnectivityInfoOutputReference(this, "connectivity_info");
  public get connectivityInfo() {
    return this._connectivityInfo;
  }
  public putConnectivityInfo(value: EnvironmentConnectivityInfo) {
    this._connectivityInfo.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectivityInfoInput() {
    return this._connectivityInfo.internalValue;
  }

  // hosts - computed: false, optional: true, required: false
  private _hosts = new EnvironmentHostsList(this, "hosts", false);
  public get hosts() {
    return this._hosts;
  }
  public putHosts(value: EnvironmentHosts[] | cdktf.IResolvable) {
    this._hosts.internalValue = value;
  }
  public resetHosts() {
    this._hosts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsInput() {
    return this._hosts.internalValue;
  }

  // initial_vlans - computed: false, optional: true, required: false
  private _initialVlans = new EnvironmentInitialVlansOutputReference(this, "initial_vlans");
  public get initialVlans() {
    return this._initialVlans;
  }
  public putInitialVlans(value: EnvironmentInitialVlans) {
    this._initialVlans.internalValue = value;
  }
  public resetInitialVlans() {
    this._initialVlans.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initialVlansInput() {
    return this._initialVlans.internalValue;
  }

  // license_info - computed: false, optional: true, required: false
  private _licenseInfo = new EnvironmentLicenseInfoOutputReference(this, "license_info");
  public get licenseInfo() {
    return this._licenseInfo;
  }
  public putLicenseInfo(value: EnvironmentLicenseInfo) {
    this._licenseInfo.internalValue = value;
  }
  public resetLicenseInfo() {
    this._licenseInfo.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get licenseInfoInput() {
    return this._licenseInfo.internalValue;
  }

  // service_access_security_groups - computed: false, optional: true, required: false
  private _serviceAccessSecurityGroups = new EnvironmentServiceAccessSecurityGroupsOutputReference(this, "service_access_security_groups");
  public get serviceAccessSecurityGroups() {
    return this._serviceAccessSecurityGroups;
  }
  public putServiceAccessSecurityGroups(value: EnvironmentServiceAccessSecurityGroups) {
    this._serviceAccessSecurityGroups.internalValue = value;
  }
  public resetServiceAccessSecurityGroups() {
    this._serviceAccessSecurityGroups.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAccessSecurityGroupsInput() {
    return this._serviceAccessSecurityGroups.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new EnvironmentTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: EnvironmentTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // vcf_hostnames - computed: false, optional: false, required: true
  private _vcfHostnames = new EnvironmentVcfHostnamesOutputReference(this, "vcf_hostnames");
  public get vcfHostnames() {
    return this._vcfHostnames;
  }
  public putVcfHostnames(value: EnvironmentVcfHostnames) {
    this._vcfHostnames.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vcfHostnamesInput() {
    return this._vcfHostnames.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      environment_name: cdktf.stringToTerraform(this._environmentName),
      kms_key_id: cdktf.stringToTerraform(this._kmsKeyId),
      service_access_subnet_id: cdktf.stringToTerraform(this._serviceAccessSubnetId),
      site_id: cdktf.stringToTerraform(this._siteId),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      terms_accepted: cdktf.booleanToTerraform(this._termsAccepted),
      vcf_version: cdktf.stringToTerraform(this._vcfVersion),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      connectivity_info: environmentConnectivityInfoToTerraform(this._connectivityInfo.internalValue),
      hosts: cdktf.listMapper(environmentHostsToTerraform, true)(this._hosts.internalValue),
      initial_vlans: environmentInitialVlansToTerraform(this._initialVlans.internalValue),
      license_info: environmentLicenseInfoToTerraform(this._licenseInfo.internalValue),
      service_access_security_groups: environmentServiceAccessSecurityGroupsToTerraform(this._serviceAccessSecurityGroups.internalValue),
      timeouts: environmentTimeoutsToTerraform(this._timeouts.internalValue),
      vcf_hostnames: environmentVcfHostnamesToTerraform(this._vcfHostnames.internalValue),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      environment_name: {
        value: cdktf.stringToHclTerraform(this._environmentName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kms_key_id: {
        value: cdktf.stringToHclTerraform(this._kmsKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_access_subnet_id: {
        value: cdktf.stringToHclTerraform(this._serviceAccessSubnetId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      site_id: {
        value: cdktf.stringToHclTerraform(this._siteId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      terms_accepted: {
        value: cdktf.booleanToHclTerraform(this._termsAccepted),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vcf_version: {
        value: cdktf.stringToHclTerraform(this._vcfVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connectivity_info: {
        value: environmentConnectivityInfoToHclTerraform(this._connectivityInfo.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EnvironmentConnectivityInfo",
      },
      hosts: {
        value: cdktf.listMapperHcl(environmentHostsToHclTerraform, true)(this._hosts.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "EnvironmentHostsList",
      },
      initial_vlans: {
        value: environmentInitialVlansToHclTerraform(this._initialVlans.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EnvironmentInitialVlans",
      },
      license_info: {
        value: environmentLicenseInfoToHclTerraform(this._licenseInfo.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "EnvironmentLicenseInfoList",
      },
      service_access_security_groups: {
        value: environmentServiceAccessSecurityGroupsToHclTerraform(this._serviceAccessSecurityGroups.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EnvironmentServiceAccessSecurityGroups",
      },
      timeouts: {
        value: environmentTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EnvironmentTimeouts",
      },
      vcf_hostnames: {
        value: environmentVcfHostnamesToHclTerraform(this._vcfHostnames.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "EnvironmentVcfHostnames",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
