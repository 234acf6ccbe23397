import type { Connector, ConnectorCheck } from '../../../evs';
import type { Model } from '../../framework/model';
import { rfc3339 } from '../shared/time';
import type { ConnectorView, connectorSchema } from './schema';

export type ConnectorModel = Model<typeof connectorSchema>;

/** `environment_id/connector_id`: the resource's `id`. */
export function connectorResourceId(environmentId: string, connectorId: string): string {
  return `${environmentId}/${connectorId}`;
}

function flattenCheck(c: ConnectorCheck) {
  return {
    type: c.type ?? null,
    result: c.result ?? null,
    last_check_attempt: rfc3339(c.lastCheckAttempt),
    impaired_since: rfc3339(c.impairedSince),
  };
}

/** Every attribute the service reports about a connector, in state form. */
export function flattenConnector(c: Connector): ConnectorView {
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

/** Keeps the configured spelling when the service reports an equivalent value. */
function keepSpelling(configured: string | null, reported: string | null, same: (a: string, b: string) => boolean): string | null {
  if (configured !== null && reported !== null && same(configured, reported)) return configured;
  return reported ?? configured;
}

/** The resource's state from what the service reports; local-only settings come from `base`. */
export function stateFrom(c: Connector, base: Pick<ConnectorModel, 'appliance_fqdn' | 'secret_identifier' | 'wait_for_healthy' | 'timeouts'>): ConnectorModel {
  const flat = flattenConnector(c);
  return {
    ...flat,
    appliance_fqdn: keepSpelling(base.appliance_fqdn, flat.appliance_fqdn, sameFqdn),
    secret_identifier: keepSpelling(base.secret_identifier, flat.secret_arn, sameSecret),
    wait_for_healthy: base.wait_for_healthy ?? false,
    timeouts: base.timeouts ?? null,
  };
}
