/**
 * awsJson1_0 wire details shared by every route: the error type the handlers throw, how errors and
 * results are serialized, and timestamps as epoch seconds.
 */
import type { ValidationExceptionReason } from '../evs/constraints';
import { CONTENT_TYPE, ERRORS, TARGET_PREFIX } from '../evs/wire';

export { TARGET_PREFIX };
export const JSON_CONTENT_TYPE = CONTENT_TYPE;
/** Bodies above this are refused without being buffered. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** JSON deeper than this is refused before parsing (the model's deepest input is 3 levels). */
export const MAX_JSON_DEPTH = 64;

export interface ValidationField {
  name: string;
  message: string;
}

/** An error answered in the AWS shape: `__type`, `X-Amzn-ErrorType`, and the model's members. */
export class AwsError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    readonly members: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function validationError(
  message: string,
  reason: ValidationExceptionReason,
  fieldList?: ValidationField[],
): AwsError {
  return new AwsError('ValidationException', ERRORS.ValidationException.status, message, fieldList ? { reason, fieldList } : { reason });
}

/** `resourceType` values are a guess: the model leaves them open and no documentation lists them. */
const RESOURCE_NAMES = {
  environment: 'Environment',
  connector: 'Connector',
  entitlement: 'Entitlement of VM',
  host: 'Host',
  vlan: 'VLAN',
  eipAssociation: 'Elastic IP association',
} as const;

export function notFound(resourceType: keyof typeof RESOURCE_NAMES, resourceId: string, message?: string): AwsError {
  const text = message ?? `${RESOURCE_NAMES[resourceType]} ${resourceId} was not found.`;
  return new AwsError('ResourceNotFoundException', ERRORS.ResourceNotFoundException.status, text, {
    resourceId,
    resourceType,
  });
}

export function throttling(retryAfterSeconds: number, message = 'Rate exceeded'): AwsError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AwsError('ThrottlingException', ERRORS.ThrottlingException.status, message, { retryAfterSeconds: seconds }, {
    'Retry-After': String(seconds),
  });
}

export function serviceQuotaExceeded(message: string): AwsError {
  return new AwsError('ServiceQuotaExceededException', ERRORS.ServiceQuotaExceededException.status, message);
}

export function internalError(message = 'An internal error occurred. Try again.'): AwsError {
  return new AwsError('InternalServerException', ERRORS.InternalServerException.status, message);
}

/** Body of an error: `message` first, then the members, as the service orders them. */
export function errorBody(err: AwsError): string {
  return JSON.stringify({ __type: err.type, message: err.message, ...err.members });
}

/** Epoch milliseconds to the epoch seconds awsJson uses (fractions allowed). */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}

/**
 * Depth of brackets in raw JSON text, scanned without recursion so hostile nesting cannot
 * exhaust the stack; stops early once `limit` is passed.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Parses JSON text of bounded depth; throws a `cannotParse` ValidationException. */
export function parseJson(text: string): unknown {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw validationError(`Request body nests deeper than ${MAX_JSON_DEPTH} levels.`, 'cannotParse');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationError('Request body is not valid JSON.', 'cannotParse');
  }
}

/** Parses an awsJson request body: an empty body is `{}`; anything but an object is refused. */
export function parseJsonBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  const value = parseJson(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw validationError('Request body must be a JSON object.', 'cannotParse');
  }
  return value as Record<string, unknown>;
}
