/**
 * awsJson1_0 for EVS, in the style of the SDK's generated `protocols/Aws_json1_0.ts`:
 * POST / with `X-Amz-Target: AmazonElasticVMwareService.<Op>`, every member in the JSON body,
 * epoch-second timestamps, and errors dispatched on the name from the `X-Amzn-ErrorType` header,
 * then `code`, then `__type` (namespace and `:uri` stripped by the SDK's `loadRestJsonErrorCode`).
 */
import { loadRestJsonErrorCode, parseJsonBody, parseJsonErrorBody } from '@aws-sdk/core/protocols';
import { HttpRequest as __HttpRequest, type HttpResponse as __HttpResponse } from '@smithy/protocol-http';
import {
  _json,
  decorateServiceException as __decorateServiceException,
  expectNonNull as __expectNonNull,
  expectNumber as __expectNumber,
  expectString as __expectString,
  generateIdempotencyToken as __generateIdempotencyToken,
  parseEpochTimestamp as __parseEpochTimestamp,
  take,
  withBaseException,
} from '@smithy/smithy-client';
import type {
  Endpoint as __Endpoint,
  HeaderBag as __HeaderBag,
  ResponseMetadata as __ResponseMetadata,
  SerdeContext as __SerdeContext,
} from '@smithy/types';
import {
  EvsServiceException,
  InternalServerException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from './errors';
import type * as M from './models';

/** The model's `targetPrefix`. */
export const TARGET_PREFIX = 'AmazonElasticVMwareService';
export const CONTENT_TYPE = 'application/x-amz-json-1.0';

// ---------- serializers ----------

export const se_CreateEnvironmentConnectorCommand = (
  input: M.CreateEnvironmentConnectorCommandInput,
  context: __SerdeContext,
): Promise<__HttpRequest> =>
  rpc(context, 'CreateEnvironmentConnector', {
    ...take(input, {
      applianceFqdn: [],
      clientToken: [true, (_: unknown) => _ ?? __generateIdempotencyToken()],
      environmentId: [],
      secretIdentifier: [],
      type: [],
    }),
  });

export const se_UpdateEnvironmentConnectorCommand = (
  input: M.UpdateEnvironmentConnectorCommandInput,
  context: __SerdeContext,
): Promise<__HttpRequest> =>
  rpc(context, 'UpdateEnvironmentConnector', {
    ...take(input, {
      applianceFqdn: [],
      clientToken: [true, (_: unknown) => _ ?? __generateIdempotencyToken()],
      connectorId: [],
      environmentId: [],
      secretIdentifier: [],
    }),
  });

export const se_DeleteEnvironmentConnectorCommand = (
  input: M.DeleteEnvironmentConnectorCommandInput,
  context: __SerdeContext,
): Promise<__HttpRequest> =>
  rpc(context, 'DeleteEnvironmentConnector', {
    ...take(input, {
      clientToken: [true, (_: unknown) => _ ?? __generateIdempotencyToken()],
      connectorId: [],
      environmentId: [],
    }),
  });

export const se_ListEnvironmentConnectorsCommand = (
  input: M.ListEnvironmentConnectorsCommandInput,
  context: __SerdeContext,
): Promise<__HttpRequest> =>
  rpc(context, 'ListEnvironmentConnectors', take(input, { environmentId: [], maxResults: [], nextToken: [] }));

export const se_GetEnvironmentCommand = (
  input: M.GetEnvironmentCommandInput,
  context: __SerdeContext,
): Promise<__HttpRequest> => rpc(context, 'GetEnvironment', take(input, { environmentId: [] }));

export const se_ListEnvironmentsCommand = (
  input: M.ListEnvironmentsCommandInput,
  context: __SerdeContext,
): Promise<__HttpRequest> =>
  rpc(context, 'ListEnvironments', take(input, { maxResults: [], nextToken: [], state: _json }));

async function rpc(context: __SerdeContext, operation: string, body: Record<string, unknown>): Promise<__HttpRequest> {
  const { hostname, protocol = 'https', port, path: basePath } = (await context.endpoint()) as __Endpoint;
  const headers: __HeaderBag = {
    'content-type': CONTENT_TYPE,
    'x-amz-target': `${TARGET_PREFIX}.${operation}`,
  };
  return new __HttpRequest({
    protocol,
    hostname,
    port,
    method: 'POST',
    // A custom endpoint may carry a base path; the operation path `/` goes beneath it.
    path: basePath.endsWith('/') ? basePath : `${basePath}/`,
    headers,
    // `take` drops absent members, so an empty input is sent as `{}`.
    body: JSON.stringify(body),
  });
}

// ---------- deserializers ----------

type Output<T> = Promise<T & { $metadata: __ResponseMetadata }>;

export const de_CreateEnvironmentConnectorCommand = (
  output: __HttpResponse,
  context: __SerdeContext,
): Output<M.CreateEnvironmentConnectorResponse> =>
  deserialize(output, context, (d) => take(d, { connector: (_: unknown) => de_Connector(_) }));

export const de_UpdateEnvironmentConnectorCommand = (
  output: __HttpResponse,
  context: __SerdeContext,
): Output<M.UpdateEnvironmentConnectorResponse> =>
  deserialize(output, context, (d) => take(d, { connector: (_: unknown) => de_Connector(_) }));

export const de_DeleteEnvironmentConnectorCommand = (
  output: __HttpResponse,
  context: __SerdeContext,
): Output<M.DeleteEnvironmentConnectorResponse> =>
  deserialize(output, context, (d) =>
    take(d, {
      connector: (_: unknown) => de_Connector(_),
      environmentSummary: (_: unknown) => de_EnvironmentSummary(_),
    }),
  );

export const de_ListEnvironmentConnectorsCommand = (
  output: __HttpResponse,
  context: __SerdeContext,
): Output<M.ListEnvironmentConnectorsResponse> =>
  deserialize(output, context, (d) =>
    take(d, { connectors: (_: unknown) => list(_, de_Connector), nextToken: __expectString }),
  );

export const de_GetEnvironmentCommand = (
  output: __HttpResponse,
  context: __SerdeContext,
): Output<M.GetEnvironmentResponse> =>
  deserialize(output, context, (d) => take(d, { environment: (_: unknown) => de_Environment(_) }));

export const de_ListEnvironmentsCommand = (
  output: __HttpResponse,
  context: __SerdeContext,
): Output<M.ListEnvironmentsResponse> =>
  deserialize(output, context, (d) =>
    take(d, {
      environmentSummaries: (_: unknown) => list(_, de_EnvironmentSummary),
      nextToken: __expectString,
    }),
  );

async function deserialize<T>(
  output: __HttpResponse,
  context: __SerdeContext,
  shape: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<T & { $metadata: __ResponseMetadata }> {
  if (output.statusCode >= 300) {
    return de_CommandError(output, context);
  }
  const data = (await parseJsonBody(output.body, context)) as Record<string, unknown>;
  return { ...(shape(data ?? {}) as T), $metadata: deserializeMetadata(output) };
}

/** Epoch seconds, fractions allowed, to `Date`. */
const de_Timestamp = (_: unknown): Date => __expectNonNull(__parseEpochTimestamp(__expectNumber(_)));

const list = <T>(value: unknown, item: (v: unknown) => T): T[] =>
  ((value ?? []) as unknown[]).filter((e) => e != null).map(item);

const de_ConnectorCheck = (v: unknown): M.ConnectorCheck =>
  take(v, {
    impairedSince: de_Timestamp,
    lastCheckAttempt: de_Timestamp,
    result: __expectString,
    type: __expectString,
  }) as M.ConnectorCheck;

export const de_Connector = (v: unknown): M.Connector =>
  take(v, {
    applianceFqdn: __expectString,
    checks: (_: unknown) => list(_, de_ConnectorCheck),
    connectorId: __expectString,
    createdAt: de_Timestamp,
    environmentId: __expectString,
    modifiedAt: de_Timestamp,
    secretArn: __expectString,
    state: __expectString,
    stateDetails: __expectString,
    status: __expectString,
    type: __expectString,
  }) as M.Connector;

const de_EnvironmentSummary = (v: unknown): M.EnvironmentSummary =>
  take(v, {
    createdAt: de_Timestamp,
    environmentArn: __expectString,
    environmentId: __expectString,
    environmentName: __expectString,
    environmentState: __expectString,
    environmentStatus: __expectString,
    modifiedAt: de_Timestamp,
    vcfVersion: __expectString,
  }) as M.EnvironmentSummary;

const de_Check = (v: unknown): M.Check =>
  take(v, { id: __expectString, impairedSince: de_Timestamp, result: __expectString, type: __expectString }) as M.Check;

const de_Environment = (v: unknown): M.Environment =>
  take(v, {
    checks: (_: unknown) => list(_, de_Check),
    connectivityInfo: _json,
    createdAt: de_Timestamp,
    credentials: _json,
    environmentArn: __expectString,
    environmentId: __expectString,
    environmentName: __expectString,
    environmentState: __expectString,
    environmentStatus: __expectString,
    kmsKeyId: __expectString,
    licenseInfo: _json,
    modifiedAt: de_Timestamp,
    serviceAccessSecurityGroups: _json,
    serviceAccessSubnetId: __expectString,
    siteId: __expectString,
    stateDetails: __expectString,
    termsAccepted: (_: unknown) => (typeof _ === 'boolean' ? _ : undefined),
    vcfHostnames: _json,
    vcfVersion: __expectString,
    vpcId: __expectString,
  }) as M.Environment;

// ---------- errors ----------

const throwDefaultError = withBaseException(EvsServiceException);

/** Builds the typed error for a non-2xx answer and throws it. */
async function de_CommandError(output: __HttpResponse, context: __SerdeContext): Promise<never> {
  let body: Record<string, unknown>;
  try {
    body = ((await parseJsonErrorBody(output.body, context)) ?? {}) as Record<string, unknown>;
  } catch {
    // A proxy or load balancer may answer with HTML; the status still decides retryability.
    body = {};
  }
  const errorCode = loadRestJsonErrorCode(output, body);
  const $metadata = deserializeMetadata(output);
  // Empty when absent: `decorateServiceException` then falls back to `Message` or "UnknownError".
  const message = typeof body.message === 'string' ? body.message : '';
  let exception: EvsServiceException;
  switch (errorCode) {
    case 'ValidationException':
      exception = new ValidationException({
        $metadata,
        message,
        reason: __expectString(body.reason) as M.ValidationExceptionReason | undefined,
        fieldList: body.fieldList === undefined ? undefined : (_json(body.fieldList) as M.ValidationExceptionField[]),
      });
      break;
    case 'ResourceNotFoundException':
      exception = new ResourceNotFoundException({
        $metadata,
        message,
        resourceId: __expectString(body.resourceId),
        resourceType: __expectString(body.resourceType),
      });
      break;
    case 'ThrottlingException':
      exception = new ThrottlingException({
        $metadata,
        message,
        retryAfterSeconds: typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : undefined,
      });
      break;
    case 'ServiceQuotaExceededException':
      exception = new ServiceQuotaExceededException({ $metadata, message });
      break;
    case 'InternalServerException':
      exception = new InternalServerException({ $metadata, message });
      break;
    default:
      return throwDefaultError({ output, parsedBody: body, errorCode }) as never;
  }
  throw __decorateServiceException(exception, body);
}

export const deserializeMetadata = (output: __HttpResponse): __ResponseMetadata => ({
  httpStatusCode: output.statusCode,
  requestId:
    output.headers['x-amzn-requestid'] ?? output.headers['x-amzn-request-id'] ?? output.headers['x-amz-request-id'],
  extendedRequestId: output.headers['x-amz-id-2'],
  cfId: output.headers['x-amz-cf-id'],
});
