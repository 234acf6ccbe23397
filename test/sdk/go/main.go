// Command evs-sdk-go-check drives every operation of the AWS SDK for Go v2's EVS client against the
// local EVS service and prints what it saw as one JSON object, which test/sdk/aws-sdk-go.test.ts
// checks. The client is configured as any program's would be, from the environment
// (AWS_ENDPOINT_URL_EVS, AWS_REGION, credentials, AWS_MAX_ATTEMPTS); the one argument is the
// service's URL, for its control interface (faults). An unexpected error stops it with exit 1.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/evs"
	"github.com/aws/aws-sdk-go-v2/service/evs/types"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
)

var (
	ctx    = context.Background()
	called = map[string]bool{}
	facts  = map[string]any{}
)

// must(c.Op(ctx, in))("Op") records Op as called and gives its answer; an error stops the program.
func must[T any](out T, err error) func(op string) T {
	return func(op string) T {
		called[op] = true
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: unexpected error: %v\n", op, err)
			os.Exit(1)
		}
		return out
	}
}

// failing records op as called and returns its error, which must be one.
func failing(op string, err error) error {
	called[op] = true
	if err == nil {
		fmt.Fprintf(os.Stderr, "%s: succeeded where an error was expected\n", op)
		os.Exit(1)
	}
	return err
}

// fault sets the local service's fault injection (an empty body clears it).
func fault(url string, body string) {
	method := http.MethodPut
	if body == "" {
		method = http.MethodDelete
	}
	req, _ := http.NewRequest(method, url+"/_emulator/faults", bytes.NewBufferString(body))
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode/100 != 2 {
		fmt.Fprintf(os.Stderr, "setting faults %q: %v %v\n", body, err, res)
		os.Exit(1)
	}
	res.Body.Close()
}

// errorFacts is what the SDK decoded from an error answer, beyond its typed fields.
func errorFacts(err error) map[string]any {
	out := map[string]any{}
	var api smithy.APIError
	if errors.As(err, &api) {
		out["code"] = api.ErrorCode()
		out["message"] = api.ErrorMessage()
		out["fault"] = api.ErrorFault().String()
	}
	var re *awshttp.ResponseError
	if errors.As(err, &re) {
		out["status"] = re.HTTPStatusCode()
		out["requestId"] = re.ServiceRequestID()
	}
	return out
}

func requestID(md middleware.Metadata) string {
	id, _ := awsmiddleware.GetRequestIDMetadata(md)
	return id
}

func recent(t *time.Time) bool {
	return t != nil && time.Since(*t).Abs() < 10*time.Minute
}

func main() {
	controlURL := os.Args[1]
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		fmt.Fprintf(os.Stderr, "loading the SDK configuration: %v\n", err)
		os.Exit(1)
	}
	c := evs.NewFromConfig(cfg)

	var operations []string
	for t, i := reflect.TypeOf(c), 0; i < t.NumMethod(); i++ {
		if m := t.Method(i); m.Name != "Options" {
			operations = append(operations, m.Name)
		}
	}

	vlan := func(cidr string) *types.InitialVlanInfo { return &types.InitialVlanInfo{Cidr: aws.String(cidr)} }
	host := func(name string) types.HostInfoForCreate {
		return types.HostInfoForCreate{HostName: aws.String(name), KeyName: aws.String("k"), InstanceType: types.InstanceTypeI4iMetal}
	}
	created := must(c.CreateEnvironment(ctx, &evs.CreateEnvironmentInput{
		EnvironmentName: aws.String("gosdk"), VpcId: aws.String("vpc-0123abce"), ServiceAccessSubnetId: aws.String("subnet-0123abce"),
		VcfVersion: types.VcfVersionVcf521, TermsAccepted: aws.Bool(true),
		InitialVlans: &types.InitialVlans{
			VmkManagement: vlan("10.30.0.0/24"), VmManagement: vlan("10.30.1.0/24"), VMotion: vlan("10.30.2.0/24"), VSan: vlan("10.30.3.0/24"),
			VTep: vlan("10.30.4.0/24"), EdgeVTep: vlan("10.30.5.0/24"), NsxUplink: vlan("10.30.6.0/24"), Hcx: vlan("10.30.7.0/28"),
			ExpansionVlan1: vlan("10.30.8.0/24"), ExpansionVlan2: vlan("10.30.9.0/24"), IsHcxPublic: true, HcxNetworkAclId: aws.String("acl-0123abce"),
		},
		Hosts: []types.HostInfoForCreate{host("gosdk-esx-1"), host("gosdk-esx-2"), host("gosdk-esx-3"), host("gosdk-esx-4")},
		VcfHostnames: &types.VcfHostnames{
			VCenter: aws.String("gosdk-vc"), Nsx: aws.String("gosdk-nsx"), NsxManager1: aws.String("gosdk-nsxm1"), NsxManager2: aws.String("gosdk-nsxm2"),
			NsxManager3: aws.String("gosdk-nsxm3"), NsxEdge1: aws.String("gosdk-edge1"), NsxEdge2: aws.String("gosdk-edge2"),
			SddcManager: aws.String("gosdk-sddc"), CloudBuilder: aws.String("gosdk-cb"),
		},
		LicenseInfo:      []types.LicenseInfo{{SolutionKey: aws.String("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"), VsanKey: aws.String("AAAAA-BBBBB-CCCCC-DDDDD-EEEEF")}},
		SiteId:           aws.String("site-1"),
		ConnectivityInfo: &types.ConnectivityInfo{PrivateRouteServerPeerings: []string{"rsp-1", "rsp-2"}},
		Tags:             map[string]string{"team": "vmware"},
	}))("CreateEnvironment")
	eid, arn := created.Environment.EnvironmentId, created.Environment.EnvironmentArn
	facts["createEnvironment"] = map[string]any{"createdAtRecent": recent(created.Environment.CreatedAt), "requestId": requestID(created.ResultMetadata)}

	env := must(c.GetEnvironment(ctx, &evs.GetEnvironmentInput{EnvironmentId: eid}))("GetEnvironment").Environment
	facts["getEnvironment"] = map[string]any{
		"state": env.EnvironmentState, "vcfVersion": env.VcfVersion, "credentials": len(env.Credentials), "checks": len(env.Checks),
		"solutionKey": aws.ToString(env.LicenseInfo[0].SolutionKey), "vCenter": aws.ToString(env.VcfHostnames.VCenter),
		"peerings": env.ConnectivityInfo.PrivateRouteServerPeerings, "termsAccepted": aws.ToBool(env.TermsAccepted),
	}

	// Every paginator of the client, each across more than one page.
	pages := map[string][]int{}
	var envIDs []string
	for p := evs.NewListEnvironmentsPaginator(c, &evs.ListEnvironmentsInput{State: []types.EnvironmentState{types.EnvironmentStateCreated}}, func(o *evs.ListEnvironmentsPaginatorOptions) { o.Limit = 1 }); p.HasMorePages(); {
		out := must(p.NextPage(ctx))("ListEnvironments")
		pages["ListEnvironments"] = append(pages["ListEnvironments"], len(out.EnvironmentSummaries))
		for _, s := range out.EnvironmentSummaries {
			envIDs = append(envIDs, aws.ToString(s.EnvironmentId))
		}
	}
	sort.Strings(envIDs)
	facts["environmentIds"] = envIDs
	facts["newEnvironmentId"] = aws.ToString(eid)

	hostsOK := true
	for p := evs.NewListEnvironmentHostsPaginator(c, &evs.ListEnvironmentHostsInput{EnvironmentId: eid}, func(o *evs.ListEnvironmentHostsPaginatorOptions) { o.Limit = 3 }); p.HasMorePages(); {
		out := must(p.NextPage(ctx))("ListEnvironmentHosts")
		pages["ListEnvironmentHosts"] = append(pages["ListEnvironmentHosts"], len(out.EnvironmentHosts))
		for _, h := range out.EnvironmentHosts {
			hostsOK = hostsOK && recent(h.CreatedAt) && h.HostState == types.HostStateCreated && h.IpAddress != nil
		}
	}
	facts["hostsCreatedWithAddress"] = hostsOK
	five := host("gosdk-esx-5")
	added := must(c.CreateEnvironmentHost(ctx, &evs.CreateEnvironmentHostInput{EnvironmentId: eid, Host: &five}))("CreateEnvironmentHost")
	facts["addedHost"] = aws.ToString(added.Host.HostName)

	var hcx types.Vlan
	vlanIDs := []int32{}
	for p := evs.NewListEnvironmentVlansPaginator(c, &evs.ListEnvironmentVlansInput{EnvironmentId: eid}, func(o *evs.ListEnvironmentVlansPaginatorOptions) { o.Limit = 4 }); p.HasMorePages(); {
		out := must(p.NextPage(ctx))("ListEnvironmentVlans")
		pages["ListEnvironmentVlans"] = append(pages["ListEnvironmentVlans"], len(out.EnvironmentVlans))
		for _, v := range out.EnvironmentVlans {
			vlanIDs = append(vlanIDs, aws.ToInt32(v.VlanId))
			if aws.ToString(v.FunctionName) == "hcx" {
				hcx = v
			}
		}
	}
	facts["vlanIds"] = vlanIDs
	facts["hcx"] = map[string]any{"public": aws.ToBool(hcx.IsPublic), "cidr": aws.ToString(hcx.Cidr), "acl": aws.ToString(hcx.NetworkAclId)}
	assoc := must(c.AssociateEipToVlan(ctx, &evs.AssociateEipToVlanInput{EnvironmentId: eid, VlanName: aws.String("hcx"), AllocationId: aws.String("eipalloc-0123abce")}))("AssociateEipToVlan").Vlan.EipAssociations[0]
	left := must(c.DisassociateEipFromVlan(ctx, &evs.DisassociateEipFromVlanInput{EnvironmentId: eid, VlanName: aws.String("hcx"), AssociationId: assoc.AssociationId}))("DisassociateEipFromVlan").Vlan.EipAssociations
	facts["eip"] = map[string]any{"allocationId": aws.ToString(assoc.AllocationId), "ipAddress": aws.ToString(assoc.IpAddress), "left": len(left)}

	vc := must(c.CreateEnvironmentConnector(ctx, &evs.CreateEnvironmentConnectorInput{
		EnvironmentId: eid, Type: types.ConnectorTypeVcenter, ApplianceFqdn: aws.String("vc.gosdk.internal"), SecretIdentifier: aws.String("gosdk-vc"),
	}))("CreateEnvironmentConnector").Connector
	var connectorTypes []string
	for p := evs.NewListEnvironmentConnectorsPaginator(c, &evs.ListEnvironmentConnectorsInput{EnvironmentId: eid}, func(o *evs.ListEnvironmentConnectorsPaginatorOptions) { o.Limit = 1 }); p.HasMorePages(); {
		out := must(p.NextPage(ctx))("ListEnvironmentConnectors")
		pages["ListEnvironmentConnectors"] = append(pages["ListEnvironmentConnectors"], len(out.Connectors))
		for _, k := range out.Connectors {
			connectorTypes = append(connectorTypes, string(k.Type)+"/"+string(k.State)+"/"+fmt.Sprint(len(k.Checks)))
		}
	}
	sort.Strings(connectorTypes)
	facts["connectors"] = connectorTypes
	updated := must(c.UpdateEnvironmentConnector(ctx, &evs.UpdateEnvironmentConnectorInput{EnvironmentId: eid, ConnectorId: vc.ConnectorId, SecretIdentifier: aws.String("gosdk-vc-2")}))("UpdateEnvironmentConnector").Connector
	facts["updated"] = string(updated.State)

	vms := []string{"vm-1001", "vm-1002", "vm-1003"}
	ent := must(c.CreateEntitlement(ctx, &evs.CreateEntitlementInput{EnvironmentId: eid, ConnectorId: vc.ConnectorId, EntitlementType: types.EntitlementTypeWindowsServer, VmIds: vms}))("CreateEntitlement")
	facts["entitlementsCreated"] = len(ent.Entitlements)
	var statuses []string
	for p := evs.NewListVmEntitlementsPaginator(c, &evs.ListVmEntitlementsInput{EnvironmentId: eid, ConnectorId: vc.ConnectorId, EntitlementType: types.EntitlementTypeWindowsServer}, func(o *evs.ListVmEntitlementsPaginatorOptions) { o.Limit = 2 }); p.HasMorePages(); {
		out := must(p.NextPage(ctx))("ListVmEntitlements")
		pages["ListVmEntitlements"] = append(pages["ListVmEntitlements"], len(out.Entitlements))
		for _, e := range out.Entitlements {
			statuses = append(statuses, aws.ToString(e.VmId)+"/"+string(e.Status)+"/"+fmt.Sprint(recent(e.StartedAt)))
		}
	}
	facts["entitlements"] = statuses
	gone := must(c.DeleteEntitlement(ctx, &evs.DeleteEntitlementInput{EnvironmentId: eid, ConnectorId: vc.ConnectorId, EntitlementType: types.EntitlementTypeWindowsServer, VmIds: vms}))("DeleteEntitlement")
	facts["entitlementsDeleted"] = string(gone.Entitlements[0].Status) + "/" + fmt.Sprint(recent(gone.Entitlements[0].StoppedAt))
	must(c.DeleteEnvironmentConnector(ctx, &evs.DeleteEnvironmentConnectorInput{EnvironmentId: eid, ConnectorId: vc.ConnectorId}))("DeleteEnvironmentConnector")
	facts["pages"] = pages

	must(c.TagResource(ctx, &evs.TagResourceInput{ResourceArn: arn, Tags: map[string]string{"cost": "lab"}}))("TagResource")
	must(c.UntagResource(ctx, &evs.UntagResourceInput{ResourceArn: arn, TagKeys: []string{"team"}}))("UntagResource")
	facts["tags"] = must(c.ListTagsForResource(ctx, &evs.ListTagsForResourceInput{ResourceArn: arn}))("ListTagsForResource").Tags
	versions := must(c.GetVersions(ctx, &evs.GetVersionsInput{}))("GetVersions")
	var vcf []string
	for _, v := range versions.VcfVersions {
		vcf = append(vcf, string(v.VcfVersion)+"@"+aws.ToString(v.DefaultEsxVersion))
	}
	facts["vcfVersions"] = vcf
	facts["instanceTypes"] = len(versions.InstanceTypeEsxVersions)
	d1 := must(c.GetDepotUrl(ctx, &evs.GetDepotUrlInput{EnvironmentId: eid}))("GetDepotUrl")
	d2 := must(c.GetDepotUrl(ctx, &evs.GetDepotUrlInput{EnvironmentId: eid, Rotate: aws.Bool(true)}))("GetDepotUrl")
	facts["depot"] = map[string]any{"tokenInUrl": strings.Contains(aws.ToString(d1.DepotUrl), aws.ToString(d1.Token)), "rotated": aws.ToString(d1.Token) != aws.ToString(d2.Token)}

	// Modelled errors, decoded into the SDK's typed errors.
	errs := map[string]any{}
	var ve *types.ValidationException
	// Over 200 tags in one request breaks the request's own limit (ValidationException, which
	// TagResource does not model, so the SDK gives a generic API error); 200 more on a tagged
	// environment break the resource's limit (ServiceQuotaExceededException).
	tags := func(n int) map[string]string {
		m := map[string]string{}
		for i := 0; i < n; i++ {
			m[fmt.Sprintf("k%03d", i)] = "v"
		}
		return m
	}
	var generic *smithy.GenericAPIError
	err = failing("TagResource", func() error {
		_, e := c.TagResource(ctx, &evs.TagResourceInput{ResourceArn: arn, Tags: tags(201)})
		return e
	}())
	errs["tagRequestOver200"] = map[string]any{"generic": errors.As(err, &generic), "details": errorFacts(err)}
	var sq *types.ServiceQuotaExceededException
	err = failing("TagResource", func() error {
		_, e := c.TagResource(ctx, &evs.TagResourceInput{ResourceArn: arn, Tags: tags(200)})
		return e
	}())
	errs["serviceQuotaExceeded"] = map[string]any{"typed": errors.As(err, &sq), "details": errorFacts(err)}

	// An environment holds 4 to 32 hosts: fill it up, then one more is refused.
	for i := 6; i <= 32; i++ {
		h := host(fmt.Sprintf("gosdk-esx-%d", i))
		must(c.CreateEnvironmentHost(ctx, &evs.CreateEnvironmentHostInput{EnvironmentId: eid, Host: &h}))("CreateEnvironmentHost")
	}
	extra := host("gosdk-esx-33")
	err = failing("CreateEnvironmentHost", func() error {
		_, e := c.CreateEnvironmentHost(ctx, &evs.CreateEnvironmentHostInput{EnvironmentId: eid, Host: &extra})
		return e
	}())
	if errors.As(err, &ve) {
		errs["hostLimit"] = map[string]any{"reason": ve.Reason, "details": errorFacts(err)}
	} else {
		errs["hostLimit"] = map[string]any{"untyped": err.Error()}
	}

	both := host("gosdk-esx-x")
	both.PlacementGroupId, both.DedicatedHostId = aws.String("pg-0123abce"), aws.String("h-0123abce")
	err = failing("CreateEnvironmentHost", func() error {
		_, e := c.CreateEnvironmentHost(ctx, &evs.CreateEnvironmentHostInput{EnvironmentId: eid, Host: &both})
		return e
	}())
	if errors.As(err, &ve) {
		var fields []string
		for _, f := range ve.FieldList {
			fields = append(fields, aws.ToString(f.Name)+": "+aws.ToString(f.Message))
		}
		errs["validation"] = map[string]any{"reason": ve.Reason, "fields": fields, "details": errorFacts(err)}
	} else {
		errs["validation"] = map[string]any{"untyped": err.Error()}
	}

	var th *types.ThrottlingException
	fault(controlURL, `{"throttleRate":1,"retryAfterSeconds":7,"operations":["GetVersions"],"seed":1}`)
	err = failing("GetVersions", func() error { _, e := c.GetVersions(ctx, &evs.GetVersionsInput{}); return e }())
	if errors.As(err, &th) {
		errs["throttling"] = map[string]any{"retryAfterSeconds": aws.ToInt32(th.RetryAfterSeconds), "details": errorFacts(err)}
	} else {
		errs["throttling"] = map[string]any{"untyped": err.Error()}
	}
	var ise *types.InternalServerException
	fault(controlURL, `{"errorRate":1,"operations":["GetVersions"],"seed":1}`)
	err = failing("GetVersions", func() error { _, e := c.GetVersions(ctx, &evs.GetVersionsInput{}); return e }())
	errs["internalServer"] = map[string]any{"typed": errors.As(err, &ise), "details": errorFacts(err)}
	fault(controlURL, "")

	for i := 1; i <= 32; i++ {
		must(c.DeleteEnvironmentHost(ctx, &evs.DeleteEnvironmentHostInput{EnvironmentId: eid, HostName: aws.String(fmt.Sprintf("gosdk-esx-%d", i))}))("DeleteEnvironmentHost")
	}
	deleted := must(c.DeleteEnvironment(ctx, &evs.DeleteEnvironmentInput{EnvironmentId: eid}))("DeleteEnvironment")
	facts["deletedState"] = deleted.Environment.EnvironmentState
	var nf *types.ResourceNotFoundException
	err = failing("GetEnvironment", func() error { _, e := c.GetEnvironment(ctx, &evs.GetEnvironmentInput{EnvironmentId: eid}); return e }())
	if errors.As(err, &nf) {
		errs["notFound"] = map[string]any{"resourceId": aws.ToString(nf.ResourceId), "resourceType": aws.ToString(nf.ResourceType), "details": errorFacts(err)}
	} else {
		errs["notFound"] = map[string]any{"untyped": err.Error()}
	}
	facts["errors"] = errs

	names := make([]string, 0, len(called))
	for op := range called {
		names = append(names, op)
	}
	sort.Strings(names)
	sort.Strings(operations)
	out, _ := json.Marshal(map[string]any{"operations": operations, "called": names, "facts": facts})
	fmt.Println(string(out))
}
