/**
 * The http auth scheme wiring of a generated SDK client, for service `evs`: every operation is
 * signed with SigV4 (`aws.auth#sigv4`, signing name `evs`, the client's region). Signing itself and
 * credential resolution are the SDK's (`AwsSdkSigV4Signer`, `resolveAwsSdkSigV4Config`).
 */
import {
  AwsSdkSigV4Signer,
  resolveAwsSdkSigV4Config,
  type AwsSdkSigV4AuthInputConfig,
  type AwsSdkSigV4AuthResolvedConfig,
  type AwsSdkSigV4PreviouslyResolved,
} from '@aws-sdk/core/httpAuthSchemes';
import { getSmithyContext, normalizeProvider } from '@smithy/core';
import type {
  HandlerExecutionContext,
  HttpAuthOption,
  HttpAuthScheme,
  HttpAuthSchemeParameters,
  HttpAuthSchemeParametersProvider,
  HttpAuthSchemeProvider,
  Provider,
} from '@smithy/types';

export const SIGNING_NAME = 'evs';
export const SIGV4 = 'aws.auth#sigv4';

export interface EvsHttpAuthSchemeParameters extends HttpAuthSchemeParameters {
  region?: string;
}

export interface EvsHttpAuthSchemeParametersProvider
  extends HttpAuthSchemeParametersProvider<
    { region: string | Provider<string> },
    HandlerExecutionContext,
    EvsHttpAuthSchemeParameters,
    object
  > {}

export const defaultEvsHttpAuthSchemeParametersProvider: EvsHttpAuthSchemeParametersProvider = async (
  config,
  context,
) => ({
  operation: getSmithyContext(context).operation as string,
  region:
    (await normalizeProvider(config.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});

function createAwsAuthSigv4HttpAuthOption(authParameters: EvsHttpAuthSchemeParameters): HttpAuthOption {
  return {
    schemeId: SIGV4,
    signingProperties: { name: SIGNING_NAME, region: authParameters.region },
    propertiesExtractor: (config: unknown, context: unknown) => ({ signingProperties: { config, context } }),
  };
}

export interface EvsHttpAuthSchemeProvider extends HttpAuthSchemeProvider<EvsHttpAuthSchemeParameters> {}

/** All six operations use SigV4; none is unsigned. */
export const defaultEvsHttpAuthSchemeProvider: EvsHttpAuthSchemeProvider = (authParameters) => [
  createAwsAuthSigv4HttpAuthOption(authParameters),
];

export const defaultHttpAuthSchemes = (): HttpAuthScheme[] => [
  {
    schemeId: SIGV4,
    identityProvider: (ipc) => ipc.getIdentityProvider(SIGV4),
    signer: new AwsSdkSigV4Signer(),
  },
];

export interface HttpAuthSchemeInputConfig extends AwsSdkSigV4AuthInputConfig {
  authSchemePreference?: string[] | Provider<string[]>;
  httpAuthSchemes?: HttpAuthScheme[];
  httpAuthSchemeProvider?: EvsHttpAuthSchemeProvider;
}

export interface HttpAuthSchemeResolvedConfig extends AwsSdkSigV4AuthResolvedConfig {
  readonly authSchemePreference: Provider<string[]>;
  readonly httpAuthSchemes: HttpAuthScheme[];
  readonly httpAuthSchemeProvider: EvsHttpAuthSchemeProvider;
}

export const resolveHttpAuthSchemeConfig = <T>(
  config: T & HttpAuthSchemeInputConfig & AwsSdkSigV4PreviouslyResolved,
): T & HttpAuthSchemeResolvedConfig => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
  }) as T & HttpAuthSchemeResolvedConfig;
};
