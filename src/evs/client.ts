/**
 * EvsClient: the shape of a generated AWS SDK v3 client (`@aws-sdk/client-evs`), assembled from the
 * SDK's own resolvers and middleware plugins. `send(command, { abortSignal })` runs the SDK stack:
 * endpoint → serialize → retry (+ invocation id) → user agent / host header / content length →
 * SigV4 signing → NodeHttpHandler → deserialize.
 */
import {
  getHostHeaderPlugin,
  resolveHostHeaderConfig,
  type HostHeaderInputConfig,
  type HostHeaderResolvedConfig,
} from '@aws-sdk/middleware-host-header';
import { getLoggerPlugin } from '@aws-sdk/middleware-logger';
import {
  getUserAgentPlugin,
  resolveUserAgentConfig,
  type UserAgentInputConfig,
  type UserAgentResolvedConfig,
} from '@aws-sdk/middleware-user-agent';
import { resolveRegionConfig, type RegionInputConfig, type RegionResolvedConfig } from '@smithy/config-resolver';
import {
  DefaultIdentityProviderConfig,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
} from '@smithy/core';
import { getContentLengthPlugin } from '@smithy/middleware-content-length';
import {
  resolveEndpointConfig,
  type EndpointInputConfig,
  type EndpointResolvedConfig,
} from '@smithy/middleware-endpoint';
import {
  getRetryPlugin,
  resolveRetryConfig,
  type RetryInputConfig,
  type RetryResolvedConfig,
} from '@smithy/middleware-retry';
import type { HttpHandlerUserInput as __HttpHandlerUserInput } from '@smithy/protocol-http';
import {
  Client as __Client,
  type DefaultsMode as __DefaultsMode,
  type SmithyConfiguration as __SmithyConfiguration,
  type SmithyResolvedConfiguration as __SmithyResolvedConfiguration,
} from '@smithy/smithy-client';
import type {
  AwsCredentialIdentityProvider,
  BodyLengthCalculator as __BodyLengthCalculator,
  CheckOptionalClientConfig as __CheckOptionalClientConfig,
  ChecksumConstructor as __ChecksumConstructor,
  Decoder as __Decoder,
  Encoder as __Encoder,
  HashConstructor as __HashConstructor,
  HttpHandlerOptions as __HttpHandlerOptions,
  Logger as __Logger,
  MetadataBearer as __MetadataBearer,
  Provider as __Provider,
  StreamCollector as __StreamCollector,
  UrlParser as __UrlParser,
  UserAgent as __UserAgent,
} from '@smithy/types';
import {
  defaultEvsHttpAuthSchemeParametersProvider,
  resolveHttpAuthSchemeConfig,
  SIGV4,
  type HttpAuthSchemeInputConfig,
  type HttpAuthSchemeResolvedConfig,
} from './auth';
import {
  resolveClientEndpointParameters,
  type ClientInputEndpointParameters,
  type ClientResolvedEndpointParameters,
  type EndpointParameters,
} from './endpoints';
import { operationErrorPlugin } from './error-summary';
import { resolveRetryAfterConfig } from './retry';
import { getRuntimeConfig as __getRuntimeConfig } from './runtime-config';
import { resolveRuntimeExtensions, type RuntimeExtension } from './runtime-extensions';

/**
 * What a command may take and answer. The generated client spells these as unions of every
 * command's input and output; here they are open, so a new command (commands/<Op>Command.ts)
 * needs no edit of the client.
 */
export type ServiceInputTypes = object;
export type ServiceOutputTypes = __MetadataBearer;

export interface ClientDefaults extends Partial<__SmithyConfiguration<__HttpHandlerOptions>> {
  /** The HTTP handler, or NodeHttpHandler options such as `{ requestTimeout, connectionTimeout }`. */
  requestHandler?: __HttpHandlerUserInput;
  sha256?: __ChecksumConstructor | __HashConstructor;
  urlParser?: __UrlParser;
  bodyLengthChecker?: __BodyLengthCalculator;
  streamCollector?: __StreamCollector;
  base64Decoder?: __Decoder;
  base64Encoder?: __Encoder;
  utf8Decoder?: __Decoder;
  utf8Encoder?: __Encoder;
  runtime?: string;
  disableHostPrefix?: boolean;
  serviceId?: string;
  useDualstackEndpoint?: boolean | __Provider<boolean>;
  useFipsEndpoint?: boolean | __Provider<boolean>;
  region?: string | __Provider<string>;
  /** Shared config/credentials profile for region, retry settings and credentials. */
  profile?: string;
  defaultUserAgentProvider?: __Provider<__UserAgent>;
  /** Used when `credentials` is absent; defaults to the SDK's node default chain. */
  credentialDefaultProvider?: (input: any) => AwsCredentialIdentityProvider;
  maxAttempts?: number | __Provider<number>;
  /** `standard` or `adaptive`. */
  retryMode?: string | __Provider<string>;
  logger?: __Logger;
  extensions?: RuntimeExtension[];
  defaultsMode?: __DefaultsMode | __Provider<__DefaultsMode>;
  /** Skip `AWS_ENDPOINT_URL(_EVS)` and `endpoint_url` from the shared config. */
  ignoreConfiguredEndpointUrls?: boolean;
}

export type EvsClientConfigType = Partial<__SmithyConfiguration<__HttpHandlerOptions>> &
  ClientDefaults &
  UserAgentInputConfig &
  RetryInputConfig &
  RegionInputConfig &
  HostHeaderInputConfig &
  EndpointInputConfig<EndpointParameters> &
  HttpAuthSchemeInputConfig &
  ClientInputEndpointParameters;

/** What `new EvsClient(config)` accepts (all optional). */
export interface EvsClientConfig extends EvsClientConfigType {}

export type EvsClientResolvedConfigType = __SmithyResolvedConfiguration<__HttpHandlerOptions> &
  Required<ClientDefaults> &
  UserAgentResolvedConfig &
  RetryResolvedConfig &
  RegionResolvedConfig &
  HostHeaderResolvedConfig &
  EndpointResolvedConfig<EndpointParameters> &
  HttpAuthSchemeResolvedConfig &
  ClientResolvedEndpointParameters;

export interface EvsClientResolvedConfig extends EvsClientResolvedConfigType {}

export class EvsClient extends __Client<
  __HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  EvsClientResolvedConfig
> {
  override readonly config: EvsClientResolvedConfig;

  constructor(...[configuration]: __CheckOptionalClientConfig<EvsClientConfig>) {
    const _config_0 = __getRuntimeConfig(configuration || {});
    super(_config_0 as any);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryAfterConfig(resolveRetryConfig(_config_2));
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5 as any);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6 as any);
    const _config_8 = resolveRuntimeExtensions(_config_7 as any, configuration?.extensions || []);
    this.config = _config_8 as EvsClientResolvedConfig;
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(
      getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
        httpAuthSchemeParametersProvider: defaultEvsHttpAuthSchemeParametersProvider,
        identityProviderConfigProvider: async (config: EvsClientResolvedConfig) =>
          new DefaultIdentityProviderConfig({ [SIGV4]: config.credentials }),
      }),
    );
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
    // Errors name the operation that threw them (summarizeApiError).
    this.middlewareStack.use(operationErrorPlugin);
  }

  /** Closes the HTTP handler's sockets. */
  override destroy(): void {
    super.destroy();
  }
}
