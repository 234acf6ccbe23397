import type { EvsClient } from '../../evs';
import { redactSensitive } from '../../evs/sensitive';
import { log, logEnabled, type LogFields } from '../log';

/** Longest body shown at TRACE; the rest is cut with a marker (as the AWS provider cuts at 4 KiB). */
const MAX_BODY_CHARS = 16 * 1024;

interface HttpRequestLike {
  method?: string;
  protocol?: string;
  hostname?: string;
  port?: number;
  path?: string;
  headers?: Record<string, string>;
  body?: unknown;
}
interface HttpResponseLike {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const operationOf = (commandName: string | undefined) => commandName?.replace(/Command$/, '') ?? 'unknown';

/** `AKIAIOSFODNN7EXAMPLE` → `AKIA************MPLE`: enough to tell keys apart, as the AWS provider shows them. */
function maskKeyId(id: string): string {
  return id.length <= 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** SigV4's Authorization: scope and signed headers kept, key id masked, signature hidden. */
function redactAuthorization(value: string): string {
  return value
    .replace(/Credential=([^/,\s]+)/, (_, id: string) => `Credential=${maskKeyId(id)}`)
    .replace(/Signature=[0-9a-f]+/i, 'Signature=*****');
}

/** Headers as `http.request.header.x_amz_target` fields (the AWS provider's names), secrets hidden. */
function headerFields(prefix: string, headers: Record<string, string> | undefined): LogFields {
  const out: LogFields = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const key = name.toLowerCase();
    out[`${prefix}.${key.replace(/-/g, '_')}`] =
      key === 'authorization' ? redactAuthorization(value) : key === 'x-amz-security-token' ? '*****' : value;
  }
  return out;
}

/** A JSON body with its sensitive members hidden, cut to MAX_BODY_CHARS. */
function bodyText(body: unknown): string {
  const text = typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body).toString('utf8') : '';
  let shown = text;
  try {
    shown = JSON.stringify(redactSensitive(JSON.parse(text)));
  } catch {
    // Not JSON (an HTML 503, an empty body): shown as sent, a secret cannot be told apart there.
  }
  return shown.length > MAX_BODY_CHARS ? `${shown.slice(0, MAX_BODY_CHARS)}[truncated...]` : shown;
}

/** The response body as bytes, read once, so it can be logged and still deserialized. */
async function bufferBody(response: HttpResponseLike, collect: (body: unknown) => Promise<Uint8Array>): Promise<void> {
  if (response.body === undefined || response.body instanceof Uint8Array || typeof response.body === 'string') return;
  response.body = await collect(response.body);
}

/**
 * Logs every EVS API call (operation, outcome, duration, attempts, request id), every retry, and
 * at DEBUG each HTTP attempt: the request (method, URL, headers) and the response (status, request
 * id, headers, duration), with the JSON bodies at TRACE. Authorization and X-Amz-Security-Token
 * are hidden, and so are the members the EVS model marks sensitive (license keys). Nothing is
 * built for a level the engine does not show.
 */
export function instrumentClient(client: EvsClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const started = Date.now();
      const operation = operationOf(context.commandName);
      try {
        const out = await next(args);
        if (logEnabled('debug')) {
          const meta = (out.output as { $metadata?: { requestId?: string; attempts?: number } }).$metadata;
          log.debug('EVS API call', {
            operation,
            outcome: 'ok',
            duration_ms: Date.now() - started,
            attempts: meta?.attempts,
            request_id: meta?.requestId,
          });
        }
        return out;
      } catch (err) {
        if (logEnabled('debug')) {
          const e = err as { name?: string; $metadata?: { requestId?: string; attempts?: number; httpStatusCode?: number } };
          log.debug('EVS API call', {
            operation,
            outcome: 'error',
            error: e.name,
            http_status: e.$metadata?.httpStatusCode,
            duration_ms: Date.now() - started,
            attempts: e.$metadata?.attempts,
            request_id: e.$metadata?.requestId,
          });
        }
        throw err;
      }
    },
    { step: 'initialize', name: 'terraformProviderCallLog', override: true },
  );
  // Below the retry middleware this runs once per attempt; the SDK numbers attempts in a header.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (logEnabled('info')) {
        const request = args.request as HttpRequestLike | undefined;
        const attempt = /attempt=(\d+)/.exec(request?.headers?.['amz-sdk-request'] ?? '')?.[1];
        if (attempt !== undefined && Number(attempt) > 1) {
          log.info('EVS API retry', { operation: operationOf(context.commandName), attempt: Number(attempt) });
        }
      }
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'terraformProviderRetryLog', override: true },
  );
  // Innermost: the signed request as sent and the raw response before it is parsed, per attempt.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!logEnabled('debug')) return next(args);
      const trace = logEnabled('trace');
      const request = args.request as HttpRequestLike;
      const call: LogFields = { 'rpc.system': 'aws-api', 'rpc.service': 'EVS', 'rpc.method': operationOf(context.commandName) };
      const port = request.port ? `:${request.port}` : '';
      log.debug('HTTP Request Sent', {
        ...call,
        'http.method': request.method,
        'http.url': `${request.protocol ?? 'https:'}//${request.hostname}${port}${request.path ?? '/'}`,
        ...headerFields('http.request.header', request.headers),
        ...(trace && { 'http.request.body': bodyText(request.body) }),
      });
      const started = Date.now();
      try {
        const out = await next(args);
        const response = out.response as HttpResponseLike;
        if (trace) await bufferBody(response, (b) => client.config.streamCollector(b as never));
        log.debug('HTTP Response Received', {
          ...call,
          'http.duration': Date.now() - started,
          'http.status_code': response.statusCode,
          'aws.request_id': response.headers?.['x-amzn-requestid'],
          ...headerFields('http.response.header', response.headers),
          ...(trace && { 'http.response.body': bodyText(response.body) }),
        });
        return out;
      } catch (err) {
        log.debug('HTTP Request Failed', { ...call, 'http.duration': Date.now() - started, error: (err as Error).message });
        throw err;
      }
    },
    { step: 'deserialize', priority: 'low', name: 'terraformProviderHttpLog', override: true },
  );
}
