import { providerSchema } from '../../../../src/provider/config/schema';
import { connectorSchema } from '../../../../src/provider/resources/environment_connector/schema';
import { describeError, terraformAdvice } from '../../../../src/provider/resources/shared/explain';

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
