/**
 * Runtime extensions, as generated clients apply them: a plugin's `configure()` may swap the region,
 * HTTP handler, retry strategy, auth schemes or credentials before the client is used.
 */
import { getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration } from '@aws-sdk/core/client';
import { getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig } from '@smithy/protocol-http';
import { getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig } from '@smithy/smithy-client';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  HttpAuthScheme,
} from '@smithy/types';
import type { EvsHttpAuthSchemeProvider } from './auth';

export interface HttpAuthExtensionConfiguration {
  setHttpAuthScheme(httpAuthScheme: HttpAuthScheme): void;
  httpAuthSchemes(): HttpAuthScheme[];
  setHttpAuthSchemeProvider(provider: EvsHttpAuthSchemeProvider): void;
  httpAuthSchemeProvider(): EvsHttpAuthSchemeProvider;
  setCredentials(credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider): void;
  credentials(): AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined;
}

export interface RuntimeExtension {
  configure(extensionConfiguration: any): void;
}

interface HttpAuthRuntimeConfig {
  httpAuthSchemes: HttpAuthScheme[];
  httpAuthSchemeProvider: EvsHttpAuthSchemeProvider;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}

const getHttpAuthExtensionConfiguration = (runtimeConfig: HttpAuthRuntimeConfig): HttpAuthExtensionConfiguration => {
  const schemes = runtimeConfig.httpAuthSchemes;
  let provider = runtimeConfig.httpAuthSchemeProvider;
  let credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(scheme) {
      const i = schemes.findIndex((s) => s.schemeId === scheme.schemeId);
      if (i === -1) schemes.push(scheme);
      else schemes.splice(i, 1, scheme);
    },
    httpAuthSchemes: () => schemes,
    setHttpAuthSchemeProvider(p) {
      provider = p;
    },
    httpAuthSchemeProvider: () => provider,
    setCredentials(c) {
      credentials = c;
    },
    credentials: () => credentials,
  };
};

export const resolveRuntimeExtensions = <T extends HttpAuthRuntimeConfig>(
  runtimeConfig: T,
  extensions: RuntimeExtension[],
): T => {
  const rc = runtimeConfig as any;
  const extensionConfiguration = Object.assign(
    getAwsRegionExtensionConfiguration(rc),
    getDefaultExtensionConfiguration(rc),
    getHttpHandlerExtensionConfiguration(rc),
    getHttpAuthExtensionConfiguration(runtimeConfig),
  );
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(
    runtimeConfig,
    resolveAwsRegionExtensionConfiguration(extensionConfiguration),
    resolveDefaultRuntimeConfig(extensionConfiguration),
    resolveHttpHandlerRuntimeConfig(extensionConfiguration),
    {
      httpAuthSchemes: extensionConfiguration.httpAuthSchemes(),
      httpAuthSchemeProvider: extensionConfiguration.httpAuthSchemeProvider(),
      credentials: extensionConfiguration.credentials(),
    },
  );
};
