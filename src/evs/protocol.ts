/**
 * awsJson1_0 for EVS, in the style of the SDK's generated `protocols/Aws_json1_0.ts`, for every
 * operation: POST / with `X-Amz-Target: AmazonElasticVMwareService.<Op>`, every member in the JSON
 * body, epoch-second timestamps, and errors dispatched on the name from the `X-Amzn-ErrorType`
 * header, then `code`, then `__type` (namespace and `:uri` stripped by the SDK's
 * `loadRestJsonErrorCode`). Each command names its members (`commands/<Op>Command.ts`); each
 * family's shapes are read by the deserializers in `models/`.
 */
import { loadRestJsonErrorCode, parseJsonBody, parseJsonErrorBody } from '@aws-sdk/core/protocols';
import { HttpRequest as __HttpRequest, type HttpResponse as __HttpResponse } from '@smithy/protocol-http';
import {
  _json,
  decorateServiceException as __decorateServiceException,
  expectNonNull as __expectNonNull,
  expectInt32 as __expectInt32,
  expectNumber as __expectNumber,
  expectString as __expectString,
  generateIdempotencyToken as __generateIdempotencyToken,
  parseEpochTimestamp as __parseEpochTimestamp,
  take,
  withBaseException,
  type ObjectMappingInstructions,
  type SourceMappingInstructions,
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
  TagPolicyException,
  ThrottlingException,
  TooManyTagsException,
  ValidationException,
} from './errors';
import type { ValidationExceptionField, ValidationExceptionReason } from './models/common';
import { CONTENT_TYPE, TARGET_PREFIX, type ErrorName } from './wire';

export { CONTENT_TYPE, TARGET_PREFIX };

// ---------- serializers ----------

/** The input members of one operation, as `take` instructions (`[]` = sent as given). */
export type InputMembers = ObjectMappingInstructions;

/** An `idempotencyToken` member: the caller's value, else a fresh UUID (kept across retries). */
export const idempotencyToken = [true, (_: unknown) => _ ?? __generateIdempotencyToken()] as const;

/** Lists and structures sent as given. */
export const asJson = _json;

export function serializeRequest(
  operation: string,
  members: InputMembers,
): (input: object, context: __SerdeContext) => Promise<__HttpRequest> {
  // `take` drops members the model does not have and absent ones, so an empty input is `{}`.
  return (input, context) => rpc(context, operation, take(input, members));
}

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
    body: JSON.stringify(body),
  });
}


// ---------- deserializers ----------

/** The output members of one operation: how each is read. */
export type OutputMembers = SourceMappingInstructions;

export function deserializeResponse<T>(
  members: OutputMembers,
): (output: __HttpResponse, context: __SerdeContext) => Promise<T & { $metadata: __ResponseMetadata }> {
  return async (output, context) => {
    if (output.statusCode >= 300) {
      return de_CommandError(output, context);
    }
    const data = (await parseJsonBody(output.body, context)) as Record<string, unknown>;
    return { ...(take(data ?? {}, members) as T), $metadata: deserializeMetadata(output) };
  };
}

/** Epoch seconds, fractions allowed, to `Date`. */
export const de_Timestamp = (_: unknown): Date => __expectNonNull(__parseEpochTimestamp(__expectNumber(_)));

/** A string member (enums too: values the client does not know yet are kept). */
export const de_String = __expectString;

/** An integer member (e.g. a VLAN id). */
export const de_Integer = __expectInt32;

export const de_Boolean = (_: unknown): boolean | undefined => (typeof _ === 'boolean' ? _ : undefined);

/** A list whose items are read by `item`; null items are dropped. */
export const listOf =
  <T>(item: (v: unknown) => T) =>
  (value: unknown): T[] =>
    ((value ?? []) as unknown[]).filter((e) => e != null).map(item);

/** A structure read member by member. */
export const structure =
  <T>(members: OutputMembers) =>
  (value: unknown): T =>
    take(value, members) as T;

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
  // The cases are the wire table's names (a typo here fails the type check).
  switch (errorCode as ErrorName | undefined) {
    case 'ValidationException':
      exception = new ValidationException({
        $metadata,
        message,
        reason: __expectString(body.reason) as ValidationExceptionReason | undefined,
        fieldList: body.fieldList === undefined ? undefined : (_json(body.fieldList) as ValidationExceptionField[]),
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
    case 'TooManyTagsException':
      exception = new TooManyTagsException({ $metadata, message });
      break;
    case 'TagPolicyException':
      exception = new TagPolicyException({ $metadata, message });
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
