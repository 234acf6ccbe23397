/**
 * Where the region and the base credentials come from, apart from the client: ConfigureProvider
 * resolves both without loading the client, its middleware and protocol code, which only the
 * first API call needs (most provider processes make none). Each SDK piece is required on the
 * path that uses it, so a provider block with a region and static keys loads none of the SDK.
 */
import type * as ConfigResolver from '@smithy/config-resolver';
import type * as CredentialProviderNode from '@aws-sdk/credential-provider-node';
import type * as NodeConfigProvider from '@smithy/node-config-provider';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Provider } from '@smithy/types';
import type { EvsProviderSettings } from './settings';

/** Options for the SDK's shared-file loaders: the profile and any custom file paths. */
export function sharedFiles(s: EvsProviderSettings) {
  return {
    profile: s.profile,
    ...(s.sharedCredentialsFile !== undefined && { filepath: s.sharedCredentialsFile }),
    ...(s.sharedConfigFile !== undefined && { configFilepath: s.sharedConfigFile }),
  };
}

/**
 * The SDK's region selectors (AWS_REGION, the profile's `region`, then the instance's region from
 * IMDS) with AWS_DEFAULT_REGION read after AWS_REGION, as the AWS CLI, boto3 and the Terraform AWS
 * provider read it. Empty variables count as unset, as they do there.
 */
function regionConfigOptions(): typeof ConfigResolver.NODE_REGION_CONFIG_OPTIONS {
  const { NODE_REGION_CONFIG_OPTIONS } = require('@smithy/config-resolver') as typeof ConfigResolver;
  return {
    ...NODE_REGION_CONFIG_OPTIONS,
    environmentVariableSelector: (env, options) =>
      NODE_REGION_CONFIG_OPTIONS.environmentVariableSelector(env, options) || env['AWS_DEFAULT_REGION'] || undefined,
  };
}

/** The region: the setting, else AWS_REGION, AWS_DEFAULT_REGION, the profile's region, IMDS. */
export function regionFromSettings(s: EvsProviderSettings): Provider<string> {
  if (s.region !== undefined) {
    const region = s.region;
    return async () => region;
  }
  const { NODE_REGION_CONFIG_FILE_OPTIONS } = require('@smithy/config-resolver') as typeof ConfigResolver;
  const { loadConfig } = require('@smithy/node-config-provider') as typeof NodeConfigProvider;
  return loadConfig(regionConfigOptions(), { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...sharedFiles(s) });
}

/**
 * The credentials requests are signed with before any role is assumed: the static keys, else the
 * SDK's default chain (memoized: resolving it once, e.g. at ConfigureProvider, serves every request).
 */
export function baseCredentialsFromSettings(s: EvsProviderSettings): AwsCredentialIdentity | AwsCredentialIdentityProvider {
  if ((s.accessKey === undefined) !== (s.secretKey === undefined)) {
    throw new Error('access_key and secret_key must be set together');
  }
  if (s.accessKey !== undefined && s.secretKey !== undefined) {
    return { accessKeyId: s.accessKey, secretAccessKey: s.secretKey, sessionToken: s.token };
  }
  const { defaultProvider } = require('@aws-sdk/credential-provider-node') as typeof CredentialProviderNode;
  return defaultProvider({ ...sharedFiles(s), logger: s.logger });
}
