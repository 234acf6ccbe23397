/**
 * Which request and response members hold secrets, for anything that shows bodies (the provider's
 * TRACE logs). `test/evs/sensitive.test.ts` holds the model's part against the official model.
 * Secret identifiers and ARNs name a secret without holding it, so they are not here.
 */

/** Members whose shape the model marks `sensitive` (LicenseInfo's SolutionKey and VSanLicenseKey). */
export const MODEL_SENSITIVE_MEMBERS = ['solutionKey', 'vsanKey'] as const;

/** Credential-like member names, wherever they appear (no EVS operation should carry them). */
const CREDENTIAL_MEMBERS = ['accessKeyId', 'secretAccessKey', 'sessionToken', 'secretKey', 'password', 'token', 'licenseKey'];

const SENSITIVE = new Set<string>([...MODEL_SENSITIVE_MEMBERS, ...CREDENTIAL_MEMBERS].map((m) => m.toLowerCase()));

export const REDACTED = '[redacted]';

/** True for a member name whose value must not be shown (case-insensitive). */
export function isSensitiveMember(name: string): boolean {
  return SENSITIVE.has(name.toLowerCase());
}

/** A copy of a JSON value with every sensitive member's value replaced, at any depth. */
export function redactSensitive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSensitive);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isSensitiveMember(k) ? REDACTED : redactSensitive(v);
  return out;
}
