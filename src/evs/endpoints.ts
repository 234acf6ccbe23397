/**
 * EVS endpoint resolution: the rules of the service's endpoint rule set, written out as code over
 * the SDK's partition table (`partition(region)` from @aws-sdk/util-endpoints). Checked against
 * every vector of the official `endpoint-tests-1.json`.
 */
import { partition } from '@aws-sdk/util-endpoints';
import type { EndpointParameters as __EndpointParameters, EndpointV2, Logger } from '@smithy/types';
import { EndpointError } from '@smithy/util-endpoints';

/** The rule set's parameters, by their rule-set names. */
export interface EndpointParameters extends __EndpointParameters {
  Region?: string | undefined;
  UseDualStack?: boolean | undefined;
  UseFIPS?: boolean | undefined;
  Endpoint?: string | undefined;
}

/** How each parameter is read from client config (the SDK's "endpoint parameter instructions"). */
export const commonParams = {
  UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
  Endpoint: { type: 'builtInParams', name: 'endpoint' },
  Region: { type: 'builtInParams', name: 'region' },
  UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
} as const;

/** Client config members that feed the parameters, with their defaults. */
export interface ClientInputEndpointParameters {
  region?: string | (() => Promise<string>) | undefined;
  useDualstackEndpoint?: boolean | (() => Promise<boolean>) | undefined;
  useFipsEndpoint?: boolean | (() => Promise<boolean>) | undefined;
  endpoint?: string | (() => Promise<string>) | undefined;
}
export interface ClientResolvedEndpointParameters extends ClientInputEndpointParameters {
  defaultSigningName: string;
}
export const resolveClientEndpointParameters = <T>(
  options: T & ClientInputEndpointParameters,
): T & ClientResolvedEndpointParameters =>
  Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: 'evs',
  });

function fail(message: string): never {
  // The SDK's resolvers throw its EndpointError; keep the same class for callers that check it.
  throw new EndpointError(message);
}

/** Resolves the endpoint for one request. Throws EndpointError for configuration errors. */
export function defaultEndpointResolver(
  params: EndpointParameters,
  context: { logger?: Logger } = {},
): EndpointV2 {
  const { Region: region, Endpoint: endpoint } = params;
  const useFips = params.UseFIPS === true;
  const useDualStack = params.UseDualStack === true;

  if (endpoint !== undefined && endpoint !== null) {
    // A custom endpoint is used exactly as given; it cannot also be FIPS or dual-stack.
    if (useFips) fail('Invalid Configuration: FIPS and custom endpoint are not supported');
    if (useDualStack) fail('Invalid Configuration: Dualstack and custom endpoint are not supported');
    return result(endpoint, context);
  }
  if (region === undefined || region === null || region === '') {
    fail('Invalid Configuration: Missing Region');
  }

  const p = partition(region);
  if (useFips && useDualStack) {
    if (!p.supportsFIPS || !p.supportsDualStack) {
      fail('FIPS and DualStack are enabled, but this partition does not support one or both');
    }
    return result(`https://evs-fips.${region}.${p.dualStackDnsSuffix}`, context);
  }
  if (useFips) {
    if (!p.supportsFIPS) fail('FIPS is enabled but this partition does not support FIPS');
    return result(`https://evs-fips.${region}.${p.dnsSuffix}`, context);
  }
  if (useDualStack) {
    if (!p.supportsDualStack) fail('DualStack is enabled but this partition does not support DualStack');
    return result(`https://evs.${region}.${p.dualStackDnsSuffix}`, context);
  }
  return result(`https://evs.${region}.${p.dnsSuffix}`, context);
}

function result(url: string, context: { logger?: Logger }): EndpointV2 {
  context.logger?.debug?.(`evs endpoint resolved: ${url}`);
  return { url: new URL(url) };
}
