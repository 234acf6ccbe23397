// One EVS environment connector, its outputs, Windows Server entitlements for two VMs through it,
// a lookup of the environment and a listing of its connectors.
// The same program as ../typescript/main.ts; both synthesize the same cdk.tf.json, which names no
// endpoint: AWS_ENDPOINT_URL_EVS, where the engine runs, points it at the local EVS service.
package main

import (
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/evslabs/cdktf-evs-go/evs"
	"github.com/evslabs/cdktf-evs-go/evs/bindings/environmentconnector"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func NewEvsDemo(scope constructs.Construct, id string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(scope, &id)
	evs.NewEvsProvider(stack, jsii.String("evs"), &evs.EvsProviderProps{Region: jsii.String(envOr("AWS_REGION", "us-east-1"))})
	environmentID := envOr("EVS_ENVIRONMENT_ID", "env-0000000001")
	vcenter := evs.NewEnvironmentConnector(stack, jsii.String("vcenter"), &evs.EnvironmentConnectorProps{
		EnvironmentId: jsii.String(environmentID),
		Type:          evs.ConnectorType_VCENTER,
		ApplianceFqdn: jsii.String("vcenter.example.internal"),
		Secret:        evs.ConnectorSecret_FromArn(jsii.String("arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter-AbCdEf")),
		Timeouts:      &environmentconnector.EnvironmentConnectorTimeouts{Create: jsii.String("10m"), Delete: jsii.String("10m")},
	})
	evs.NewConnectorOutputs(stack, jsii.String("vcenter_outputs"), &evs.ConnectorOutputsProps{Connector: vcenter, Prefix: jsii.String("vcenter")})
	evs.NewDataEnvironmentConnectors(stack, jsii.String("all"), &evs.DataEnvironmentConnectorsProps{
		EnvironmentId: jsii.String(environmentID),
		DependsOn:     &[]cdktf.ITerraformDependable{vcenter},
	})
	// vm-1001 and vm-1002 are VMs the vCenter Server holds (the local EVS service has vm-1001 … vm-1020).
	windows := vcenter.EntitleVms(jsii.String("windows"), &evs.VmEntitlementOptions{VmIds: jsii.Strings("vm-1001", "vm-1002")})
	cdktf.NewTerraformOutput(stack, jsii.String("windows_vms"), &cdktf.TerraformOutputConfig{
		Value:       windows.Vms(),
		Description: jsii.String("Each VM's entitlement: id, name, status, times"),
	})
	environment := evs.NewDataEnvironment(stack, jsii.String("environment"), &evs.DataEnvironmentProps{EnvironmentId: jsii.String(environmentID)})
	cdktf.NewTerraformOutput(stack, jsii.String("environment_state"), &cdktf.TerraformOutputConfig{
		Value:       environment.State(),
		Description: jsii.String("Lifecycle state of the environment"),
	})
	return stack
}

func main() {
	app := cdktf.NewApp(nil)
	NewEvsDemo(app, "evs-demo")
	app.Synth()
}
