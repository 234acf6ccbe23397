/**
 * One line naming a failed API call, in the shape the Terraform AWS provider's errors have (the
 * AWS SDK for Go's OperationError and ResponseError), so a user can quote the operation and the
 * request id to AWS support:
 *
 *   operation error EVS: CreateEnvironmentConnector, https response error StatusCode: 400, RequestID: 1a2b…, ValidationException: …
 *   operation error EVS: ListEnvironmentConnectors, exceeded maximum number of attempts, 26, https response error StatusCode: 429, RequestID: …, ThrottlingException: …
 *   operation error EVS: ListEnvironments, exceeded maximum number of attempts, 26, request send failed: connect ECONNREFUSED 127.0.0.1:4566
 *
 * The operation is recorded on the error by `operationErrorPlugin`, which every EvsClient uses.
 */
import { isThrottlingError, isTransientError } from '@smithy/core/retry';
import type { Pluggable } from '@smithy/types';

/** How the AWS provider's messages name the service (the model's serviceAbbreviation). */
export const SERVICE_NAME = 'EVS';

const operations = new WeakMap<object, string>();

/** The operation whose call threw `err`, when the client recorded it. */
export function operationOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null ? operations.get(err) : undefined;
}

/** Records the command's operation on every error a call throws (outermost, so retries are done). */
export const operationErrorPlugin: Pluggable<any, any> = {
  applyToStack(stack) {
    stack.add(
      (next, context) => async (args) => {
        try {
          return await next(args);
        } catch (err) {
          const operation = context.commandName?.replace(/Command$/, '');
          if (operation && typeof err === 'object' && err !== null && !operations.has(err)) operations.set(err, operation);
          throw err;
        }
      },
      { step: 'initialize', priority: 'high', name: 'evsOperationError', override: true },
    );
  },
};

interface ApiErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
}

/** True for errors the SDK retries (throttling, 5xx with the retryable trait, network, timeouts). */
function retryable(e: ApiErrorLike): boolean {
  try {
    return isThrottlingError(e as never) || isTransientError(e as never);
  } catch {
    return false;
  }
}

/** `operation error EVS: <operation>, …` for any error an API call threw (see the module comment). */
export function summarizeApiError(err: unknown, operation: string | undefined = operationOf(err)): string {
  const e: ApiErrorLike = typeof err === 'object' && err !== null ? (err as ApiErrorLike) : { message: String(err) };
  const parts = [`operation error ${SERVICE_NAME}: ${operation ?? 'unknown operation'}`];
  const meta = e.$metadata;
  if (meta?.attempts !== undefined && meta.attempts > 1 && retryable(e)) {
    parts.push(`exceeded maximum number of attempts, ${meta.attempts}`);
  }
  const message = (e.message ?? '').trim() || 'no message';
  if (meta?.httpStatusCode !== undefined) {
    parts.push(`https response error StatusCode: ${meta.httpStatusCode}, RequestID: ${meta.requestId ?? ''}, ${e.name ?? 'Error'}: ${message}`);
  } else if (e.name === 'CredentialsProviderError') {
    parts.push(`get credentials: ${message}`);
  } else if (e.name === 'AbortError') {
    parts.push(`canceled: ${message}`);
  } else if (e.name === 'EndpointError') {
    parts.push(`resolve endpoint: ${message}`);
  } else {
    // No answer came (connection refused or reset, a timeout), or the call failed before sending.
    const code = e.code && !message.includes(e.code) ? ` (${e.code})` : '';
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    parts.push(`${retryable(e) ? 'request send failed: ' : ''}${name}${message}${code}`);
  }
  return parts.join(', ');
}
