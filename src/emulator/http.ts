/**
 * HTTP: reads bodies with a size cap, routes `/_emulator/` to the control interface and
 * everything else to the awsJson1_0 API (SigV4 checks, faults, rate limits, operations), and
 * answers every failure in the AWS error shape. No request can crash or stall the server.
 */
import { randomUUID } from 'crypto';
import * as http from 'http';
import { parseAuthorization, verifySignature } from './auth';
import { ControlError } from './control';
import { CONTROL_PREFIX, routeControl } from './control-routes';
import type { EvsState, Outcome } from './evs-state';
import { isOperationName, type OperationName } from './model';
import {
  AwsError,
  errorBody,
  internalError,
  JSON_CONTENT_TYPE,
  MAX_BODY_BYTES,
  parseJson,
  parseJsonBody,
  TARGET_PREFIX,
  throttling,
  validationError,
} from './protocol';

export interface ServerOptions {
  /** Access key id → secret access key; when set, signatures are recomputed and compared. */
  verifyKeys?: ReadonlyMap<string, string>;
}

class BodyTooLarge extends Error {}

/** Reads the whole body, or rejects as soon as it passes the cap (the rest is discarded). */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

function sendAwsError(res: http.ServerResponse, requestId: string, err: AwsError): void {
  send(res, err.status, errorBody(err), {
    'Content-Type': JSON_CONTENT_TYPE,
    'x-amzn-RequestId': requestId,
    'X-Amzn-ErrorType': err.type,
    ...err.headers,
  });
}

function outcomeOf(err: AwsError): Outcome {
  switch (err.type) {
    case 'ThrottlingException':
      return 'throttled';
    case 'ValidationException':
      return 'validation';
    case 'ResourceNotFoundException':
      return 'notFound';
    default:
      return 'other';
  }
}

function targetOperation(header: string | string[] | undefined): string | undefined {
  const target = Array.isArray(header) ? header[0] : header;
  if (!target || !target.startsWith(TARGET_PREFIX + '.')) return undefined;
  return target.slice(TARGET_PREFIX.length + 1);
}

function isJsonContentType(value: string | undefined): boolean {
  return (value ?? '').split(';')[0]!.trim().toLowerCase() === JSON_CONTENT_TYPE;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export function createServer(state: EvsState, options: ServerOptions = {}): http.Server {
  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, requestId: string) {
    const target = targetOperation(req.headers['x-amz-target']);
    const op: OperationName | undefined = target !== undefined && isOperationName(target) ? target : undefined;
    const finish = (outcome: Outcome) => op && state.count(op, outcome);
    if (op) state.count(op, 'call');
    try {
      const auth = parseAuthorization(req.headers);
      if (options.verifyKeys) {
        await verifySignature(
          { method: req.method ?? 'POST', path: req.url ?? '/', headers: req.headers, body },
          auth,
          options.verifyKeys,
          Date.now(),
        );
      }
    } catch (err) {
      finish('denied');
      throw err;
    }
    if (req.method !== 'POST' || (req.url ?? '/').split('?')[0] !== '/') {
      throw validationError(`${req.method} ${req.url} is not an EVS operation; send POST / with X-Amz-Target.`, 'unknownOperation');
    }
    if (!op) {
      throw validationError(
        target === undefined
          ? `X-Amz-Target must be ${TARGET_PREFIX}.<Operation>.`
          : `${target} is not an operation of this service.`,
        'unknownOperation',
      );
    }
    try {
      const fault = state.faults.decide(op);
      if (fault.latencyMs > 0) await sleep(fault.latencyMs);
      if (fault.reset) {
        finish('faulted');
        req.socket.destroy();
        return;
      }
      if (fault.error) {
        finish(fault.error.type === 'ThrottlingException' ? 'throttled' : 'faulted');
        return sendAwsError(res, requestId, fault.error);
      }
      const wait = state.limiter.take(op, Date.now());
      if (wait > 0) throw throttling(wait);
      if (!isJsonContentType(req.headers['content-type'])) {
        throw validationError(`Content-Type must be ${JSON_CONTENT_TYPE}.`, 'cannotParse');
      }
      const output = state.run(op, parseJsonBody(body.toString('utf8')));
      finish('ok');
      send(res, 200, JSON.stringify(output), { 'Content-Type': JSON_CONTENT_TYPE, 'x-amzn-RequestId': requestId });
    } catch (err) {
      if (err instanceof AwsError) finish(outcomeOf(err));
      else finish('other');
      throw err;
    }
  }

  async function handleControl(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) {
    const reply = (status: number, value: unknown) =>
      value === undefined
        ? (res.writeHead(status), res.end())
        : send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json' });
    try {
      const text = body.toString('utf8');
      let parsed: unknown;
      if (text.trim()) {
        try {
          parsed = parseJson(text);
        } catch {
          throw new ControlError(400, 'The control body must be JSON.');
        }
      }
      const path = (req.url ?? '/').split('?')[0]!;
      const out = await routeControl(state, req.method ?? 'GET', path, parsed);
      reply(out.status, out.body);
    } catch (err) {
      if (err instanceof ControlError) reply(err.status, { error: err.message });
      else reply(500, { error: String(err) });
    }
  }

  const server = http.createServer((req, res) => {
    const requestId = randomUUID();
    const isControl = (req.url ?? '').startsWith(CONTROL_PREFIX);
    readBody(req)
      .then((body) => (isControl ? handleControl(req, res, body) : handleApi(req, res, body, requestId)))
      .catch((err: unknown) => {
        if (err instanceof BodyTooLarge) {
          res.setHeader('Connection', 'close');
          const e = new AwsError('ValidationException', 413, `Request body exceeds ${MAX_BODY_BYTES} bytes.`, {
            reason: 'cannotParse',
          });
          return sendAwsError(res, requestId, e);
        }
        sendAwsError(res, requestId, err instanceof AwsError ? err : internalError());
      });
  });
  // Slow or broken clients cannot hold the server: bounded header and request times.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) {
      const body = errorBody(validationError('The HTTP request could not be parsed.', 'cannotParse'));
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: ${JSON_CONTENT_TYPE}\r\nX-Amzn-ErrorType: ValidationException\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    } else socket.destroy();
  });
  return server;
}
