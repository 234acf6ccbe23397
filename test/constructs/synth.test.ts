import './setup';
import { App, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import type { Construct } from 'constructs';
import {
  AccountSetting,
  AccountSettingName,
  ConnectorOutputs,
  ConnectorSecret,
  ConnectorState,
  ConnectorType,
  DataAccountSettings,
  DataEnvironment,
  DataEnvironmentConnector,
  DataEnvironmentConnectors,
  DataEnvironments,
  DataVmEntitlements,
  EntitlementType,
  EnvironmentConnector,
  EnvironmentState,
  VmEntitlement,
  EvsProvider,
  bindings,
} from '../../src';
import { propertyName } from '../../src/constructs/validation';
import { DATA_CONNECTOR, DATA_CONNECTORS, DATA_ENVIRONMENT, DATA_ENVIRONMENTS, DATA_VM_ENTITLEMENTS, PROVIDER_FULL_SOURCE, RESOURCE_CONNECTOR, RESOURCE_VM_ENTITLEMENT } from '../../src/names';

const ENV = 'env-abcdefghij';
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:vcenter-AbCdEf';

function connector(scope: Construct, overrides: Partial<ConstructorParameters<typeof EnvironmentConnector>[2]> = {}) {
  return new EnvironmentConnector(scope, 'vcenter', {
    environmentId: ENV,
    type: ConnectorType.VCENTER,
    applianceFqdn: 'vcenter.example.internal',
    secret: ConnectorSecret.fromArn(ARN),
    ...overrides,
  });
}

describe('EnvironmentConnector synthesis', () => {
  test('every argument reaches cdk.tf.json under its schema name', () => {
    const out = Testing.synthScope((scope) => {
      connector(scope, { waitForHealthy: true, timeouts: { create: '30m', delete: '10m' } });
    });
    expect(out).toHaveResourceWithProperties(bindings.environmentConnector.EnvironmentConnector, {
      environment_id: ENV,
      type: 'VCENTER',
      appliance_fqdn: 'vcenter.example.internal',
      secret_identifier: ARN,
      wait_for_healthy: true,
      timeouts: { create: '30m', delete: '10m' },
    });
  });

  test('attributes are references the engine resolves', () => {
    const out = Testing.synthScope((scope) => {
      const c = connector(scope);
      new ConnectorOutputs(scope, 'main', { connector: c });
    });
    const json = JSON.parse(out);
    expect(json.output).toEqual({
      main_connector_id: expect.objectContaining({ value: '${evs_environment_connector.vcenter.connector_id}' }),
      main_state: expect.objectContaining({ value: '${evs_environment_connector.vcenter.state}' }),
      main_status: expect.objectContaining({ value: '${evs_environment_connector.vcenter.status}' }),
      main_healthy: expect.objectContaining({ value: '${(evs_environment_connector.vcenter.status == "PASSED")}' }),
    });
  });

  test('a Secrets Manager secret resource is referenced by its arn', () => {
    const out = Testing.synthScope((scope) => {
      const secret = new TerraformResource(scope, 'creds', { terraformResourceType: 'aws_secretsmanager_secret' });
      connector(scope, { secret: ConnectorSecret.fromSecretsmanagerSecret(secret) });
    });
    expect(out).toHaveResourceWithProperties(EnvironmentConnector, {
      secret_identifier: '${aws_secretsmanager_secret.creds.arn}',
    });
  });

  test('a resource of another type is refused as a secret', () => {
    expect(() =>
      Testing.synthScope((scope) => {
        const bucket = new TerraformResource(scope, 'bucket', { terraformResourceType: 'aws_s3_bucket' });
        ConnectorSecret.fromSecretsmanagerSecret(bucket);
      }),
    ).toThrow(/bucket is a aws_s3_bucket, not an aws_secretsmanager_secret/);
  });

  test('secret names and generic identifiers are accepted', () => {
    const out = Testing.synthScope((scope) => {
      connector(scope, { secret: ConnectorSecret.fromName('evs/vcenter') });
      new EnvironmentConnector(scope, 'sddc', {
        environmentId: ENV,
        type: ConnectorType.SDDC_MANAGER,
        applianceFqdn: 'sddc.example.internal',
        secret: ConnectorSecret.fromIdentifier('sddc-creds'),
      });
    });
    expect(out).toHaveResourceWithProperties(EnvironmentConnector, { secret_identifier: 'evs/vcenter' });
    expect(out).toHaveResourceWithProperties(EnvironmentConnector, { type: 'SDDC_MANAGER', secret_identifier: 'sddc-creds' });
  });

  test('importFrom emits an import block, generateConfigForImport an importable resource', () => {
    const out = Testing.synthScope((scope) => {
      connector(scope).importFrom('env-abcdefghij/cnctr-0123456789');
      EnvironmentConnector.generateConfigForImport(scope, 'existing', 'env-abcdefghij/cnctr-9876543210');
    });
    const json = JSON.parse(out);
    expect(json.import).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'env-abcdefghij/cnctr-0123456789', to: `${RESOURCE_CONNECTOR}.vcenter` }),
        expect.objectContaining({ id: 'env-abcdefghij/cnctr-9876543210', to: `${RESOURCE_CONNECTOR}.existing` }),
      ]),
    );
  });

  test('synth --hcl carries the attributes too', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'hcl');
    new EvsProvider(stack, 'evs', { region: 'us-east-1', endpoint: 'http://127.0.0.1:4566', bundledProvider: false });
    connector(stack, { waitForHealthy: false, timeouts: { create: '5m' } });
    const hcl = Testing.synthHcl(stack) as string;
    expect(hcl).toMatch(/resource "evs_environment_connector" "vcenter" \{/);
    expect(hcl).toMatch(/environment_id\s+= "env-abcdefghij"/);
    expect(hcl).toMatch(/appliance_fqdn\s+= "vcenter.example.internal"/);
    expect(hcl).toMatch(/secret_identifier\s+= "arn:aws:secretsmanager/);
    expect(hcl).toMatch(/type\s+= "VCENTER"/);
    expect(hcl).toMatch(/timeouts \{\s*create = "5m"/);
    expect(hcl).toMatch(/endpoint\s+= "http:\/\/127.0.0.1:4566"/);
  });
});

describe('VmEntitlement', () => {
  test('every argument reaches cdk.tf.json under its schema name', () => {
    const out = Testing.synthScope((scope) => {
      new VmEntitlement(scope, 'windows', {
        environmentId: ENV,
        connectorId: 'cnctr-0123456789',
        entitlementType: EntitlementType.WINDOWS_SERVER,
        vmIds: ['vm-1001', 'vm-1002'],
        timeouts: { create: '20m' },
      });
    });
    expect(out).toHaveResourceWithProperties(VmEntitlement, {
      environment_id: ENV,
      connector_id: 'cnctr-0123456789',
      entitlement_type: 'WINDOWS_SERVER',
      vm_ids: ['vm-1001', 'vm-1002'],
      timeouts: { create: '20m' },
    });
  });

  test('entitleVms wires the connector beside it; the type is left to the provider default', () => {
    const out = Testing.synthScope((scope) => {
      const windows = connector(scope).entitleVms('windows', { vmIds: ['vm-1001'] });
      new TerraformOutput(scope, 'first', { value: windows.vms.get(0).status });
    });
    const json = JSON.parse(out);
    expect(json.resource[RESOURCE_VM_ENTITLEMENT].windows).toEqual({
      environment_id: ENV,
      connector_id: '${evs_environment_connector.vcenter.connector_id}',
      vm_ids: ['vm-1001'],
    });
    expect(json.output.first.value).toBe('${evs_vm_entitlement.windows.vms[0].status}');
  });

  test('entitleVms through a non-VCENTER connector is refused, naming the connector and its type', () => {
    expect(() =>
      Testing.synthScope((scope) => {
        connector(scope, { type: ConnectorType.SDDC_MANAGER, applianceFqdn: 'sddc.example.internal' }).entitleVms('windows', { vmIds: ['vm-1001'] });
      }),
    ).toThrow(/vcenter: invalid type: "SDDC_MANAGER" connectors cannot entitle VMs \(entitleVms "windows"\); VM entitlements go through the environment's VCENTER connector/);
  });

  test('VM ids and connector ids from references are left to the engine', () => {
    const out = Testing.synthScope((scope) => {
      const list = new DataEnvironmentConnectors(scope, 'all', { environmentId: ENV });
      new VmEntitlement(scope, 'windows', { environmentId: ENV, connectorId: list.connectors.get(0).connectorId, vmIds: list.ids });
    });
    expect(out).toHaveResourceWithProperties(VmEntitlement, { vm_ids: '${data.evs_environment_connectors.all.ids}' });
  });
});

describe('AccountSetting and DataAccountSettings', () => {
  test('name and value reach cdk.tf.json; a name from a variable and a value read from the data source are left to the engine', () => {
    const out = Testing.synthScope((scope) => {
      new AccountSetting(scope, 'cores', { name: AccountSettingName.VCF_PORTED_CORE_COUNT, value: '256' });
      const all = new DataAccountSettings(scope, 'all');
      new AccountSetting(scope, 'copy', { name: AccountSettingName.of(new TerraformVariable(scope, 'setting', { type: 'string' }).stringValue), value: all.settingValue(AccountSettingName.VCF_PORTED_CORE_COUNT) });
    });
    expect(out).toHaveResourceWithProperties(AccountSetting, { name: 'vcfPortedCoreCount', value: '256' });
    expect(out).toHaveResourceWithProperties(AccountSetting, { name: '${var.setting}', value: '${data.evs_account_settings.all.values["vcfPortedCoreCount"]}' });
    expect(JSON.parse(out).data).toEqual({ evs_account_settings: { all: {} } });
    expect(AccountSettingName.VCF_PORTED_CORE_COUNT.toString()).toBe('vcfPortedCoreCount');
  });

  test.each([
    [AccountSettingName.of('vcf_ported_core_count'), '1', /c: invalid name: "vcf_ported_core_count" is not valid; expected 1 to 128 letters or digits/],
    [AccountSettingName.of('portedCores'), '1', /c: invalid name: "portedCores" is not an EVS account setting; expected one of vcfPortedCoreCount/],
    [AccountSettingName.VCF_PORTED_CORE_COUNT, '1000001', /c: invalid value: "1000001" is not valid for vcfPortedCoreCount; expected a whole number of cores from 0 to 1000000/],
    [AccountSettingName.VCF_PORTED_CORE_COUNT, '2.5', /c: invalid value: "2.5" is not valid; expected 1 to 128 letters or digits/],
  ])('%s = %j is refused at synth', (name, value, message) => {
    expect(() => Testing.synthScope((s) => new AccountSetting(s, 'c', { name, value }))).toThrow(message);
  });
});

describe('EvsProvider', () => {
  test('every provider setting is synthesized, with the source address', () => {
    const out = Testing.synthScope((scope) => {
      new EvsProvider(scope, 'evs', {
        region: 'eu-west-1',
        profile: 'ops',
        sharedConfigFiles: ['/tmp/config'],
        sharedCredentialsFiles: ['/tmp/credentials'],
        accessKey: 'AKIDEXAMPLE',
        secretKey: 'secret',
        token: 'session',
        assumeRole: { roleArn: 'arn:aws:iam::123456789012:role/evs', sessionName: 's', externalId: 'x', duration: '1h' },
        endpoint: 'http://127.0.0.1:4566',
        maxRetries: 3,
        retryMode: 'adaptive',
        alias: 'eu',
      });
    });
    const json = JSON.parse(out);
    expect(json.provider.evs[0]).toEqual({
      region: 'eu-west-1',
      profile: 'ops',
      shared_config_files: ['/tmp/config'],
      shared_credentials_files: ['/tmp/credentials'],
      access_key: 'AKIDEXAMPLE',
      secret_key: 'secret',
      token: 'session',
      // a list block of at most one element: cdktf writes the single object, which Terraform accepts
      assume_role: { role_arn: 'arn:aws:iam::123456789012:role/evs', session_name: 's', external_id: 'x', duration: '1h' },
      endpoint: 'http://127.0.0.1:4566',
      max_retries: 3,
      retry_mode: 'adaptive',
      alias: 'eu',
    });
    expect(json.terraform.required_providers.evs.source).toBe(PROVIDER_FULL_SOURCE);
  });

  test('a negative max_retries is refused naming the property', () => {
    expect(() => Testing.synthScope((scope) => new EvsProvider(scope, 'evs', { maxRetries: -1 }))).toThrow(/evs: invalid maxRetries: -1/);
  });
});

describe('data sources', () => {
  test('the environment data sources synthesize their arguments', () => {
    const out = Testing.synthScope((scope) => {
      new DataEnvironment(scope, 'byid', { environmentId: ENV });
      new DataEnvironment(scope, 'byname', { environmentName: 'lab_1' });
      new DataEnvironments(scope, 'created', { states: [EnvironmentState.CREATED, EnvironmentState.CREATING] });
      new DataEnvironments(scope, 'every');
    });
    expect(out).toHaveDataSourceWithProperties(DataEnvironment, { environment_id: ENV });
    expect(out).toHaveDataSourceWithProperties(DataEnvironment, { environment_name: 'lab_1' });
    expect(out).toHaveDataSourceWithProperties(DataEnvironments, { states: ['CREATED', 'CREATING'] });
    const json = JSON.parse(out);
    expect(Object.keys(json.data).sort()).toEqual([DATA_ENVIRONMENT, DATA_ENVIRONMENTS].sort());
    expect(json.data[DATA_ENVIRONMENTS].every).toEqual({});
  });

  test('the connector data sources synthesize their arguments', () => {
    const out = Testing.synthScope((scope) => {
      new DataEnvironmentConnector(scope, 'one', { environmentId: ENV, type: ConnectorType.VCENTER });
      new DataEnvironmentConnector(scope, 'byid', { environmentId: ENV, connectorId: 'cnctr-0123456789' });
      new DataEnvironmentConnectors(scope, 'all', {
        environmentId: ENV,
        types: [ConnectorType.VCENTER, ConnectorType.SDDC_MANAGER],
        states: [ConnectorState.ACTIVE],
      });
    });
    expect(out).toHaveDataSourceWithProperties(DataEnvironmentConnector, { environment_id: ENV, type: 'VCENTER' });
    expect(out).toHaveDataSourceWithProperties(DataEnvironmentConnector, { connector_id: 'cnctr-0123456789' });
    expect(out).toHaveDataSourceWithProperties(DataEnvironmentConnectors, {
      environment_id: ENV,
      types: ['VCENTER', 'SDDC_MANAGER'],
      states: ['ACTIVE'],
    });
    const json = JSON.parse(out);
    expect(Object.keys(json.data).sort()).toEqual([DATA_CONNECTOR, DATA_CONNECTORS].sort());
  });

  test('the VM entitlements data source synthesizes its arguments', () => {
    const out = Testing.synthScope((scope) => {
      new DataVmEntitlements(scope, 'windows', { environmentId: ENV, connectorId: 'cnctr-0123456789', entitlementType: EntitlementType.WINDOWS_SERVER });
    });
    expect(out).toHaveDataSourceWithProperties(DataVmEntitlements, { environment_id: ENV, connector_id: 'cnctr-0123456789', entitlement_type: 'WINDOWS_SERVER' });
    expect(Object.keys(JSON.parse(out).data)).toEqual([DATA_VM_ENTITLEMENTS]);
  });
});

describe('bad input is refused at synth, naming the property', () => {
  const cases: Array<[string, () => void, RegExp]> = [
    ['environmentId', () => Testing.synthScope((s) => connector(s, { environmentId: 'env-123' })), /vcenter: invalid environmentId: "env-123" is not valid; expected "env-" followed by 10/],
    ['applianceFqdn', () => Testing.synthScope((s) => connector(s, { applianceFqdn: 'bad host.example' })), /vcenter: invalid applianceFqdn: "bad host.example" is not valid/],
    ['applianceFqdn length', () => Testing.synthScope((s) => connector(s, { applianceFqdn: `${'a'.repeat(60)}.`.repeat(5) + 'com' })), /invalid applianceFqdn: is 308 characters long, more than the 253 allowed/],
    ['type', () => Testing.synthScope((s) => connector(s, { type: 'NSX' as ConnectorType })), /vcenter: invalid type: "NSX" is not one of OPERATIONS_MANAGER, SDDC_MANAGER, VCENTER/],
    ['secret (not an ARN)', () => Testing.synthScope((s) => connector(s, { secret: ConnectorSecret.fromArn('vcenter-creds') })), /vcenter: invalid secret: "vcenter-creds" was given to ConnectorSecret.fromArn but is not an ARN/],
    ['secret (ARN as name)', () => Testing.synthScope((s) => connector(s, { secret: ConnectorSecret.fromName(ARN) })), /invalid secret: .* is an ARN; use ConnectorSecret.fromArn/],
    ['secret (bad characters)', () => Testing.synthScope((s) => connector(s, { secret: ConnectorSecret.fromName('my secret') })), /vcenter: invalid secret: "my secret" is not valid; expected a Secrets Manager secret ARN/],
    ['secret (other partition)', () => Testing.synthScope((s) => connector(s, { secret: ConnectorSecret.fromArn('arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:x') })), /invalid secret: .* is not valid/],
    ['data connectorId', () => Testing.synthScope((s) => new DataEnvironmentConnector(s, 'd', { environmentId: ENV, connectorId: 'connector-1' })), /d: invalid connectorId: "connector-1" is not valid; expected "cnctr-"/],
    ['data states', () => Testing.synthScope((s) => new DataEnvironmentConnectors(s, 'l', { environmentId: ENV, states: ['RUNNING' as ConnectorState] })), /l: invalid states\[0\]: "RUNNING" is not one of/],
    ['environment id', () => Testing.synthScope((s) => new DataEnvironment(s, 'e', { environmentId: 'env-1' })), /e: invalid environmentId: "env-1" is not valid; expected "env-"/],
    ['environment name', () => Testing.synthScope((s) => new DataEnvironment(s, 'e', { environmentName: 'my lab' })), /e: invalid environmentName: "my lab" is not valid; expected 1 to 100 letters/],
    ['environment neither', () => Testing.synthScope((s) => new DataEnvironment(s, 'e', {})), /e: invalid environmentId: neither environmentId nor environmentName is set; set exactly one of them/],
    ['environment both', () => Testing.synthScope((s) => new DataEnvironment(s, 'e', { environmentId: ENV, environmentName: 'lab' })), /e: invalid environmentId: both environmentId and environmentName are set/],
    ['entitlement vmIds empty', () => Testing.synthScope((s) => new VmEntitlement(s, 'w', { environmentId: ENV, connectorId: 'cnctr-0123456789', vmIds: [] })), /w: invalid vmIds: is empty; list at least one VM id, e.g. vm-1001/],
    ['entitlement vmIds item', () => Testing.synthScope((s) => new VmEntitlement(s, 'w', { environmentId: ENV, connectorId: 'cnctr-0123456789', vmIds: ['vm-1001', 'VM-12'] })), /w: invalid vmIds\[1\]: "VM-12" is not valid; expected a vSphere VM managed object id/],
    ['entitlement vmIds twice', () => Testing.synthScope((s) => new VmEntitlement(s, 'w', { environmentId: ENV, connectorId: 'cnctr-0123456789', vmIds: ['vm-1001', 'vm-1001'] })), /w: invalid vmIds\[1\]: "vm-1001" is listed more than once/],
    ['entitlement connectorId', () => Testing.synthScope((s) => new VmEntitlement(s, 'w', { environmentId: ENV, connectorId: 'cnctr-1', vmIds: ['vm-1001'] })), /w: invalid connectorId: "cnctr-1" is not valid/],
    ['entitlement environmentId', () => Testing.synthScope((s) => connector(s, { environmentId: 'env-x' }).entitleVms('w', { vmIds: ['vm-1001'] })), /vcenter: invalid environmentId: "env-x"/],
    ['entitlement type', () => Testing.synthScope((s) => new VmEntitlement(s, 'w', { environmentId: ENV, connectorId: 'cnctr-0123456789', vmIds: ['vm-1001'], entitlementType: 'LINUX' as EntitlementType })), /w: invalid entitlementType: "LINUX" is not one of WINDOWS_SERVER/],
    ['entitlements data connectorId', () => Testing.synthScope((s) => new DataVmEntitlements(s, 'd', { environmentId: ENV, connectorId: 'x' })), /d: invalid connectorId: "x" is not valid/],
    ['environment states', () => Testing.synthScope((s) => new DataEnvironments(s, 'l', { states: ['ACTIVE' as EnvironmentState] })), /l: invalid states\[0\]: "ACTIVE" is not one of CREATING, CREATED, DELETING, DELETED, CREATE_FAILED/],
  ];
  test.each(cases)('%s', (_name, run, message) => {
    expect(run).toThrow(message);
  });

  test('the property is named as the calling language spells it (jsii-pacmak\'s renaming), with the path and value', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { toPascalCase, toSnakeCase } = require('codemaker') as { toPascalCase(s: string): string; toSnakeCase(s: string): string };
    for (const name of ['environmentId', 'connectorId', 'applianceFqdn', 'secret', 'type', 'types', 'states', 'maxRetries']) {
      expect(propertyName(name, 'Python/3.12.1')).toBe(toSnakeCase(name));
      expect(propertyName(name, 'go1.25.1/linux/amd64')).toBe(toPascalCase(name));
      expect(propertyName(name, undefined)).toBe(name);
    }
    expect(propertyName('states[0]', 'Python/3.12.1')).toBe('states[0]');
    const previous = process.env.JSII_AGENT;
    try {
      process.env.JSII_AGENT = 'Python/3.12.1';
      expect(() => Testing.synthScope((s) => connector(s, { applianceFqdn: 'bad host' }))).toThrow(/vcenter: invalid appliance_fqdn: "bad host" is not valid/);
      process.env.JSII_AGENT = 'go1.25.1/linux/amd64';
      expect(() => Testing.synthScope((s) => connector(s, { applianceFqdn: 'bad host' }))).toThrow(/vcenter: invalid ApplianceFqdn: "bad host" is not valid/);
    } finally {
      if (previous === undefined) delete process.env.JSII_AGENT;
      else process.env.JSII_AGENT = previous;
    }
  });

  test('tokens are left to the engine', () => {
    const out = Testing.synthScope((scope) => {
      const other = connector(scope);
      new EnvironmentConnector(scope, 'copy', {
        environmentId: other.environmentId,
        type: ConnectorType.VCENTER,
        applianceFqdn: other.applianceFqdn,
        secret: ConnectorSecret.fromArn(other.secretArn),
      });
    });
    expect(out).toHaveResourceWithProperties(EnvironmentConnector, {
      environment_id: '${evs_environment_connector.vcenter.environment_id}',
      secret_identifier: '${evs_environment_connector.vcenter.secret_arn}',
    });
  });
});

test('an app without EvsProvider is refused by cdktf (the provider construct is required)', () => {
  const app = new App({ outdir: require('node:fs').mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'evs-noprov-')) });
  const stack = new TerraformStack(app, 'noprov');
  connector(stack);
  expect(() => app.synth()).toThrow(/provider/i);
});
