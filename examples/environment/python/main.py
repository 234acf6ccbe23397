#!/usr/bin/env python3
"""A whole EVS deployment in one stack: the VPC and the service access subnet, an EVS environment
(VCF 5.2.2, ten VLANs laid out from one block, four i4i.metal hosts), a fifth host added later, the
vCenter connector with its Secrets Manager secret (tagged EvsAccess=true, as EVS requires) and
Windows Server entitlements for VMs through it. The AWS resources come from the prebuilt bindings
`cdktf-cdktf-provider-aws`; the EVS ones from this library.

The same program as ../typescript/main.ts; both synthesize the same stack.
"""
import os

from cdktf import App, TerraformOutput, TerraformStack, TerraformVariable
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.secretsmanager_secret import SecretsmanagerSecret
from cdktf_cdktf_provider_aws.secretsmanager_secret_version import SecretsmanagerSecretVersion
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc
from constructs import Construct

from evslabs_cdktf_evs import (
    ConnectorSecret,
    ConnectorType,
    Environment,
    EvsProvider,
    InitialHost,
    InitialVlans,
    InstanceType,
    VcfVersion,
)
from evslabs_cdktf_evs.bindings.environment import EnvironmentLicenseInfo, EnvironmentVcfHostnames


class EvsEnvironmentStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        region = os.environ.get("AWS_REGION", "us-east-1")
        AwsProvider(self, "aws", region=region)
        EvsProvider(self, "evs", region=region)

        def variable(name: str, description: str, sensitive: bool = False, type: str = "string") -> TerraformVariable:
            return TerraformVariable(self, name, type=type, description=description, sensitive=sensitive)

        key_name = variable("key_name", "EC2 key pair for the ESX hosts")
        solution_key = variable("vcf_solution_key", "VCF solution key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)", True)
        vsan_key = variable("vsan_license_key", "vSAN licence key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)", True)
        site_id = variable("broadcom_site_id", "Broadcom Site ID of the VCF licence")
        peers = variable("route_server_peer_ids", "The two VPC Route Server peer ids of the NSX uplink", False, "list(string)")
        vcenter_credentials = variable(
            "vcenter_credentials", 'vCenter credentials for the connector, as JSON: {"username": "...", "password": "..."}', True
        )
        windows_vms = variable("windows_vm_ids", 'vSphere ids of the Windows Server VMs to entitle, e.g. ["vm-1001"]', False, "list(string)")

        vpc = Vpc(self, "vpc", cidr_block="10.0.0.0/16", enable_dns_support=True, enable_dns_hostnames=True, tags={"Name": "evs-lab"})
        service_access = Subnet(
            self, "service_access", vpc_id=vpc.id, cidr_block="10.0.0.0/24", availability_zone=f"{region}a", tags={"Name": "evs-service-access"}
        )

        # Replacing an environment destroys it and its VMs: in production add lifecycle=TerraformResourceLifecycle(prevent_destroy=True).
        environment = Environment(
            self,
            "environment",
            environment_name="evs-lab",
            vpc_id=vpc.id,
            service_access_subnet_id=service_access.id,
            vcf_version=VcfVersion.VCF_5_2_2,
            terms_accepted=True,
            initial_vlans=InitialVlans.from_cidr_block("10.0.16.0/20"),  # ten /24s: 10.0.16.0/24 … 10.0.25.0/24
            hosts=InitialHost.numbered("esx", 4, key_name=key_name.string_value, instance_type=InstanceType.I4_I_METAL),
            license_info=EnvironmentLicenseInfo(solution_key=solution_key.string_value, vsan_key=vsan_key.string_value),
            vcf_hostnames=EnvironmentVcfHostnames(
                vcenter="vcenter", nsx="nsx", nsx_manager1="nsx-m1", nsx_manager2="nsx-m2", nsx_manager3="nsx-m3",
                nsx_edge1="nsx-edge1", nsx_edge2="nsx-edge2", sddc_manager="sddc-manager", cloud_builder="cloud-builder",
            ),
            site_id=site_id.string_value,
            route_server_peerings=peers.list_value,
            tags={"Project": "evs-lab"},
        )
        environment.add_host("esx05", host_name="esx-05", key_name=key_name.string_value, instance_type=InstanceType.I4_I_METAL)

        secret = SecretsmanagerSecret(self, "vcenter_secret", name_prefix="evs/vcenter-", tags={"EvsAccess": "true"})
        secret_value = SecretsmanagerSecretVersion(
            self, "vcenter_secret_value", secret_id=secret.id, secret_string=vcenter_credentials.string_value
        )
        vcenter = environment.add_connector(
            "vcenter",
            type=ConnectorType.VCENTER,
            appliance_fqdn="vcenter.evs.example.internal",
            secret=ConnectorSecret.from_secretsmanager_secret(secret),
            depends_on=[secret_value],
        )
        vcenter.entitle_vms("windows", vm_ids=windows_vms.list_value)

        TerraformOutput(self, "environment_id", value=environment.environment_id)
        TerraformOutput(self, "environment_arn", value=environment.arn)
        TerraformOutput(self, "environment_state", value=environment.state)
        TerraformOutput(self, "vcf_credential_secret_arns", value=environment.credential_secret_arns)
        TerraformOutput(self, "vcenter_connector_id", value=vcenter.connector_id)


app = App()
EvsEnvironmentStack(app, "evs-environment")
app.synth()
