/**
 * hclog-JSON logging on stderr: the engine shows these lines at their level under
 * TF_LOG / TF_LOG_PROVIDER. Never pass credentials or secret values as fields: `redact` drops
 * the known sensitive keys as a second line of defence.
 *
 * Each line carries what terraform-plugin-go writes: `tf_provider_addr`; inside an RPC (see
 * `withLogFields`) `tf_req_id`, `tf_rpc` and `tf_resource_type`; and at DEBUG and TRACE `@caller`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { PROVIDER_FULL_SOURCE } from '../names';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

const SENSITIVE_KEYS = /^(secret_?key|secretAccessKey|token|sessionToken|session_token|password|apiKey|authorization)$/i;

function redact(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = SENSITIVE_KEYS.test(k) ? '[redacted]' : v;
  return out;
}

/** hclog wants microseconds: 2006-01-02T15:04:05.000000Z07:00. */
function timestamp(d = new Date()): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

const LEVELS: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };
const OFF = 5;

/**
 * The lowest level the engine will show, read as the engines read it (TF_LOG_PROVIDER, else
 * TF_LOG; unset or OFF shows nothing, JSON and unknown values mean TRACE), so lines it would drop
 * are never built: at the default level every API call and RPC otherwise costs a JSON line,
 * a timestamp and a write (about a tenth of the provider's CPU in the soak bench).
 */
export function engineLogThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const text = (env['TF_LOG_PROVIDER'] || env['TF_LOG'] || '').trim().toLowerCase();
  if (text === '' || text === 'off') return OFF;
  return LEVELS[text as LogLevel] ?? LEVELS.trace;
}

let sink: (line: string) => void = (line) => process.stderr.write(line + '\n');
let threshold = engineLogThreshold();

/** Tests capture log lines by replacing the sink; a replaced sink receives every level. */
export function setLogSink(fn: (line: string) => void): void {
  sink = fn;
  threshold = LEVELS.trace;
}

/** True when a line at `level` would be written: build costly fields only then. */
export function logEnabled(level: LogLevel): boolean {
  return LEVELS[level] >= threshold;
}

/** Fields of the RPC being served, carried through its async work. */
const context = new AsyncLocalStorage<LogFields>();

/**
 * Runs `fn` with `fields()` added to every line it logs, its async continuations included. When
 * the engine shows no lines, `fn` just runs: no fields are built and no context is kept.
 */
export function withLogFields<T>(fields: () => LogFields, fn: () => T): T {
  if (threshold === OFF) return fn();
  return context.run({ ...context.getStore(), ...fields() }, fn);
}

const FRAME = /\(?([^\s()]+):(\d+):\d+\)?$/;

/**
 * `file:line` of the code that called `log.x`: a one-frame stack trace above `entry`. A few
 * microseconds, so only lines at DEBUG and TRACE engine levels pay it (see bench/provider-log.ts).
 */
function callerOf(entry: Function): string | undefined {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, entry);
  Error.stackTraceLimit = limit;
  const frame = holder.stack?.split('\n')[1];
  const m = frame ? FRAME.exec(frame.trim()) : null;
  return m ? `${m[1]}:${m[2]}` : undefined;
}

function emit(level: LogLevel, message: string, fields: LogFields | undefined, entry: Function): void {
  if (LEVELS[level] < threshold) return;
  const line = {
    ...(threshold <= LEVELS.debug && { '@caller': callerOf(entry) }),
    '@level': level,
    '@message': message,
    '@module': 'provider.evs',
    '@timestamp': timestamp(),
    tf_provider_addr: PROVIDER_FULL_SOURCE,
    ...context.getStore(),
    ...(fields ? redact(fields) : {}),
  };
  sink(JSON.stringify(line));
}

export const log = {
  trace(message: string, fields?: LogFields): void {
    emit('trace', message, fields, log.trace);
  },
  debug(message: string, fields?: LogFields): void {
    emit('debug', message, fields, log.debug);
  },
  info(message: string, fields?: LogFields): void {
    emit('info', message, fields, log.info);
  },
  warn(message: string, fields?: LogFields): void {
    emit('warn', message, fields, log.warn);
  },
  error(message: string, fields?: LogFields): void {
    emit('error', message, fields, log.error);
  },
};
