#!/usr/bin/env python3
"""One EVS environment connector, its outputs, Windows Server entitlements for two VMs through it,
a lookup of the environment and a listing of its connectors.

The same program as ../typescript/main.ts; both synthesize the same cdk.tf.json, which names no
endpoint: AWS_ENDPOINT_URL_EVS, where the engine runs, points it at the local EVS service.
Uses the cdktf variant (`evslabs_cdktf_evs`); with CDK Terrain import `cdktn` and `evslabs_cdktn_evs`.
"""
import os

from constructs import Construct
from cdktf import App, TerraformOutput, TerraformStack

from evslabs_cdktf_evs import (
    ConnectorOutputs,
    ConnectorSecret,
    ConnectorType,
    DataEnvironment,
    DataEnvironmentConnectors,
    EnvironmentConnector,
    EvsProvider,
)
from evslabs_cdktf_evs.bindings.environment_connector import EnvironmentConnectorTimeouts


class EvsDemo(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        EvsProvider(self, "evs", region=os.environ.get("AWS_REGION", "us-east-1"))
        environment_id = os.environ.get("EVS_ENVIRONMENT_ID", "env-0000000001")
        vcenter = EnvironmentConnector(
            self,
            "vcenter",
            environment_id=environment_id,
            type=ConnectorType.VCENTER,
            appliance_fqdn="vcenter.example.internal",
            secret=ConnectorSecret.from_arn("arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter-AbCdEf"),
            timeouts=EnvironmentConnectorTimeouts(create="10m", delete="10m"),
        )
        ConnectorOutputs(self, "vcenter_outputs", connector=vcenter, prefix="vcenter")
        DataEnvironmentConnectors(self, "all", environment_id=environment_id, depends_on=[vcenter])
        # vm-1001 and vm-1002 are VMs the vCenter Server holds (the local EVS service has vm-1001 … vm-1020).
        windows = vcenter.entitle_vms("windows", vm_ids=["vm-1001", "vm-1002"])
        TerraformOutput(self, "windows_vms", value=windows.vms, description="Each VM's entitlement: id, name, status, times")
        environment = DataEnvironment(self, "environment", environment_id=environment_id)
        TerraformOutput(self, "environment_state", value=environment.state, description="Lifecycle state of the environment")


app = App()
EvsDemo(app, "evs-demo")
app.synth()
