/**
 * A whole EVS deployment in one stack: the VPC and the service access subnet, an EVS environment
 * (VCF 5.2.2, ten VLANs laid out from one block, four i4i.metal hosts), a fifth host added later,
 * the vCenter connector with its Secrets Manager secret (tagged EvsAccess=true, as EVS requires)
 * and Windows Server entitlements for VMs through it. The AWS resources come from the prebuilt
 * bindings `@cdktf/provider-aws`; the EVS ones from this library.
 *
 * Secrets and account-specific values are Terraform variables (see ../README.md); the Python
 * (../python/main.py) and Go (../go/main.go) versions synthesize the same stack.
 */
import { App, TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { SecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/secretsmanager-secret-version';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import {
  ConnectorSecret,
  ConnectorType,
  Environment,
  EvsProvider,
  InitialHost,
  InitialVlans,
  InstanceType,
  VcfVersion,
} from '@evslabs/cdktf-evs';

class EvsEnvironmentStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const region = process.env.AWS_REGION ?? 'us-east-1';
    new AwsProvider(this, 'aws', { region });
    new EvsProvider(this, 'evs', { region });

    const variable = (name: string, description: string, sensitive = false, type = 'string') =>
      new TerraformVariable(this, name, { type, description, sensitive });
    const keyName = variable('key_name', 'EC2 key pair for the ESX hosts');
    const solutionKey = variable('vcf_solution_key', 'VCF solution key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)', true);
    const vsanKey = variable('vsan_license_key', 'vSAN licence key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)', true);
    const siteId = variable('broadcom_site_id', 'Broadcom Site ID of the VCF licence');
    const peers = variable('route_server_peer_ids', 'The two VPC Route Server peer ids of the NSX uplink', false, 'list(string)');
    const vcenterCredentials = variable('vcenter_credentials', 'vCenter credentials for the connector, as JSON: {"username": "...", "password": "..."}', true);
    const windowsVms = variable('windows_vm_ids', 'vSphere ids of the Windows Server VMs to entitle, e.g. ["vm-1001"]', false, 'list(string)');

    const vpc = new Vpc(this, 'vpc', { cidrBlock: '10.0.0.0/16', enableDnsSupport: true, enableDnsHostnames: true, tags: { Name: 'evs-lab' } });
    const serviceAccess = new Subnet(this, 'service_access', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24', availabilityZone: `${region}a`, tags: { Name: 'evs-service-access' } });

    // Replacing an environment destroys it and its VMs: in production add lifecycle: { preventDestroy: true }.
    const environment = new Environment(this, 'environment', {
      environmentName: 'evs-lab',
      vpcId: vpc.id,
      serviceAccessSubnetId: serviceAccess.id,
      vcfVersion: VcfVersion.VCF_5_2_2,
      termsAccepted: true,
      initialVlans: InitialVlans.fromCidrBlock('10.0.16.0/20'), // ten /24s: 10.0.16.0/24 … 10.0.25.0/24
      hosts: InitialHost.numbered('esx', 4, { keyName: keyName.stringValue, instanceType: InstanceType.I4I_METAL }),
      licenseInfo: { solutionKey: solutionKey.stringValue, vsanKey: vsanKey.stringValue },
      vcfHostnames: {
        vcenter: 'vcenter', nsx: 'nsx', nsxManager1: 'nsx-m1', nsxManager2: 'nsx-m2', nsxManager3: 'nsx-m3',
        nsxEdge1: 'nsx-edge1', nsxEdge2: 'nsx-edge2', sddcManager: 'sddc-manager', cloudBuilder: 'cloud-builder',
      },
      siteId: siteId.stringValue,
      routeServerPeerings: peers.listValue,
      tags: { Project: 'evs-lab' },
    });
    environment.addHost('esx05', { hostName: 'esx-05', keyName: keyName.stringValue, instanceType: InstanceType.I4I_METAL });

    const secret = new SecretsmanagerSecret(this, 'vcenter_secret', { namePrefix: 'evs/vcenter-', tags: { EvsAccess: 'true' } });
    const secretValue = new SecretsmanagerSecretVersion(this, 'vcenter_secret_value', { secretId: secret.id, secretString: vcenterCredentials.stringValue });
    const vcenter = environment.addConnector('vcenter', {
      type: ConnectorType.VCENTER,
      applianceFqdn: 'vcenter.evs.example.internal',
      secret: ConnectorSecret.fromSecretsmanagerSecret(secret),
      dependsOn: [secretValue],
    });
    vcenter.entitleVms('windows', { vmIds: windowsVms.listValue });

    new TerraformOutput(this, 'environment_id', { value: environment.environmentId });
    new TerraformOutput(this, 'environment_arn', { value: environment.arn });
    new TerraformOutput(this, 'environment_state', { value: environment.state });
    new TerraformOutput(this, 'vcf_credential_secret_arns', { value: environment.credentialSecretArns });
    new TerraformOutput(this, 'vcenter_connector_id', { value: vcenter.connectorId });
  }
}

const app = new App();
new EvsEnvironmentStack(app, 'evs-environment');
app.synth();
