/**
 * Client errors in one sentence (name, message, fields, request id). What to do about them depends
 * on the caller (the Terraform provider names its own settings), so advice is passed in;
 * `isNotFound` drives "gone on read" and "already deleted on delete".
 */
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
 * One sentence naming the error, its message, the fields a ValidationException lists, the request
 * id (for AWS support) and, when `advice` has some, what to do, e.g.
 * `ValidationException: 1 validation error (fieldValidationFailed; fields: applianceFqdn (bad); HTTP 400; request ID 1a2b); correct the listed arguments.`
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
  const meta = e.$metadata;
  if (meta?.httpStatusCode) details.push(`HTTP ${meta.httpStatusCode}`);
  if (meta?.attempts && meta.attempts > 1) details.push(`after ${meta.attempts} attempts`);
  if (meta?.requestId) details.push(`request ID ${meta.requestId}`);
  const hint = advice?.({ name, message: e.message, code: e.code, fault: e.$fault, reason });
  let sentence = `${action ? `${action}: ` : ''}${name}: ${message}`;
  if (details.length > 0) sentence += ` (${details.join('; ')})`;
  if (hint) sentence += `; ${hint}`;
  return `${sentence}.`;
}
