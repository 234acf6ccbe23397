/**
 * summarizeApiError against the local EVS service over HTTP: every failed call names the operation
 * and the request id the service sent, in the Terraform AWS provider's shape.
 */
import {
  createEvsClient,
  CreateEnvironmentConnectorCommand,
  GetEnvironmentCommand,
  ListEnvironmentsCommand,
  operationOf,
  summarizeApiError,
  type EvsClient,
  type EvsProviderSettings,
} from '../../src/evs';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';

const ENV = 'env-summary001';
let emu: RunningEmulator;
const clients: EvsClient[] = [];

function client(settings: EvsProviderSettings = {}): EvsClient {
  const c = createEvsClient({
    region: 'us-east-1',
    endpoint: emu.url,
    accessKey: TEST_CREDENTIALS.accessKeyId,
    secretKey: TEST_CREDENTIALS.secretAccessKey,
    maxRetries: 0,
    ...settings,
  });
  clients.push(c);
  return c;
}
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('the call succeeded'); }, (e: unknown) => e as Error & { $metadata: { requestId?: string } });
const create = (type: 'VCENTER' | 'OPERATIONS_MANAGER', environmentId = ENV) =>
  new CreateEnvironmentConnectorCommand({ environmentId, type, applianceFqdn: 'vc.example.internal', secretIdentifier: 'evs/vcenter' });

beforeAll(async () => {
  isolateAwsEnv();
  emu = await startEmulator({ environments: [{ id: ENV, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' }], verifySignatures: [TEST_CREDENTIALS] });
});
afterEach(() => emu.control.clearFaults());
afterAll(async () => {
  for (const c of clients) c.destroy();
  await emu.close();
});

test('a ValidationException: operation, status, the service request id, the error and its message', async () => {
  await client().send(create('VCENTER'));
  const err = await failure(client().send(create('VCENTER')));
  expect(operationOf(err)).toBe('CreateEnvironmentConnector');
  expect(err.$metadata.requestId).toMatch(/\S{8,}/);
  expect(summarizeApiError(err)).toBe(
    `operation error EVS: CreateEnvironmentConnector, https response error StatusCode: 400, RequestID: ${err.$metadata.requestId}, ValidationException: ${err.message}`,
  );
});

test('a ResourceNotFoundException', async () => {
  const err = await failure(client().send(new GetEnvironmentCommand({ environmentId: 'env-missing000' })));
  expect(summarizeApiError(err)).toMatch(
    new RegExp(`^operation error EVS: GetEnvironment, https response error StatusCode: 404, RequestID: ${err.$metadata.requestId}, ResourceNotFoundException: .+`),
  );
});

test('throttling until the retries run out: how many attempts were made', async () => {
  await emu.control.setFaults({ throttleRate: 1, retryAfterSeconds: 0, operations: ['ListEnvironments'] });
  const err = await failure(client({ maxRetries: 1 }).send(new ListEnvironmentsCommand({})));
  expect(summarizeApiError(err)).toBe(
    `operation error EVS: ListEnvironments, exceeded maximum number of attempts, 2, https response error StatusCode: 429, RequestID: ${err.$metadata.requestId}, ThrottlingException: ${err.message}`,
  );
});

test('a signature the service refuses (an error the model does not list)', async () => {
  const err = await failure(client({ secretKey: 'not-the-secret' }).send(new ListEnvironmentsCommand({})));
  expect(summarizeApiError(err)).toMatch(/^operation error EVS: ListEnvironments, https response error StatusCode: 403, RequestID: \S+, InvalidSignatureException: /);
});

test('no answer at all: the request could not be sent', async () => {
  const err = await failure(client({ endpoint: 'http://127.0.0.1:1', maxRetries: 1 }).send(new ListEnvironmentsCommand({})));
  // Under Jest, Node's own errors come from another realm and reach the SDK as a wrapper without
  // `code`; in the provider process they keep it, as this error does.
  expect(summarizeApiError(err)).toMatch(/^operation error EVS: ListEnvironments, .*connect ECONNREFUSED 127\.0\.0\.1:1/);
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', $metadata: { attempts: 26 } });
  expect(summarizeApiError(refused, 'ListEnvironments')).toBe(
    'operation error EVS: ListEnvironments, exceeded maximum number of attempts, 26, request send failed: connect ECONNREFUSED 127.0.0.1:1',
  );
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: { attempts: 3 } });
  expect(summarizeApiError(reset, 'ListEnvironments')).toBe(
    'operation error EVS: ListEnvironments, exceeded maximum number of attempts, 3, request send failed: socket hang up (ECONNRESET)',
  );
});

test('an error from elsewhere, and an operation given by the caller', () => {
  expect(summarizeApiError(new Error('boom'), 'DeleteEnvironmentConnector')).toBe('operation error EVS: DeleteEnvironmentConnector, boom');
  expect(summarizeApiError('text')).toBe('operation error EVS: unknown operation, text');
});
