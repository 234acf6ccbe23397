/**
 * Durations in Terraform's (Go's time.ParseDuration) notation: "30s", "45m", "1h30m", "1.5h",
 * "500ms". Timeouts blocks of every Terraform provider accept this form, so users already know it.
 */
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3,
  'μs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const WHOLE = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;

/** Milliseconds, or null when `text` is not a duration. "0" alone is zero, as in Go. */
export function parseDuration(text: string): number | null {
  if (text === '0') return 0;
  if (!WHOLE.test(text)) return null;
  let total = 0;
  for (const m of text.matchAll(PART)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

export const DURATION_HINT = 'a number followed by a unit, such as "30s", "45m" or "1h30m" (units h, m, s, ms)';

/** "1h30m" style text for messages. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || (!h && !m) ? `${s}s` : ''}`;
}
