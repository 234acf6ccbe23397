/**
 * Client errors in one sentence: an API call's error as `summarizeApiError` puts it (operation,
 * status, request id, error, message), then what the error lists (fields, the missing resource).
 * What to do about them depends on the caller (the Terraform provider names its own settings), so
 * advice is passed in; `isNotFound` drives "gone on read" and "already deleted on delete".
 */
import { summarizeApiError } from './error-summary';
import { EvsServiceException, ResourceNotFoundException, ValidationException } from './errors';

/** True for ResourceNotFoundException, whether from this client or `@aws-sdk/client-evs`. */
export function isNotFound(err: unknown): boolean {
  return err instanceof ResourceNotFoundException || (err as { name?: unknown } | null)?.name === 'ResourceNotFoundException';
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  $fault?: string;
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What a caller's advice sees of an error: its name (or network code), message, code, fault and a ValidationException's reason. */
export interface EvsErrorFacts {
  readonly name: string;
  readonly message?: string;
  readonly code?: string;
  readonly fault?: string;
  readonly reason?: string;
}

/**
 * One sentence: for an API call's error its summary, the fields a ValidationException lists and,
 * when `advice` has some, what to do, e.g.
 * `operation error EVS: CreateEnvironmentConnector, https response error StatusCode: 400, RequestID: 1a2b, ValidationException: 1 validation error (fieldValidationFailed; fields: applianceFqdn (bad)); correct the listed arguments.`
 * Anything else (no call was made) is `name: message`.
 */
export function describeEvsError(err: unknown, action?: string, advice?: (facts: EvsErrorFacts) => string | undefined): string {
  const e: ErrorLike =
    err instanceof Error ? (err as ErrorLike) : { name: 'Error', message: typeof err === 'string' ? err : JSON.stringify(err) };
  const name = e.code && !(err instanceof EvsServiceException) && NETWORK_CODES.has(e.code) ? e.code : e.name ?? 'Error';
  const message = (e.message ?? '').trim().replace(/\.$/, '') || 'no message';
  const details: string[] = [];
  let reason: string | undefined;
  if (err instanceof ValidationException || e.name === 'ValidationException') {
    const v = err as ValidationException;
    reason = v.reason;
    if (v.reason) details.push(v.reason);
    const fields = (v.fieldList ?? []).map((f) => (f.message ? `${f.name} (${f.message})` : `${f.name}`));
    if (fields.length > 0) details.push(`fields: ${fields.join(', ')}`);
  }
  if (isNotFound(err)) {
    const nf = err as ResourceNotFoundException;
    if (nf.resourceType || nf.resourceId) details.push(`${nf.resourceType ?? 'resource'} ${nf.resourceId ?? ''}`.trim());
  }
  // The SDK gives every error of a call $metadata (at least the attempts made).
  const head = e.$metadata ? summarizeApiError(err).replace(/\.$/, '') : `${name}: ${message}`;
  const hint = advice?.({ name, message: e.message, code: e.code, fault: e.$fault, reason });
  let sentence = `${action ? `${action}: ` : ''}${head}`;
  if (details.length > 0) sentence += ` (${details.join('; ')})`;
  if (hint) sentence += `; ${hint}`;
  return `${sentence}.`;
}
