/**
 * Test helper: posts awsJson1_0 requests to the emulator, signed with the SDK's SigV4 signer and
 * dummy keys, and returns status, headers and the parsed body.
 */
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export const DUMMY_KEYS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

export interface AwsResponse {
  status: number;
  headers: Headers;
  body: any;
  /** `__type` without namespace, or undefined on success. */
  errorType?: string;
}

export interface CallOptions {
  keys?: { accessKeyId: string; secretAccessKey: string };
  service?: string;
  region?: string;
  /** Raw body instead of JSON.stringify(input). */
  rawBody?: string;
  target?: string;
  contentType?: string;
  /** Skip signing entirely. */
  unsigned?: boolean;
  /** Replace the Authorization header after signing. */
  authorization?: string;
  signingDate?: Date;
}

export async function signedRequest(
  url: string,
  operation: string,
  input: unknown,
  opts: CallOptions = {},
): Promise<{ headers: Record<string, string>; body: string }> {
  const u = new URL(url);
  const body = opts.rawBody ?? JSON.stringify(input);
  const request = new HttpRequest({
    method: 'POST',
    protocol: u.protocol,
    hostname: u.hostname,
    port: Number(u.port),
    path: '/',
    headers: {
      host: u.host,
      'content-type': opts.contentType ?? 'application/x-amz-json-1.0',
      'x-amz-target': opts.target ?? `AmazonElasticVMwareService.${operation}`,
    },
    body,
  });
  if (opts.unsigned) return { headers: request.headers, body };
  const signer = new SignatureV4({
    credentials: opts.keys ?? DUMMY_KEYS,
    region: opts.region ?? 'us-east-1',
    service: opts.service ?? 'evs',
    sha256: Hash.bind(null, 'sha256'),
  });
  const signed = await signer.sign(request, opts.signingDate ? { signingDate: opts.signingDate } : undefined);
  const headers = { ...signed.headers } as Record<string, string>;
  if (opts.authorization !== undefined) headers['authorization'] = opts.authorization;
  return { headers, body };
}

export async function call(url: string, operation: string, input: unknown = {}, opts: CallOptions = {}): Promise<AwsResponse> {
  const req = await signedRequest(url, operation, input, opts);
  const { host: _host, ...headers } = req.headers;
  const res = await fetch(url + '/', { method: 'POST', headers, body: req.body });
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  const rawType: string | undefined = res.ok ? undefined : (res.headers.get('x-amzn-errortype') ?? body?.__type);
  return {
    status: res.status,
    headers: res.headers,
    body,
    errorType: rawType?.split(':')[0]!.split('#').pop(),
  };
}

/** Calls and expects success; throws with the error body otherwise. */
export async function ok(url: string, operation: string, input: unknown = {}): Promise<any> {
  const r = await call(url, operation, input);
  if (r.status !== 200) throw new Error(`${operation} answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls ListEnvironmentConnectors until the connector reaches `state` (or is gone, for 'GONE'). */
export async function waitForState(url: string, environmentId: string, connectorId: string, state: string, timeoutMs = 5000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const out = await ok(url, 'ListEnvironmentConnectors', { environmentId });
    const c = out.connectors.find((x: any) => x.connectorId === connectorId);
    if (state === 'GONE' ? !c : c?.state === state) return c;
    if (Date.now() > deadline) throw new Error(`connector ${connectorId} did not reach ${state}; last ${JSON.stringify(c)}`);
    await sleep(20);
  }
}
