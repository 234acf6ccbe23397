/**
 * hclog-JSON logging on stderr: the engine shows these lines at their level under
 * TF_LOG / TF_LOG_PROVIDER. Never pass credentials or secret values as fields: `redact` drops
 * the known sensitive keys as a second line of defence.
 */
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

function emit(level: LogLevel, message: string, fields?: LogFields): void {
  if (LEVELS[level] < threshold) return;
  const line = {
    '@level': level,
    '@message': message,
    '@timestamp': timestamp(),
    '@module': 'provider.evs',
    ...(fields ? redact(fields) : {}),
  };
  sink(JSON.stringify(line));
}

export const log = {
  trace: (message: string, fields?: LogFields) => emit('trace', message, fields),
  debug: (message: string, fields?: LogFields) => emit('debug', message, fields),
  info: (message: string, fields?: LogFields) => emit('info', message, fields),
  warn: (message: string, fields?: LogFields) => emit('warn', message, fields),
  error: (message: string, fields?: LogFields) => emit('error', message, fields),
};
