// One EVS environment connector, its outputs, and a listing of the environment's connectors.
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
	return stack
}

func main() {
	app := cdktf.NewApp(nil)
	NewEvsDemo(app, "evs-demo")
	app.Synth()
}
