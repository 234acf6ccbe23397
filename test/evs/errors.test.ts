import * as Evs from '../../src/evs';
import { ERRORS, type ErrorName } from '../../src/evs/wire';
import { readReference } from '../support/reference';
import {
  describeEvsError,
  EvsClient,
  EvsServiceException,
  GetEnvironmentCommand,
  InternalServerException,
  isNotFound,
  ListEnvironmentConnectorsCommand,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '../../src/evs';
import { isolateAwsEnv, TEST_CREDENTIALS } from './support/env';
import { startScriptedServer, type Reply, type ScriptedServer } from './support/scripted-server';

let server: ScriptedServer;
let client: EvsClient;

beforeAll(async () => {
  isolateAwsEnv();
  server = await startScriptedServer();
  // One attempt: these tests look at parsing, not retries.
  client = new EvsClient({ region: 'us-east-1', endpoint: server.url, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await server.close();
});

async function failWith(reply: Reply): Promise<any> {
  server.push(reply);
  try {
    await client.send(new GetEnvironmentCommand({ environmentId: 'env-0123456789' }));
  } catch (e) {
    return e;
  }
  throw new Error('the call succeeded');
}

describe('error name sources and their precedence', () => {
  const body = { message: 'gone' };
  test.each([
    ['__type bare', { body: { ...body, __type: 'ResourceNotFoundException' } }],
    ['__type namespace#Name', { body: { ...body, __type: 'com.amazonaws.evs#ResourceNotFoundException' } }],
    ['__type Name:uri', { body: { ...body, __type: 'ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.evs/' } }],
    ['code bare', { body: { ...body, code: 'ResourceNotFoundException' } }],
    ['code namespace#Name', { body: { ...body, code: 'com.amazonaws.evs#ResourceNotFoundException' } }],
    ['header bare', { headers: { 'x-amzn-errortype': 'ResourceNotFoundException' }, body }],
    [
      'header Name:uri',
      { headers: { 'X-Amzn-ErrorType': 'ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.evs/' }, body },
    ],
    ['header namespace#Name', { headers: { 'x-amzn-errortype': 'com.amazonaws.evs#ResourceNotFoundException' }, body }],
  ] as [string, { headers?: Record<string, string>; body: Record<string, string> }][])('%s', async (_name, r) => {
    const err = await failWith({ status: 404, headers: { 'x-amzn-requestid': 'rid-404', ...r.headers }, body: r.body });
    expect(err).toBeInstanceOf(ResourceNotFoundException);
    expect(err).toBeInstanceOf(EvsServiceException);
    expect(err.name).toBe('ResourceNotFoundException');
    expect(err.message).toBe('gone');
  });

  test('header beats code, code beats __type', async () => {
    let err = await failWith({
      status: 400,
      headers: { 'x-amzn-errortype': 'ThrottlingException' },
      body: { code: 'ValidationException', __type: 'ResourceNotFoundException', message: 'm' },
    });
    expect(err).toBeInstanceOf(ThrottlingException);
    err = await failWith({ status: 400, body: { code: 'ValidationException', __type: 'ResourceNotFoundException', message: 'm' } });
    expect(err).toBeInstanceOf(ValidationException);
  });
});

describe('typed errors carry their members and $metadata', () => {
  test('ValidationException: reason and fieldList', async () => {
    const err = await failWith({
      status: 400,
      headers: { 'x-amzn-requestid': 'rid-val' },
      body: {
        __type: 'ValidationException',
        message: '2 validation errors',
        reason: 'fieldValidationFailed',
        fieldList: [
          { name: 'applianceFqdn', message: 'bad host' },
          { name: 'secretIdentifier', message: 'too long' },
        ],
      },
    });
    expect(err).toBeInstanceOf(ValidationException);
    expect(err.reason).toBe('fieldValidationFailed');
    expect(err.fieldList).toEqual([
      { name: 'applianceFqdn', message: 'bad host' },
      { name: 'secretIdentifier', message: 'too long' },
    ]);
    expect(err.$fault).toBe('client');
    expect(err.$metadata).toMatchObject({ httpStatusCode: 400, requestId: 'rid-val', attempts: 1, totalRetryDelay: 0 });
    expect(err.$response.statusCode).toBe(400);
  });
  test('ResourceNotFoundException: resourceId and resourceType', async () => {
    const err = await failWith({
      status: 404,
      body: { __type: 'ResourceNotFoundException', message: 'no such env', resourceId: 'env-0123456789', resourceType: 'environment' },
    });
    expect(err).toMatchObject({ resourceId: 'env-0123456789', resourceType: 'environment', $fault: 'client' });
  });
  test('ThrottlingException: retryAfterSeconds', async () => {
    const err = await failWith({ status: 429, body: { __type: 'ThrottlingException', message: 'slow down', retryAfterSeconds: 3 } });
    expect(err).toBeInstanceOf(ThrottlingException);
    expect(err.retryAfterSeconds).toBe(3);
  });
  test('ServiceQuotaExceededException', async () => {
    const err = await failWith({ status: 402, body: { __type: 'ServiceQuotaExceededException', message: 'too many' } });
    expect(err).toBeInstanceOf(ServiceQuotaExceededException);
    expect(err.$metadata.httpStatusCode).toBe(402);
  });
  test('InternalServerException is a server fault', async () => {
    const err = await failWith({ status: 500, body: { __type: 'InternalServerException', message: 'oops' } });
    expect(err).toBeInstanceOf(InternalServerException);
    expect(err.$fault).toBe('server');
  });
  test('every error shape of the model is a typed exception of the wire table', async () => {
    const shapes: Record<string, any> = readReference('service-2.json').shapes;
    const modelled = Object.entries(shapes).filter(([, s]) => s.exception).map(([n]) => n).sort();
    expect(Object.keys(ERRORS).sort()).toEqual(modelled);
    for (const name of modelled) {
      const err = await failWith({ status: ERRORS[name as ErrorName].status, body: { __type: name, message: 'm' } });
      expect(err).toBeInstanceOf((Evs as Record<string, any>)[name]);
      expect(err).toMatchObject({ name, message: 'm', $fault: ERRORS[name as ErrorName].fault });
    }
  });
  test('dispatch is by name, not status (ResourceNotFound with 400)', async () => {
    const err = await failWith({ status: 400, body: { __type: 'ResourceNotFoundException', message: 'x', resourceId: 'r', resourceType: 't' } });
    expect(err).toBeInstanceOf(ResourceNotFoundException);
  });
  test('an unknown name becomes EvsServiceException with that name', async () => {
    const err = await failWith({ status: 403, headers: { 'x-amzn-requestid': 'rid-403' }, body: { __type: 'com.amazonaws.coral#AccessDeniedException', Message: 'denied' } });
    expect(err).toBeInstanceOf(EvsServiceException);
    expect(err).not.toBeInstanceOf(ValidationException);
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe('denied');
    expect(err.$fault).toBe('client');
    expect(err.$metadata.requestId).toBe('rid-403');
  });
  test('a non-JSON error body (a proxy page) is named by its status, as the SDK does', async () => {
    const err = await failWith({ status: 502, body: '<html>bad gateway</html>', headers: { 'content-type': 'text/html' } });
    expect(err).toBeInstanceOf(EvsServiceException);
    expect(err.name).toBe('502');
    expect(err.$metadata.httpStatusCode).toBe(502);
  });
});

describe('describeEvsError and isNotFound', () => {
  test('validation: name, message, reason, field names, request id, in one sentence', async () => {
    const err = await failWith({
      status: 400,
      headers: { 'x-amzn-requestid': 'rid-9' },
      body: {
        __type: 'ValidationException',
        message: '1 validation error.',
        reason: 'fieldValidationFailed',
        fieldList: [{ name: 'applianceFqdn', message: 'must be a host name' }],
      },
    });
    const s = describeEvsError(err, 'creating connector');
    expect(s).toBe(
      'creating connector: operation error EVS: GetEnvironment, https response error StatusCode: 400, RequestID: rid-9, ValidationException: 1 validation error (fieldValidationFailed; fields: applianceFqdn (must be a host name)).',
    );
    expect(s.match(/\.\s/g)).toBeNull(); // one sentence
    // What to do is the caller's to say (the provider names its own settings).
    expect(describeEvsError(err, undefined, (e) => (e.name === 'ValidationException' ? 'fix it' : undefined))).toMatch(/must be a host name\)\); fix it\.$/);
  });
  test('not found names the resource', async () => {
    const err = await failWith({
      status: 404,
      headers: { 'x-amzn-requestid': 'rid-nf' },
      body: { __type: 'ResourceNotFoundException', message: 'Environment not found', resourceId: 'env-0123456789', resourceType: 'environment' },
    });
    expect(isNotFound(err)).toBe(true);
    const s = describeEvsError(err);
    expect(s).toContain('StatusCode: 404, RequestID: rid-nf, ResourceNotFoundException: Environment not found (environment env-0123456789)');
  });
  test('isNotFound is false for other errors and non-errors', async () => {
    const err = await failWith({ status: 400, body: { __type: 'ValidationException', message: 'x', reason: 'other' } });
    expect(isNotFound(err)).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
    expect(isNotFound(new Error('ResourceNotFoundException'))).toBe(false);
    expect(isNotFound({ name: 'ResourceNotFoundException' })).toBe(true);
  });
  test('network errors and plain values are described too', () => {
    const net = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: { attempts: 3 } });
    expect(describeEvsError(net)).toBe('operation error EVS: unknown operation, exceeded maximum number of attempts, 3, request send failed: socket hang up (ECONNRESET).');
    expect(describeEvsError('weird')).toBe('Error: weird.');
  });
  test('list operation errors go through the same parser', async () => {
    server.push({ status: 400, body: { __type: 'ValidationException', message: 'environment initializing', reason: 'other' } });
    const err = await client.send(new ListEnvironmentConnectorsCommand({ environmentId: 'env-0123456789' })).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationException);
    expect(err.reason).toBe('other');
  });
});
