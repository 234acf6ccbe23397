// A whole EVS deployment in one stack: the VPC and the service access subnet, an EVS environment
// (VCF 5.2.2, ten VLANs laid out from one block, four i4i.metal hosts), a fifth host added later,
// the vCenter connector with its Secrets Manager secret (tagged EvsAccess=true, as EVS requires)
// and Windows Server entitlements for VMs through it. The AWS resources come from the prebuilt
// bindings `github.com/cdktf/cdktf-provider-aws-go/aws/v21`; the EVS ones from this library.
// The same program as ../typescript/main.ts; both synthesize the same stack.
package main

import (
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v21/provider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v21/secretsmanagersecret"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v21/secretsmanagersecretversion"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v21/subnet"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v21/vpc"
	"github.com/evslabs/cdktf-evs-go/evs"
	"github.com/evslabs/cdktf-evs-go/evs/bindings/environment"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func NewEvsEnvironmentStack(scope constructs.Construct, id string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, &id)
	region := os.Getenv("AWS_REGION")
	if region == "" {
		region = "us-east-1"
	}
	provider.NewAwsProvider(stack, jsii.String("aws"), &provider.AwsProviderConfig{Region: jsii.String(region)})
	evs.NewEvsProvider(stack, jsii.String("evs"), &evs.EvsProviderProps{Region: jsii.String(region)})

	variable := func(name, description string, sensitive bool, typ string) cdktf.TerraformVariable {
		return cdktf.NewTerraformVariable(stack, jsii.String(name), &cdktf.TerraformVariableConfig{
			Type: jsii.String(typ), Description: jsii.String(description), Sensitive: jsii.Bool(sensitive),
		})
	}
	keyName := variable("key_name", "EC2 key pair for the ESX hosts", false, "string")
	solutionKey := variable("vcf_solution_key", "VCF solution key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)", true, "string")
	vsanKey := variable("vsan_license_key", "vSAN licence key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)", true, "string")
	siteID := variable("broadcom_site_id", "Broadcom Site ID of the VCF licence", false, "string")
	peers := variable("route_server_peer_ids", "The two VPC Route Server peer ids of the NSX uplink", false, "list(string)")
	vcenterCredentials := variable("vcenter_credentials", `vCenter credentials for the connector, as JSON: {"username": "...", "password": "..."}`, true, "string")
	windowsVms := variable("windows_vm_ids", `vSphere ids of the Windows Server VMs to entitle, e.g. ["vm-1001"]`, false, "list(string)")

	network := vpc.NewVpc(stack, jsii.String("vpc"), &vpc.VpcConfig{
		CidrBlock: jsii.String("10.0.0.0/16"), EnableDnsSupport: jsii.Bool(true), EnableDnsHostnames: jsii.Bool(true),
		Tags: &map[string]*string{"Name": jsii.String("evs-lab")},
	})
	serviceAccess := subnet.NewSubnet(stack, jsii.String("service_access"), &subnet.SubnetConfig{
		VpcId: network.Id(), CidrBlock: jsii.String("10.0.0.0/24"), AvailabilityZone: jsii.String(region + "a"),
		Tags: &map[string]*string{"Name": jsii.String("evs-service-access")},
	})

	// Replacing an environment destroys it and its VMs: in production set Lifecycle: &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}.
	env := evs.NewEnvironment(stack, jsii.String("environment"), &evs.EnvironmentProps{
		EnvironmentName:       jsii.String("evs-lab"),
		VpcId:                 network.Id(),
		ServiceAccessSubnetId: serviceAccess.Id(),
		VcfVersion:            evs.VcfVersion_VCF_5_2_2(),
		TermsAccepted:         jsii.Bool(true),
		InitialVlans:          evs.InitialVlans_FromCidrBlock(jsii.String("10.0.16.0/20"), nil), // ten /24s: 10.0.16.0/24 … 10.0.25.0/24
		Hosts: evs.InitialHost_Numbered(jsii.String("esx"), jsii.Number(4), &evs.HostOptions{
			KeyName: keyName.StringValue(), InstanceType: evs.InstanceType_I4I_METAL(),
		}),
		LicenseInfo: &environment.EnvironmentLicenseInfo{SolutionKey: solutionKey.StringValue(), VsanKey: vsanKey.StringValue()},
		VcfHostnames: &environment.EnvironmentVcfHostnames{
			Vcenter: jsii.String("vcenter"), Nsx: jsii.String("nsx"),
			NsxManager1: jsii.String("nsx-m1"), NsxManager2: jsii.String("nsx-m2"), NsxManager3: jsii.String("nsx-m3"),
			NsxEdge1: jsii.String("nsx-edge1"), NsxEdge2: jsii.String("nsx-edge2"),
			SddcManager: jsii.String("sddc-manager"), CloudBuilder: jsii.String("cloud-builder"),
		},
		SiteId:              siteID.StringValue(),
		RouteServerPeerings: peers.ListValue(),
		Tags:                &map[string]*string{"Project": jsii.String("evs-lab")},
	})
	env.AddHost(jsii.String("esx05"), &evs.EnvironmentHostOptions{
		HostName: jsii.String("esx-05"), KeyName: keyName.StringValue(), InstanceType: evs.InstanceType_I4I_METAL(),
	})

	secret := secretsmanagersecret.NewSecretsmanagerSecret(stack, jsii.String("vcenter_secret"), &secretsmanagersecret.SecretsmanagerSecretConfig{
		NamePrefix: jsii.String("evs/vcenter-"), Tags: &map[string]*string{"EvsAccess": jsii.String("true")},
	})
	secretValue := secretsmanagersecretversion.NewSecretsmanagerSecretVersion(stack, jsii.String("vcenter_secret_value"), &secretsmanagersecretversion.SecretsmanagerSecretVersionConfig{
		SecretId: secret.Id(), SecretString: vcenterCredentials.StringValue(),
	})
	vcenter := env.AddConnector(jsii.String("vcenter"), &evs.EnvironmentConnectorOptions{
		Type:          evs.ConnectorType_VCENTER,
		ApplianceFqdn: jsii.String("vcenter.evs.example.internal"),
		Secret:        evs.ConnectorSecret_FromSecretsmanagerSecret(secret),
		DependsOn:     &[]cdktf.ITerraformDependable{secretValue},
	})
	vcenter.EntitleVms(jsii.String("windows"), &evs.VmEntitlementOptions{VmIds: windowsVms.ListValue()})

	output := func(name string, value interface{}) {
		cdktf.NewTerraformOutput(stack, jsii.String(name), &cdktf.TerraformOutputConfig{Value: value})
	}
	output("environment_id", env.EnvironmentId())
	output("environment_arn", env.Arn())
	output("environment_state", env.State())
	output("vcf_credential_secret_arns", env.CredentialSecretArns())
	output("vcenter_connector_id", vcenter.ConnectorId())
	return stack
}

func main() {
	app := cdktf.NewApp(nil)
	NewEvsEnvironmentStack(app, "evs-environment")
	app.Synth()
}
