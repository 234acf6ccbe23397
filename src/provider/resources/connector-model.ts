import type { Connector, ConnectorCheck } from '../../evs';
import type { CtyType, ObjectValue } from '../protocol/provider-api';

/** The object type of one entry of `checks`. */
export const CHECK_TYPE: CtyType = [
  'object',
  { type: 'string', result: 'string', last_check_attempt: 'string', impaired_since: 'string' },
];

export const CHECKS_DESCRIPTION =
  'Health checks EVS runs against the appliance: `type` (e.g. `VCENTER_REACHABILITY`), `result` (`PASSED`, `FAILED` or `UNKNOWN`), `last_check_attempt` and `impaired_since` (RFC 3339 times, null when not applicable).';

/** RFC 3339 (UTC), with fractional seconds only when the service reported them. */
export function rfc3339(d: Date | undefined): string | null {
  if (!d || Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('.000Z') ? iso.replace('.000Z', 'Z') : iso;
}

export function flattenCheck(c: ConnectorCheck): ObjectValue {
  return {
    type: c.type ?? null,
    result: c.result ?? null,
    last_check_attempt: rfc3339(c.lastCheckAttempt),
    impaired_since: rfc3339(c.impairedSince),
  };
}

/** `environment_id/connector_id`: the resource's `id`. */
export function connectorResourceId(environmentId: string, connectorId: string): string {
  return `${environmentId}/${connectorId}`;
}

/** Every attribute the service reports about a connector, in state form. */
export function flattenConnector(c: Connector): ObjectValue {
  return {
    id: c.environmentId && c.connectorId ? connectorResourceId(c.environmentId, c.connectorId) : null,
    environment_id: c.environmentId ?? null,
    connector_id: c.connectorId ?? null,
    type: c.type ?? null,
    appliance_fqdn: c.applianceFqdn ?? null,
    secret_arn: c.secretArn ?? null,
    state: c.state ?? null,
    state_details: c.stateDetails ?? null,
    status: c.status ?? null,
    checks: (c.checks ?? []).map(flattenCheck),
    created_at: rfc3339(c.createdAt),
    modified_at: rfc3339(c.modifiedAt),
  };
}

/** The name part of a Secrets Manager ARN, or the identifier itself when it is a name. */
function secretName(identifier: string): string {
  const m = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:(.+)$/.exec(identifier);
  return m ? m[1]! : identifier;
}

/**
 * Do a configured secret identifier and the service's `secretArn` name the same secret? True when
 * equal, when one is the ARN of the other's name, or when the ARN carries Secrets Manager's
 * six-character suffix (`name-AbCdEf`). Keeps a configured name from showing as a perpetual diff.
 */
export function sameSecret(configured: string, reported: string): boolean {
  if (configured === reported) return true;
  const a = secretName(configured);
  const b = secretName(reported);
  const strip = (s: string) => s.replace(/-[A-Za-z0-9]{6}$/, '');
  return a === b || strip(b) === a || strip(a) === b;
}

/** Host names compare case-insensitively: keep the configured spelling when only case differs. */
export function sameFqdn(configured: string, reported: string): boolean {
  return configured.toLowerCase() === reported.toLowerCase();
}
