/**
 * From provider settings (the Terraform provider block) to EvsClient config. Every piece is an SDK
 * provider: static keys, the default chain (env, shared files with profiles, SSO, web identity,
 * container, IMDS), STS AssumeRole via `fromTemporaryCredentials`, region and retry settings from
 * the (possibly custom) shared config file.
 */
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } from '@smithy/config-resolver';
import { NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from '@smithy/middleware-retry';
import { loadConfig } from '@smithy/node-config-provider';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger } from '@smithy/types';
import { EvsClient, type EvsClientConfig } from './client';

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
  /** Custom EVS endpoint URL (e.g. the local emulator). Else AWS_ENDPOINT_URL_EVS / AWS_ENDPOINT_URL. */
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

/** Builds the EvsClient config; nothing is resolved until the first request. */
export function evsClientConfigFromSettings(s: EvsProviderSettings): EvsClientConfig {
  const files = {
    profile: s.profile,
    ...(s.sharedCredentialsFile !== undefined && { filepath: s.sharedCredentialsFile }),
    ...(s.sharedConfigFile !== undefined && { configFilepath: s.sharedConfigFile }),
  };
  const customFiles = s.sharedConfigFile !== undefined || s.sharedCredentialsFile !== undefined;
  if ((s.accessKey === undefined) !== (s.secretKey === undefined)) {
    throw new Error('access_key and secret_key must be set together');
  }

  let credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
  if (s.accessKey !== undefined && s.secretKey !== undefined) {
    credentials = { accessKeyId: s.accessKey, secretAccessKey: s.secretKey, sessionToken: s.token };
  } else if (s.profile !== undefined || customFiles) {
    credentials = defaultProvider({ ...files, logger: s.logger });
  }

  const region =
    s.region ??
    (customFiles
      ? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...files })
      : undefined);

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
      masterCredentials: credentials ?? defaultProvider({ ...files, logger: s.logger }),
      clientConfig: { region, profile: s.profile },
      logger: s.logger,
    });
  }

  const config: EvsClientConfig = {
    region,
    profile: s.profile,
    credentials,
    endpoint: s.endpoint,
    useFipsEndpoint: s.useFipsEndpoint,
    useDualstackEndpoint: s.useDualstackEndpoint,
    maxAttempts:
      s.maxRetries !== undefined
        ? s.maxRetries + 1
        : customFiles
          ? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, files)
          : undefined,
    retryMode: s.retryMode ?? (customFiles ? loadConfig(NODE_RETRY_MODE_CONFIG_OPTIONS, files) : undefined),
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

export function createEvsClient(settings: EvsProviderSettings): EvsClient {
  return new EvsClient(evsClientConfigFromSettings(settings));
}
