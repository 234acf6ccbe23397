/**
 * One EVS environment connector, its outputs, and a listing of the environment's connectors.
 * The synthesized stack names no endpoint: it runs against AWS, or against the local EVS service
 * when AWS_ENDPOINT_URL_EVS points at it where the engine runs (init / apply).
 *
 * The Python (../python/main.py) and Go (../go/main.go) versions synthesize the same cdk.tf.json.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ConnectorOutputs,
  ConnectorSecret,
  ConnectorType,
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
  }
}

const app = new App();
new EvsDemo(app, 'evs-demo');
app.synth();
