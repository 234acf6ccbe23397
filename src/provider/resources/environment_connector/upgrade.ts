import type { Diagnostics } from '../../framework/diagnostics';
import { connectorResourceId, type ConnectorModel } from './model';

/**
 * Schema version 0 of `evs_environment_connector` (provider 0.0.x): `id` was the bare connector id,
 * there was no `connector_id`, no `checks` and no `wait_for_healthy`. Version 1 makes `id`
 * `environment_id/connector_id` and adds those three. `checks` starts empty; the refresh that
 * follows every upgrade fills it.
 */
export interface ConnectorStateV0 {
  id: string;
  environment_id: string;
  type: string;
  appliance_fqdn: string;
  secret_identifier: string;
  secret_arn?: string | null;
  state?: string | null;
  state_details?: string | null;
  status?: string | null;
  created_at?: string | null;
  modified_at?: string | null;
  timeouts?: { create?: string | null; update?: string | null; delete?: string | null } | null;
}

export function upgradeConnectorStateV0(raw: unknown, diags: Diagnostics): ConnectorModel | null {
  const v0 = raw as Partial<ConnectorStateV0> | null;
  if (!v0 || typeof v0 !== 'object' || typeof v0.id !== 'string' || typeof v0.environment_id !== 'string') {
    diags.error(
      'Cannot upgrade state',
      'The stored version-0 state of this connector has no id or environment_id, so it cannot be upgraded. Remove it from state (`terraform state rm` or `tofu state rm`) and import it again by environment_id/connector_id.',
    );
    return null;
  }
  // A v0 id that already holds a slash was written by a pre-release build that used the new form.
  const connectorId = v0.id.includes('/') ? v0.id.split('/')[1]! : v0.id;
  const t = v0.timeouts;
  return {
    id: connectorResourceId(v0.environment_id, connectorId),
    environment_id: v0.environment_id,
    connector_id: connectorId,
    type: v0.type ?? null,
    appliance_fqdn: v0.appliance_fqdn ?? null,
    secret_identifier: v0.secret_identifier ?? null,
    wait_for_healthy: false,
    secret_arn: v0.secret_arn ?? null,
    state: v0.state ?? null,
    state_details: v0.state_details ?? null,
    status: v0.status ?? null,
    checks: [],
    created_at: v0.created_at ?? null,
    modified_at: v0.modified_at ?? null,
    timeouts: t ? { create: t.create ?? null, update: t.update ?? null, delete: t.delete ?? null } : null,
  };
}
