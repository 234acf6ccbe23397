/**
 * HTTP: reads bodies with a size cap and a time limit, routes `/_emulator/` to the control
 * interface and everything else to the awsJson1_0 API (SigV4 checks, faults, rate limits,
 * operations), and answers every failure in the AWS error shape. A change is durable before its
 * answer leaves (when a state file is kept). No request can crash or stall the server.
 */
import { randomUUID } from 'crypto';
import * as http from 'http';
import type { Socket } from 'net';
import { performance } from 'perf_hooks';
import { parseAuthorization, verifySignature } from './auth';
import { ControlError } from './control';
import { CONTROL_PREFIX, routeControl } from './control-routes';
import type { EvsState, Outcome } from './evs-state';
import type { LostAnswerStyle } from './faults';
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

/** How long a client may take to send its headers, and then its body. */
export interface Timeouts {
  headersMs: number;
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { headersMs: 10_000, bodyMs: 30_000 };

/** One line of the request log. */
export interface RequestLogEntry {
  method: string;
  /** URL path (no query). */
  path: string;
  /** The EVS operation, for API requests that named one. */
  operation?: string;
  /** HTTP status sent, or how the answer was lost: `lost-drop`, `lost-truncate`, `reset`, `closed`. */
  status: number | string;
  requestId: string;
  ms: number;
}

export interface ServerOptions {
  /** Access key id → secret access key; when set, signatures are recomputed and compared. */
  verifyKeys?: ReadonlyMap<string, string>;
  /** Resolves once every change made so far is durable; answers wait for it (the state file). */
  durable?: () => Promise<void>;
  timeouts?: Partial<Timeouts>;
  /** Called once per request, when its answer was sent, lost, or the client went away. */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** What to do with a request's answer. */
interface Answer {
  status: number;
  body?: string;
  headers: Record<string, string>;
  /** Destroy the connection without answering (fault `resetRate`). */
  reset?: boolean;
  /** Lose the answer after the operation ran (fault `lostAnswerRate`). */
  lose?: LostAnswerStyle;
}

class BodyTooLarge extends Error {}
class BodyTimeout extends Error {}

/**
 * Reads the whole body, or rejects as soon as it passes the cap (the rest is discarded) or the
 * time limit passes (Node checks its own request timeout only every few seconds).
 */
function readBody(req: http.IncomingMessage, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      req.off('data', onData);
      reject(new BodyTimeout());
    }, timeoutMs);
    timer.unref();
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        clearTimeout(timer);
        req.off('data', onData);
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

function awsAnswer(requestId: string, err: AwsError): Answer {
  return {
    status: err.status,
    body: errorBody(err),
    headers: { 'Content-Type': JSON_CONTENT_TYPE, 'x-amzn-RequestId': requestId, 'X-Amzn-ErrorType': err.type, ...err.headers },
  };
}

function controlAnswer(status: number, value: unknown): Answer {
  return value === undefined
    ? { status, headers: {} }
    : { status, body: JSON.stringify(value), headers: { 'Content-Type': 'application/json' } };
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

/** False when the path holds a `%` escape that does not decode (e.g. `%E0%A4%A`). */
function wellFormedPath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

const saveFailed = () =>
  internalError('The service could not save the change to its state file; it may or may not have taken effect. Read it back, then retry.');

export function createServer(state: EvsState, options: ServerOptions = {}): http.Server {
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };

  async function durable(): Promise<boolean> {
    if (!options.durable) return true;
    try {
      await options.durable();
      return true;
    } catch (err) {
      process.emitWarning(`EVS emulator: ${(err as Error).message}`);
      return false;
    }
  }

  async function handleApi(req: http.IncomingMessage, body: Buffer, requestId: string, op: OperationName | undefined): Promise<Answer> {
    const target = targetOperation(req.headers['x-amz-target']);
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
      // As AWS JSON services answer a target they do not have: 400 UnknownOperationException.
      throw new AwsError(
        'UnknownOperationException',
        400,
        target === undefined ? `X-Amz-Target must be ${TARGET_PREFIX}.<Operation>.` : `${target} is not an operation of ${TARGET_PREFIX}.`,
      );
    }
    const fault = state.faults.decide(op);
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.reset) {
      finish('faulted');
      return { status: 0, headers: {}, reset: true };
    }
    if (fault.error) {
      finish(fault.error.type === 'ThrottlingException' ? 'throttled' : 'faulted');
      return awsAnswer(requestId, fault.error);
    }
    let answer: Answer;
    let outcome: Outcome;
    try {
      const wait = state.limiter.take(op, Date.now());
      if (wait > 0) throw throttling(wait);
      if (!isJsonContentType(req.headers['content-type'])) {
        throw validationError(`Content-Type must be ${JSON_CONTENT_TYPE}.`, 'cannotParse');
      }
      const output = state.run(op, parseJsonBody(body.toString('utf8')));
      outcome = 'ok';
      answer = { status: 200, body: JSON.stringify(output), headers: { 'Content-Type': JSON_CONTENT_TYPE, 'x-amzn-RequestId': requestId } };
    } catch (err) {
      if (!(err instanceof AwsError)) {
        finish('other');
        throw err;
      }
      outcome = outcomeOf(err);
      answer = awsAnswer(requestId, err);
    }
    // Only what is on disk is answered: a crash after this point loses no answered change.
    if (!(await durable())) {
      outcome = 'other';
      answer = awsAnswer(requestId, saveFailed());
    }
    finish(outcome);
    if (fault.loseAnswer) {
      finish('lostAnswers');
      answer.lose = fault.loseAnswer;
    }
    return answer;
  }

  async function handleControl(req: http.IncomingMessage, body: Buffer): Promise<Answer> {
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
      if (!(await durable())) return controlAnswer(500, { error: saveFailed().message });
      return controlAnswer(out.status, out.body);
    } catch (err) {
      if (err instanceof ControlError) return controlAnswer(err.status, { error: err.message });
      return controlAnswer(500, { error: String(err) });
    }
  }

  /** Sends the answer, or loses it as the faults say. */
  function deliver(req: http.IncomingMessage, res: http.ServerResponse, answer: Answer, note: (status: string) => void): void {
    if (res.headersSent || res.destroyed) return;
    if (answer.reset || answer.lose === 'drop') {
      note(answer.reset ? 'reset' : 'lost-drop');
      req.socket.destroy();
      return;
    }
    const body = answer.body ?? '';
    const length = Buffer.byteLength(body);
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(length) });
    if (answer.lose === 'truncate') {
      // Headers and half the body, then the connection closes: the client sees a short read.
      note('lost-truncate');
      const part = Buffer.from(body).subarray(0, Math.floor(length / 2));
      res.write(part, () => req.socket.destroy());
      return;
    }
    res.end(body);
  }

  /** The answer to a request that timed out, was too large or broke: always closes the connection. */
  function failure(err: unknown, isControl: boolean, requestId: string): Answer {
    let answer: Answer;
    if (err instanceof BodyTooLarge) {
      const e = new AwsError('ValidationException', 413, `Request body exceeds ${MAX_BODY_BYTES} bytes.`, { reason: 'cannotParse' });
      answer = isControl ? controlAnswer(413, { error: e.message }) : awsAnswer(requestId, e);
    } else if (err instanceof BodyTimeout) {
      const message = `The request body did not arrive within ${timeouts.bodyMs} ms.`;
      answer = isControl ? controlAnswer(408, { error: message }) : awsAnswer(requestId, new AwsError('RequestTimeoutException', 408, message));
    } else if (err instanceof AwsError) {
      return isControl ? controlAnswer(err.status, { error: err.message }) : awsAnswer(requestId, err);
    } else {
      return isControl ? controlAnswer(500, { error: String(err) }) : awsAnswer(requestId, internalError());
    }
    answer.headers.Connection = 'close';
    return answer;
  }

  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      // Node's own backstop for the whole request; the body timer above is the tighter limit.
      requestTimeout: timeouts.headersMs + timeouts.bodyMs,
      // Node checks both only this often (default 30 s, which let stalled clients stay 30 s longer).
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(timeouts.headersMs, timeouts.bodyMs) / 5))),
    },
    (req, res) => {
      const started = performance.now();
      const requestId = randomUUID();
      const path = (req.url ?? '/').split('?')[0]!;
      const isControl = path.startsWith(CONTROL_PREFIX);
      const target = isControl ? undefined : targetOperation(req.headers['x-amz-target']);
      const op = target !== undefined && isOperationName(target) ? target : undefined;
      let logged = false;
      const note = (status: number | string) => {
        if (logged || !options.onRequest) return;
        logged = true;
        options.onRequest({ method: req.method ?? '', path, operation: target, status, requestId, ms: performance.now() - started });
      };
      res.on('finish', () => note(res.statusCode));
      res.on('close', () => note('closed'));

      if (!wellFormedPath(path)) {
        const message = `The request path ${JSON.stringify(path.slice(0, 200))} holds a malformed %-escape.`;
        const answer = isControl ? controlAnswer(400, { error: message }) : awsAnswer(requestId, validationError(message, 'cannotParse'));
        req.resume();
        deliver(req, res, answer, note);
        return;
      }
      readBody(req, timeouts.bodyMs)
        .then((body) => (isControl ? handleControl(req, body) : handleApi(req, body, requestId, op)))
        .catch((err: unknown) => failure(err, isControl, requestId))
        .then((answer) => deliver(req, res, answer, note));
    },
  );
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (socket as Socket & { _httpMessage?: http.ServerResponse })._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const e = timedOut
      ? new AwsError('RequestTimeoutException', 408, `The request headers did not arrive within ${timeouts.headersMs} ms.`)
      : validationError('The HTTP request could not be parsed.', 'cannotParse');
    const body = errorBody(e);
    socket.end(
      `HTTP/1.1 ${e.status} ${timedOut ? 'Request Timeout' : 'Bad Request'}\r\nContent-Type: ${JSON_CONTENT_TYPE}\r\n` +
        `X-Amzn-ErrorType: ${e.type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
