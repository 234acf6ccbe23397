/** Stored records rendered as the model's output shapes (Connector, Environment, EnvironmentSummary). */
import { connectorChecks, deriveStatus } from './checks';
import type { ConnectorRecord, EnvironmentRecord } from './model';
import { epochSeconds } from './protocol';

export interface AccountContext {
  region: string;
  accountId: string;
}

export function connectorView(c: ConnectorRecord, now: number, checkIntervalMs: number): Record<string, unknown> {
  const checks = connectorChecks(c, now, checkIntervalMs);
  const out: Record<string, unknown> = {
    environmentId: c.environmentId,
    connectorId: c.connectorId,
    type: c.type,
    applianceFqdn: c.applianceFqdn,
    secretArn: c.secretArn,
    state: c.state,
  };
  if (c.stateDetails !== undefined) out.stateDetails = c.stateDetails;
  out.status = deriveStatus(checks);
  out.checks = checks.map((k) => {
    const v: Record<string, unknown> = { type: k.type, result: k.result };
    if (k.lastCheckAttempt !== undefined) v.lastCheckAttempt = epochSeconds(k.lastCheckAttempt);
    if (k.impairedSince !== undefined) v.impairedSince = epochSeconds(k.impairedSince);
    return v;
  });
  out.createdAt = epochSeconds(c.createdAt);
  out.modifiedAt = epochSeconds(c.modifiedAt);
  return out;
}

function environmentArn(e: EnvironmentRecord, ctx: AccountContext): string {
  return `arn:aws:evs:${ctx.region}:${ctx.accountId}:environment/${e.environmentId}`;
}

/** Environment health as the summary reports it: known only once the environment exists. */
function environmentStatus(e: EnvironmentRecord): string {
  if (e.environmentState === 'CREATED') return 'PASSED';
  if (e.environmentState === 'CREATE_FAILED') return 'FAILED';
  return 'UNKNOWN';
}

export function environmentSummaryView(e: EnvironmentRecord, ctx: AccountContext): Record<string, unknown> {
  return {
    environmentId: e.environmentId,
    environmentName: e.environmentName,
    vcfVersion: e.vcfVersion,
    environmentStatus: environmentStatus(e),
    environmentState: e.environmentState,
    createdAt: epochSeconds(e.createdAt),
    modifiedAt: epochSeconds(e.modifiedAt),
    environmentArn: environmentArn(e, ctx),
  };
}

export function environmentView(e: EnvironmentRecord, ctx: AccountContext): Record<string, unknown> {
  const out: Record<string, unknown> = {
    environmentId: e.environmentId,
    environmentState: e.environmentState,
  };
  if (e.stateDetails !== undefined) out.stateDetails = e.stateDetails;
  Object.assign(out, {
    createdAt: epochSeconds(e.createdAt),
    modifiedAt: epochSeconds(e.modifiedAt),
    environmentArn: environmentArn(e, ctx),
    environmentName: e.environmentName,
    vcfVersion: e.vcfVersion,
    termsAccepted: true,
    environmentStatus: environmentStatus(e),
    checks: [],
    credentials: [],
  });
  return out;
}
