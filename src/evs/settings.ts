/**
 * From provider settings (the Terraform provider block) to EvsClient config. Every piece is an SDK
 * provider: static keys, the default chain (env, shared files with profiles, SSO, web identity,
 * container, IMDS), STS AssumeRole via `fromTemporaryCredentials`, region and retry settings from
 * the environment and the (possibly custom) shared config file. The defaults are the Terraform AWS
 * provider's, which differ from the SDK's: AWS_DEFAULT_REGION counts, and calls are retried 25
 * times without a client-wide retry quota.
 */
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from '@smithy/middleware-retry';
import { loadConfig } from '@smithy/node-config-provider';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import { EvsClient, type EvsClientConfig } from './client';
import { PerCallRetryStrategy } from './retry';
import { baseCredentialsFromSettings, regionFromSettings, sharedFiles } from './sources';

export interface AssumeRoleSettings {
  roleArn: string;
  sessionName?: string;
  externalId?: string;
  /** Session length in seconds (STS default 3600). */
  durationSeconds?: number;
  policy?: string;
  policyArns?: string[];
  sourceIdentity?: string;
}

export interface EvsProviderSettings {
  region?: string;
  profile?: string;
  /** Paths of the shared config and credentials files (else AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE / ~/.aws). */
  sharedConfigFile?: string;
  sharedCredentialsFile?: string;
  accessKey?: string;
  secretKey?: string;
  token?: string;
  assumeRole?: AssumeRoleSettings;
  /** Custom EVS endpoint URL (e.g. the emulator). Else AWS_ENDPOINT_URL_EVS / AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** Retries after the first attempt; maxAttempts = maxRetries + 1. */
  maxRetries?: number;
  retryMode?: 'standard' | 'adaptive';
  useFipsEndpoint?: boolean;
  useDualstackEndpoint?: boolean;
  /** Per-attempt socket timeouts in milliseconds. */
  requestTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** Added to the User-Agent (e.g. `terraform-provider-evs/0.1.0`). */
  userAgentAppId?: string;
  logger?: Logger;
}

/** terraform-provider-aws retries 25 times (the SDK's default is 2), in standard mode. */
export const DEFAULT_MAX_RETRIES = 25;
export const DEFAULT_RETRY_MODE = 'standard';

/** Builds the EvsClient config; nothing is resolved until the first request (or the caller asks). */
export function evsClientConfigFromSettings(
  s: EvsProviderSettings,
  baseCredentials: AwsCredentialIdentity | AwsCredentialIdentityProvider = baseCredentialsFromSettings(s),
): EvsClientConfig {
  const files = sharedFiles(s);
  const region = regionFromSettings(s);

  let credentials = baseCredentials;
  if (s.assumeRole) {
    const a = s.assumeRole;
    credentials = fromTemporaryCredentials({
      params: {
        RoleArn: a.roleArn,
        RoleSessionName: a.sessionName,
        ExternalId: a.externalId,
        DurationSeconds: a.durationSeconds,
        Policy: a.policy,
        PolicyArns: a.policyArns?.map((arn) => ({ arn })),
        SourceIdentity: a.sourceIdentity,
      },
      masterCredentials: baseCredentials,
      clientConfig: { region, profile: s.profile },
      logger: s.logger,
    });
  }

  // The setting, else AWS_MAX_ATTEMPTS / AWS_RETRY_MODE, else the profile's, else the provider's defaults.
  const maxAttempts =
    s.maxRetries !== undefined
      ? s.maxRetries + 1
      : loadConfig({ ...NODE_MAX_ATTEMPT_CONFIG_OPTIONS, default: DEFAULT_MAX_RETRIES + 1 }, files);
  const retryMode = s.retryMode ?? loadConfig({ ...NODE_RETRY_MODE_CONFIG_OPTIONS, default: DEFAULT_RETRY_MODE }, files);
  const retryStrategy = new PerCallRetryStrategy({
    maxAttempts: typeof maxAttempts === 'number' ? async () => maxAttempts : maxAttempts,
    retryMode: typeof retryMode === 'string' ? async () => retryMode : retryMode,
  });

  const config: EvsClientConfig = {
    region,
    profile: s.profile,
    credentials,
    endpoint: s.endpoint,
    useFipsEndpoint: s.useFipsEndpoint,
    useDualstackEndpoint: s.useDualstackEndpoint,
    maxAttempts,
    retryMode,
    retryStrategy,
    userAgentAppId: s.userAgentAppId,
    logger: s.logger,
  };
  if (s.requestTimeoutMs !== undefined || s.connectionTimeoutMs !== undefined) {
    config.requestHandler = {
      requestTimeout: s.requestTimeoutMs,
      connectionTimeout: s.connectionTimeoutMs,
      // Without this, recent NodeHttpHandlers only log a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
    };
  }
  // Leave unset members out so the SDK's own defaults (env, shared config) apply.
  for (const key of Object.keys(config) as (keyof EvsClientConfig)[]) {
    if (config[key] === undefined) delete config[key];
  }
  return config;
}

export function createEvsClient(
  settings: EvsProviderSettings,
  baseCredentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider,
): EvsClient {
  return new EvsClient(evsClientConfigFromSettings(settings, baseCredentials));
}
