import { providerSchema } from '../../../../src/provider/config/schema';
import { connectorSchema } from '../../../../src/provider/resources/environment_connector/schema';
import { startEmulator, type RunningEmulator } from '../../../../src/emulator';
import { createEvsClient, CreateEnvironmentConnectorCommand, type EvsClient } from '../../../../src/evs';
import { describeError, explain, terraformAdvice } from '../../../../src/provider/resources/shared/explain';

const NAMES = [
  'ValidationException',
  'ResourceNotFoundException',
  'ThrottlingException',
  'ServiceQuotaExceededException',
  'InternalServerException',
  'CredentialsProviderError',
  'EndpointError',
  'TimeoutError',
  'AbortError',
  'AccessDeniedException',
];

describe('Terraform advice on EVS errors', () => {
  it('names only settings the provider (or its resources) has', () => {
    const advice = [
      ...NAMES.map((name) => terraformAdvice({ name, reason: 'fieldValidationFailed' })),
      terraformAdvice({ name: 'Error', message: 'Region is missing' }),
      terraformAdvice({ name: 'ECONNRESET', code: 'ECONNRESET' }),
    ].join(' ');
    const settings = new Set([
      ...Object.keys(providerSchema.attributes),
      ...Object.keys(providerSchema.blocks),
      ...Object.keys(connectorSchema.blocks),
    ]);
    const named = [...advice.matchAll(/\b[a-z]+_[a-z_]+\b/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((n) => !settings.has(n))).toEqual([]);
  });

  it('advises on field errors, not on requests refused in the current state', () => {
    expect(terraformAdvice({ name: 'ValidationException', reason: 'fieldValidationFailed' })).toBe('correct the listed arguments');
    expect(terraformAdvice({ name: 'ValidationException', reason: 'other' })).toBeUndefined();
  });

  it('describes client errors with the advice', () => {
    const net = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: { attempts: 3 } });
    expect(describeError(net)).toBe(
      'operation error EVS: unknown operation, exceeded maximum number of attempts, 3, request send failed: socket hang up (ECONNRESET); could not reach the EVS endpoint; check the endpoint URL and network.',
    );
    const cred = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    expect(describeError(cred)).toContain('configure credentials (access_key and secret_key, profile');
    expect(describeError(new Error('Region is missing'))).toBe(
      'Error: Region is missing; set the provider region, AWS_REGION or AWS_DEFAULT_REGION, or a region in the shared config profile.',
    );
  });
});

describe('a failed API call', () => {
  let emu: RunningEmulator;
  let client: EvsClient;
  beforeAll(async () => {
    emu = await startEmulator();
    client = createEvsClient({ region: 'us-east-1', endpoint: emu.url, accessKey: 'AKIDTESTEVS', secretKey: 'secret', maxRetries: 0 });
  });
  afterAll(async () => {
    client.destroy();
    await emu.close();
  });

  it('reads as the Terraform AWS provider prints one (operation, status, request id), then the advice', async () => {
    const err = (await client
      .send(new CreateEnvironmentConnectorCommand({ environmentId: 'env-0000000001', type: 'VCENTER', applianceFqdn: 'bad..fqdn', secretIdentifier: 's' }))
      .catch((e: unknown) => e)) as Error & { $metadata: { requestId: string } };
    const line = describeError(err);
    expect(line.startsWith(`operation error EVS: CreateEnvironmentConnector, https response error StatusCode: 400, RequestID: ${err.$metadata.requestId}, ValidationException: `)).toBe(true);
    expect(line).toMatch(/applianceFqdn/);
    expect(line).toMatch(/; correct the listed arguments\.$/);
    // One line per failed call: no sentence runs into the next.
    expect(explain(err, { kept: 'The connector stays in state.' })).toBe(`${line} The connector stays in state.`);
  });
});
