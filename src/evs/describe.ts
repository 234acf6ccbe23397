/**
 * Turning client errors into something a Terraform user can act on. The provider puts the sentence
 * in a diagnostic; `isNotFound` drives "gone on read" and "already deleted on delete".
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

/** What to do about each known error, phrased for a Terraform configuration. */
function advice(e: ErrorLike): string | undefined {
  switch (e.name) {
    case 'ValidationException':
      return 'correct the listed arguments';
    case 'ResourceNotFoundException':
      return 'check the environment and connector IDs and the provider region';
    case 'ThrottlingException':
      return 'EVS kept throttling the requests; retry later or raise max_retries';
    case 'ServiceQuotaExceededException':
      return 'delete unused resources or request a quota increase';
    case 'InternalServerException':
      return 'EVS failed internally; retry the apply';
    case 'CredentialsProviderError':
      return 'configure credentials (access_key/secret_key, profile, shared files, or environment variables)';
    case 'EndpointError':
      return 'check the region, endpoint, use_fips_endpoint and use_dualstack_endpoint settings';
    case 'TimeoutError':
    case 'RequestTimeout':
      return 'EVS did not answer in time; check network access to the endpoint or raise the timeout';
    case 'AbortError':
      return 'the operation was cancelled';
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'IncompleteSignatureException':
    case 'MissingAuthenticationTokenException':
    case 'AccessDeniedException':
    case 'ExpiredTokenException':
      return 'check the credentials and their IAM permissions for evs';
  }
  if (e.message === 'Region is missing') return 'set the provider region, AWS_REGION, or a region in the shared config profile';
  if (e.code && NETWORK_CODES.has(e.code)) return 'could not reach the EVS endpoint; check the endpoint URL and network';
  if (e.$fault === 'server') return 'retry later';
  return undefined;
}

/**
 * One sentence naming the error, its message, the fields a ValidationException lists, what to do,
 * and the request id (for AWS support), e.g.
 * `ValidationException: 1 validation error (fieldValidationFailed; fields: applianceFqdn (bad); HTTP 400; request ID 1a2b); correct the listed arguments.`
 */
export function describeEvsError(err: unknown, action?: string): string {
  const e: ErrorLike =
    err instanceof Error ? (err as ErrorLike) : { name: 'Error', message: typeof err === 'string' ? err : JSON.stringify(err) };
  const name = e.code && !(err instanceof EvsServiceException) && NETWORK_CODES.has(e.code) ? e.code : e.name ?? 'Error';
  const message = (e.message ?? '').trim().replace(/\.$/, '') || 'no message';
  const details: string[] = [];
  if (err instanceof ValidationException || e.name === 'ValidationException') {
    const v = err as ValidationException;
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
  const hint = advice({ name, message: e.message, code: e.code, $fault: e.$fault });
  let sentence = `${action ? `${action}: ` : ''}${name}: ${message}`;
  if (details.length > 0) sentence += ` (${details.join('; ')})`;
  if (hint) sentence += `; ${hint}`;
  return `${sentence}.`;
}
