/**
 * Node runtime defaults for the EVS client, as a generated client's `runtimeConfig.ts` builds them:
 * region, FIPS/dual-stack, retry mode and max attempts come from config, else env, else the shared
 * config file (with `profile`); credentials from the SDK's default provider chain; HTTP via
 * NodeHttpHandler; defaults mode from @smithy/util-defaults-mode-node.
 */
import { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } from '@aws-sdk/core/httpAuthSchemes';
import { createDefaultUserAgentProvider, emitWarningIfUnsupportedVersion as awsCheckVersion, NODE_APP_ID_CONFIG_OPTIONS } from '@aws-sdk/core/client';
import { defaultProvider as credentialDefaultProvider } from '@aws-sdk/credential-provider-node';
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
} from '@smithy/config-resolver';
import { parseUrl } from '@smithy/core/protocols';
import { calculateBodyLength, fromBase64, fromUtf8, toBase64, toUtf8 } from '@smithy/core/serde';
import { Hash } from '@smithy/hash-node';
import { NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from '@smithy/middleware-retry';
import { loadConfig as loadNodeConfig } from '@smithy/node-config-provider';
import { NodeHttpHandler as RequestHandler, streamCollector } from '@smithy/node-http-handler';
import { emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, NoOpLogger } from '@smithy/smithy-client';
import { resolveDefaultsModeConfig } from '@smithy/util-defaults-mode-node';
import { DEFAULT_RETRY_MODE } from '@smithy/util-retry';
import { PROVIDER_VERSION } from '../names';
import { defaultEvsHttpAuthSchemeProvider, defaultHttpAuthSchemes } from './auth';
import type { EvsClientConfig } from './client';
import { defaultEndpointResolver } from './endpoints';

/** The model's API version and service id (the SDK's `serviceId`, which also names `AWS_ENDPOINT_URL_EVS`). */
export const API_VERSION = '2023-07-27';
export const SERVICE_ID = 'evs';

/** Platform-independent defaults (a generated client's `runtimeConfig.shared.ts`). */
export const getSharedRuntimeConfig = (config: EvsClientConfig) => ({
  apiVersion: API_VERSION,
  base64Decoder: config?.base64Decoder ?? fromBase64,
  base64Encoder: config?.base64Encoder ?? toBase64,
  disableHostPrefix: config?.disableHostPrefix ?? false,
  endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
  extensions: config?.extensions ?? [],
  httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEvsHttpAuthSchemeProvider,
  httpAuthSchemes: config?.httpAuthSchemes ?? defaultHttpAuthSchemes(),
  logger: config?.logger ?? new NoOpLogger(),
  serviceId: config?.serviceId ?? SERVICE_ID,
  urlParser: config?.urlParser ?? parseUrl,
  utf8Decoder: config?.utf8Decoder ?? fromUtf8,
  utf8Encoder: config?.utf8Encoder ?? toUtf8,
});

/** Node defaults (a generated client's `runtimeConfig.ts`). */
export const getRuntimeConfig = (config: EvsClientConfig) => {
  emitWarningIfUnsupportedVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getSharedRuntimeConfig(config);
  awsCheckVersion(process.version);
  const loaderConfig = { profile: config?.profile, logger: clientSharedValues.logger };
  return {
    ...clientSharedValues,
    ...config,
    runtime: 'node',
    defaultsMode,
    authSchemePreference:
      config?.authSchemePreference ?? loadNodeConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? credentialDefaultProvider,
    defaultUserAgentProvider:
      config?.defaultUserAgentProvider ??
      createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: PROVIDER_VERSION }),
    maxAttempts: config?.maxAttempts ?? loadNodeConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region:
      config?.region ??
      loadNodeConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: RequestHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode:
      config?.retryMode ??
      loadNodeConfig(
        {
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
        },
        config,
      ),
    sha256: config?.sha256 ?? Hash.bind(null, 'sha256'),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint:
      config?.useDualstackEndpoint ?? loadNodeConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadNodeConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadNodeConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
  };
};
