/**
 * One EVS environment connector, its outputs, Windows Server entitlements for two VMs through it,
 * a lookup of the environment and a listing of its connectors.
 * The synthesized stack names no endpoint: it runs against AWS, or against the local EVS service
 * when AWS_ENDPOINT_URL_EVS points at it where the engine runs (init / apply).
 *
 * The Python (../python/main.py) and Go (../go/main.go) versions synthesize the same cdk.tf.json.
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ConnectorOutputs,
  ConnectorSecret,
  ConnectorType,
  DataEnvironment,
  DataEnvironmentConnectors,
  EnvironmentConnector,
  EvsProvider,
} from '@evslabs/cdktf-evs';

class EvsDemo extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new EvsProvider(this, 'evs', { region: process.env.AWS_REGION ?? 'us-east-1' });
    const environmentId = process.env.EVS_ENVIRONMENT_ID ?? 'env-0000000001';
    const vcenter = new EnvironmentConnector(this, 'vcenter', {
      environmentId,
      type: ConnectorType.VCENTER,
      applianceFqdn: 'vcenter.example.internal',
      secret: ConnectorSecret.fromArn('arn:aws:secretsmanager:us-east-1:123456789012:secret:evs/vcenter-AbCdEf'),
      timeouts: { create: '10m', delete: '10m' },
    });
    new ConnectorOutputs(this, 'vcenter_outputs', { connector: vcenter, prefix: 'vcenter' });
    new DataEnvironmentConnectors(this, 'all', { environmentId, dependsOn: [vcenter] });
    // vm-1001 and vm-1002 are VMs the vCenter Server holds (the local EVS service has vm-1001 … vm-1020).
    const windows = vcenter.entitleVms('windows', { vmIds: ['vm-1001', 'vm-1002'] });
    new TerraformOutput(this, 'windows_vms', { value: windows.vms, description: 'Each VM\'s entitlement: id, name, status, times' });
    const environment = new DataEnvironment(this, 'environment', { environmentId });
    new TerraformOutput(this, 'environment_state', { value: environment.state, description: 'Lifecycle state of the environment' });
  }
}

const app = new App();
new EvsDemo(app, 'evs-demo');
app.synth();
