/**
 * Errors as sentences a Terraform user can act on: what failed (for an API call, its summary in the
 * Terraform AWS provider's shape with the operation and the AWS request id) and what to do about
 * it, naming only settings this provider has.
 */
import { evsSdk } from '../../evs-sdk';
import { StoppedError } from '../../framework/stop';
import { OutcomeUnknownError, readBackFailure } from './read-back';
import { WaitFailedError, WaitPollError, WaitTimeoutError } from './wait';

export interface ErrorFacts {
  readonly name: string;
  readonly message?: string;
  readonly code?: string;
  readonly fault?: string;
  readonly reason?: string;
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What to do about each known error, phrased for a Terraform configuration of this provider. */
export function terraformAdvice(e: ErrorFacts): string | undefined {
  switch (e.name) {
    case 'ValidationException':
      // Other reasons refuse the request in the object's current state: the message says which.
      return e.reason === 'fieldValidationFailed' ? 'correct the listed arguments' : undefined;
    case 'ResourceNotFoundException':
      return "check the IDs in the configuration and the provider's region";
    case 'ThrottlingException':
      return 'EVS kept throttling the requests; retry later or raise max_retries';
    case 'ServiceQuotaExceededException':
      return 'delete unused resources or request a quota increase';
    case 'InternalServerException':
      return 'EVS failed internally; retry the apply';
    case 'CredentialsProviderError':
      return 'configure credentials (access_key and secret_key, profile, shared_config_files or shared_credentials_files, assume_role, or the AWS_* environment variables)';
    case 'EndpointError':
      return "check the provider's region and endpoint";
    case 'TimeoutError':
    case 'RequestTimeout':
      return 'EVS did not answer in time; check network access to the endpoint and retry the apply';
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
  if (e.message === 'Region is missing') return 'set the provider region, AWS_REGION or AWS_DEFAULT_REGION, or a region in the shared config profile';
  if (e.code && NETWORK_CODES.has(e.code)) return 'could not reach the EVS endpoint; check the endpoint URL and network';
  if (e.fault === 'server') return 'retry later';
  return undefined;
}

/** Ends `text` as a sentence, so the next one does not run into it. */
export function sentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?:]$/.test(t) ? t : `${t}.`;
}

/**
 * An error from the EVS client in one sentence, with the advice above: a failed API call starts
 * with its summary in the Terraform AWS provider's shape (operation, status, request id).
 */
export function describeError(err: unknown): string {
  return evsSdk().describeEvsError(err, undefined, terraformAdvice);
}

/**
 * A sentence for anything a write, wait or read threw. `timeoutArgument` names the setting a
 * timed-out wait should raise (e.g. `timeouts.create`); `kept` says, in whole sentences, what
 * becomes of the object in state and what the next run does with it.
 */
export function explain(err: unknown, opts: { timeoutArgument?: string; kept?: string } = {}): string {
  const keep = opts.kept ? ` ${opts.kept}` : '';
  if (err instanceof StoppedError || err instanceof WaitFailedError) return `${sentence(err.message)}${keep}`;
  if (err instanceof OutcomeUnknownError) {
    return `${sentence(describeError(err.sendError))} Whether EVS carried it out anyway is unknown: ${readBackFailure(err)}: ${sentence(describeError(err.readError))} ${err.ifCarriedOut}${keep}`;
  }
  if (err instanceof WaitPollError) return `${err.message}: ${describeError(err.cause)}${keep}`;
  if (err instanceof WaitTimeoutError) {
    const lastError = err.lastError === undefined ? '' : ` Polls were failing at the end: ${describeError(err.lastError)}`;
    const raise = opts.timeoutArgument ? ` If it needs longer, raise ${opts.timeoutArgument}.` : '';
    return `${sentence(err.message)}${lastError}${raise}${keep}`;
  }
  return describeError(err) + keep;
}
