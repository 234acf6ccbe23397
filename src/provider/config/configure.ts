import { access, constants } from 'fs/promises';
import type * as SharedConfig from '@smithy/core/config';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { EvsClient, EvsProviderSettings } from '../../evs';
import { baseCredentialsFromSettings, regionFromSettings } from '../../evs/sources';
import { PROVIDER_EXECUTABLE, PROVIDER_VERSION } from '../../names';
import { evsSdk } from '../evs-sdk';
import type { Diagnostics } from '../framework/diagnostics';
import { parseDuration } from '../framework/duration';
import { attr } from '../framework/path';
import { containsUnknown, num, obj, str, strings } from '../framework/values';
import type { ObjectValue } from '../protocol/provider-api';
import { checkCredentials, sharedFilePaths } from './credentials';
import { instrumentClient } from './instrument';

/** What configuring produced: the client (built at its first use), or the reason there is none yet. */
export type Configured =
  | { kind: 'client'; client: () => EvsClient; region: string }
  | { kind: 'unknown'; attributes: string[] };

/**
 * Provider block → one EvsClient. Checks files, profile and region locally, then resolves the
 * credentials through the SDK's chain (see checkCredentials), as the Terraform AWS provider does;
 * a role in assume_role is assumed at the first request. Misconfiguration becomes diagnostics with
 * attribute paths. The client itself, and with it most of the AWS SDK, is built at the first API
 * call: most provider processes of a command (a plan with nothing to refresh) make none.
 */
export async function configureClient(config: ObjectValue, diags: Diagnostics): Promise<Configured | undefined> {
  // Values from other resources are unknown at plan time: plan needs no API, so wait for apply.
  // default_tags shape plans, not the client: an unknown one never holds the client back.
  const unknown = Object.keys(config).filter((k) => k !== 'default_tags' && containsUnknown(config[k] ?? null));
  if (unknown.length > 0) return { kind: 'unknown', attributes: unknown };

  const settings = settingsFrom(config, diags);
  if (diags.hasErrors()) return undefined;

  const files = {
    ...(settings.sharedCredentialsFile !== undefined && { filepath: settings.sharedCredentialsFile }),
    ...(settings.sharedConfigFile !== undefined && { configFilepath: settings.sharedConfigFile }),
  };
  for (const [name, file] of [
    ['shared_config_files', settings.sharedConfigFile],
    ['shared_credentials_files', settings.sharedCredentialsFile],
  ] as const) {
    if (file === undefined) continue;
    try {
      await access(file, constants.R_OK);
    } catch (err) {
      diags.error(
        `Cannot read ${name}`,
        `The file ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}). Check the path and its permissions.`,
        attr(name).index(0),
      );
    }
  }
  if (diags.hasErrors()) return undefined;

  const staticKeys = settings.accessKey !== undefined;
  const profileChosen = settings.profile !== undefined || process.env['AWS_PROFILE'] !== undefined;
  if (!staticKeys && profileChosen) {
    const { getProfileName, loadSharedConfigFiles } = require('@smithy/core/config') as typeof SharedConfig;
    const profile = getProfileName({ profile: settings.profile });
    const loaded = await loadSharedConfigFiles({ ...files, ignoreCache: true });
    if (!loaded.configFile[profile] && !loaded.credentialsFile[profile]) {
      const paths = sharedFilePaths(settings);
      const where = settings.profile !== undefined ? attr('profile') : undefined;
      diags.error(
        `Unknown AWS profile "${profile}"`,
        `The profile "${profile}"${settings.profile === undefined ? ' (from AWS_PROFILE)' : ''} is in neither the shared config file (${paths.config}) nor the shared credentials file (${paths.credentials}). Add it there, or set profile to one that exists.`,
        where,
      );
      return undefined;
    }
  }

  let region: string | undefined;
  try {
    region = await regionFromSettings(settings)();
  } catch {
    region = undefined;
  }
  if (!region) {
    diags.error(
      'No AWS region',
      'The provider needs a region: set region in the provider block, or the AWS_REGION or AWS_DEFAULT_REGION environment variable, or region in the shared config profile.',
      attr('region'),
    );
    return undefined;
  }
  settings.region = region;

  const credentials = baseCredentialsFromSettings(settings);
  if (!(await checkCredentials(credentials, { settings, region }, diags))) return undefined;

  return { kind: 'client', client: clientOnFirstUse(settings, credentials), region };
}

/** The client for these settings, built once when first asked for; the credentials are the ones checked. */
function clientOnFirstUse(
  settings: EvsProviderSettings,
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider,
): () => EvsClient {
  let client: EvsClient | undefined;
  return () => {
    if (client) return client;
    client = evsSdk().createEvsClient(settings, credentials);
    instrumentClient(client);
    return client;
  };
}

function settingsFrom(config: ObjectValue, diags: Diagnostics): EvsProviderSettings {
  const s: EvsProviderSettings = { userAgentAppId: `${PROVIDER_EXECUTABLE}/${PROVIDER_VERSION}` };
  const set = <K extends keyof EvsProviderSettings>(k: K, v: EvsProviderSettings[K] | undefined) => {
    if (v !== undefined) s[k] = v;
  };
  set('region', str(config['region']));
  set('profile', str(config['profile']));
  set('accessKey', str(config['access_key']));
  set('secretKey', str(config['secret_key']));
  set('token', str(config['token']));
  set('endpoint', str(config['endpoint']));
  set('maxRetries', num(config['max_retries']));
  const mode = str(config['retry_mode']);
  if (mode === 'standard' || mode === 'adaptive') s.retryMode = mode;
  for (const [name, key] of [
    ['shared_config_files', 'sharedConfigFile'],
    ['shared_credentials_files', 'sharedCredentialsFile'],
  ] as const) {
    const list = strings(config[name]);
    if (!list || list.length === 0) continue;
    s[key] = list[0];
    if (list.length > 1) {
      diags.warning(
        `Only the first of ${name} is used`,
        `The AWS SDK for JavaScript reads a single file of each kind, so ${list.slice(1).join(', ')} ${list.length > 2 ? 'are' : 'is'} ignored. Merge the profiles into ${list[0]}.`,
        attr(name).index(1),
      );
    }
  }
  if ((s.accessKey === undefined) !== (s.secretKey === undefined)) {
    diags.error(
      'Incomplete static credentials',
      'Set access_key and secret_key together, or neither (then credentials come from the environment or shared files).',
      attr(s.accessKey === undefined ? 'access_key' : 'secret_key'),
    );
  }
  const role = obj(config['assume_role']);
  const roleArn = str(role?.['role_arn']);
  if (role && roleArn) {
    const durationText = str(role['duration']);
    const ms = durationText !== undefined ? parseDuration(durationText) : null;
    s.assumeRole = {
      roleArn,
      ...(str(role['session_name']) !== undefined && { sessionName: str(role['session_name']) }),
      ...(str(role['external_id']) !== undefined && { externalId: str(role['external_id']) }),
      ...(ms !== null && { durationSeconds: Math.round(ms / 1000) }),
    };
  }
  return s;
}
