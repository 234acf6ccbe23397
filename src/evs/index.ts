/**
 * The project's EVS client, surface-compatible with `@aws-sdk/client-evs` for the operations it
 * has. Swap: replace imports of `src/evs` with `@aws-sdk/client-evs` (same class, command,
 * paginator and error names); `describeEvsError`, `isNotFound` and `createEvsClient` are this
 * project's helpers.
 */
export * from './client';
export type * from './models';
export * from './errors';
export * from './commands';
export type { EvsPaginationConfiguration } from './pagination';
export { $Command } from './commands/builder';
export { defaultEndpointResolver, type EndpointParameters } from './endpoints';
export { describeEvsError, isNotFound } from './describe';
export {
  createEvsClient,
  DEFAULT_MAX_RETRIES,
  DEFAULT_RETRY_MODE,
  evsClientConfigFromSettings,
  type AssumeRoleSettings,
  type EvsProviderSettings,
} from './settings';
export { baseCredentialsFromSettings, regionFromSettings } from './sources';
export { PerCallRetryStrategy, RetryAfterRetryStrategy } from './retry';
export { operationErrorPlugin, operationOf, SERVICE_NAME, summarizeApiError } from './error-summary';
export { isSensitiveMember, MODEL_SENSITIVE_MEMBERS, REDACTED, redactSensitive } from './sensitive';
