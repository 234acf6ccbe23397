import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { EvsProviderSettings } from '../../evs';
import type { Diagnostics } from '../framework/diagnostics';
import { log } from '../log';

/** The shared files the SDK reads, as a user would name them. */
export function sharedFilePaths(s: EvsProviderSettings, env: NodeJS.ProcessEnv = process.env) {
  return {
    config: s.sharedConfigFile ?? env['AWS_CONFIG_FILE'] ?? '~/.aws/config',
    credentials: s.sharedCredentialsFile ?? env['AWS_SHARED_CREDENTIALS_FILE'] ?? '~/.aws/credentials',
  };
}

/** The SDK's default chain, in its order, as a user can check each step. */
function sourcesTried(s: EvsProviderSettings, env: NodeJS.ProcessEnv): string[] {
  const profile = s.profile ?? env['AWS_PROFILE'] ?? 'default';
  const files = sharedFilePaths(s, env);
  const set = (name: string) => (env[name] ? `${name} is set` : `${name} is not set`);
  const imdsOff = env['AWS_EC2_METADATA_DISABLED'] && env['AWS_EC2_METADATA_DISABLED'] !== 'false';
  return [
    'access_key and secret_key in the provider block: not set',
    s.profile !== undefined || env['AWS_PROFILE']
      ? 'the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: skipped, a profile is chosen'
      : `the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (${set('AWS_ACCESS_KEY_ID')}, ${set('AWS_SECRET_ACCESS_KEY')})`,
    `profile "${profile}" in ${files.credentials} and ${files.config}: keys, SSO, credential_process, or a role with a source profile or web identity`,
    `a web identity token (${set('AWS_WEB_IDENTITY_TOKEN_FILE')}, ${set('AWS_ROLE_ARN')})`,
    env['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'] || env['AWS_CONTAINER_CREDENTIALS_FULL_URI']
      ? 'the container credentials endpoint (AWS_CONTAINER_CREDENTIALS_*_URI)'
      : imdsOff
        ? 'the EC2 instance metadata service: skipped, AWS_EC2_METADATA_DISABLED is set'
        : 'the EC2 instance metadata service (IMDS, 1 second timeout)',
  ];
}

/** Which source the SDK used, from the feature ids it attaches (e.g. CREDENTIALS_ENV_VARS). */
function sourceOf(c: AwsCredentialIdentity): string[] {
  return Object.keys((c as { $source?: Record<string, unknown> }).$source ?? {});
}

/**
 * Resolves the base credentials (before any role is assumed) when the provider is configured, as
 * the Terraform AWS provider does (aws-sdk-go-base retrieves them while configuring and fails with
 * "No valid credential sources found"): a missing credential is reported once, at the provider
 * block, with what was tried, instead of as an SDK message at the first API call. The chain is the
 * SDK's and memoizes what it finds, so requests reuse it. Static keys need no resolving.
 */
export async function checkCredentials(
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider,
  context: { settings: EvsProviderSettings; region: string },
  diags: Diagnostics,
): Promise<boolean> {
  if (typeof credentials !== 'function') return true;
  const started = Date.now();
  try {
    const found = await credentials({
      callerClientConfig: { region: async () => context.region, profile: context.settings.profile },
    });
    log.info('Retrieved credentials', { credentials_source: sourceOf(found), duration_ms: Date.now() - started });
    return true;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.debug('No credentials found', { error: message, duration_ms: Date.now() - started });
    diags.error(
      'No valid credential sources found',
      [
        'The provider found no AWS credentials. It looked, in this order, at:',
        ...sourcesTried(context.settings, process.env).map((s) => `  - ${s}`),
        '',
        'Give credentials one of these ways: access_key and secret_key (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), a profile (`aws configure`, or `aws sso login` for SSO), or a role of the machine. Against the local EVS service any well-formed key pair works.',
        '',
        `Error: ${message}`,
      ].join('\n'),
    );
    return false;
  }
}
