module example.com/evs-environment

go 1.25

require (
	github.com/aws/constructs-go/constructs/v10 v10.4.2
	github.com/aws/jsii-runtime-go v1.140.0
	github.com/cdktf/cdktf-provider-aws-go/aws/v21 v21.22.1
	github.com/evslabs/cdktf-evs-go/evs v0.1.0
	github.com/hashicorp/terraform-cdk-go/cdktf v0.21.0
)

// The module built by `npm run release`; drop this line once the module is published.
replace github.com/evslabs/cdktf-evs-go/evs => ../../../dist/cdktf/go/evs
