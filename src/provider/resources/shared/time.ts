/** RFC 3339 (UTC), with fractional seconds only when the service reported them; null when absent. */
export function rfc3339(d: Date | undefined): string | null {
  if (!d || Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('.000Z') ? iso.replace('.000Z', 'Z') : iso;
}
