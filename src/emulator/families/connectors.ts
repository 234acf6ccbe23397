/**
 * Environment connectors: Create/Update/Delete/ListEnvironmentConnectors with EVS's rules (one
 * connector per type, an appliance FQDN unique among the environment's connectors, one field per
 * update, no delete while VM entitlements are live), their lifecycle and the Connector view.
 */
import type { ConnectorState, ConnectorType } from '../../evs/constraints';
import { connectorChecks, deriveStatus } from '../checks';
import { Lifecycle } from '../lifecycle';
import type { ConnectorChange, ConnectorRecord, ConnectorStep } from '../model';
import { epochSeconds, notFound, validationError, type ValidationField } from '../protocol';
import type { Store } from '../store';
import { fieldErrors, inputSpec } from '../validate';
import { findEnvironment, readyEnvironment, environmentSummaryView } from './environments';
import { listPage, type Family, type OperationContext, type Output } from './family';

export const CONNECTOR_LIFECYCLE = new Lifecycle<ConnectorRecord, ConnectorState, ConnectorStep, ConnectorChange>({
  create: { during: 'CREATING', done: 'ACTIVE', failed: 'CREATE_FAILED', onDone: activate, onFail: fail },
  update: { during: 'UPDATING', done: 'ACTIVE', failed: 'UPDATE_FAILED', onBegin: clearDetails, onDone: activate, onFail: fail },
  delete: { during: 'DELETING', done: 'gone', onBegin: clearDetails },
});

function clearDetails(c: ConnectorRecord): void {
  c.stateDetails = undefined;
}

function activate(c: ConnectorRecord, at: number): void {
  c.stateDetails = undefined;
  c.activeSince = at;
  c.failedAt = undefined;
}

function fail(c: ConnectorRecord, at: number, failure: { message: string }): void {
  c.stateDetails = failure.message;
  c.failedAt = at;
}

export function findConnector(ctx: OperationContext, environmentId: string, connectorId: string): ConnectorRecord {
  const c = ctx.store.connectors.get(connectorId);
  if (!c || c.environmentId !== environmentId) throw notFound('connector', connectorId);
  return c;
}

export function connectorView(c: ConnectorRecord, now: number, checkIntervalMs: number): Output {
  const checks = connectorChecks(c, now, checkIntervalMs);
  const out: Output = {
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
    const v: Output = { type: k.type, result: k.result };
    if (k.lastCheckAttempt !== undefined) v.lastCheckAttempt = epochSeconds(k.lastCheckAttempt);
    if (k.impairedSince !== undefined) v.impairedSince = epochSeconds(k.impairedSince);
    return v;
  });
  out.createdAt = epochSeconds(c.createdAt);
  out.modifiedAt = epochSeconds(c.modifiedAt);
  return out;
}

const view = (ctx: OperationContext, c: ConnectorRecord, now: number) => connectorView(c, now, ctx.durations.checkIntervalMs);

/**
 * The EVS user guide: an appliance FQDN is unique among an environment's connectors. Host names
 * compare case-insensitively; a connector being deleted no longer holds its FQDN (a guess: the
 * guide does not say).
 */
function fqdnInUse(store: Store, environmentId: string, fqdn: string, self?: string): ConnectorRecord | undefined {
  const want = fqdn.toLowerCase();
  for (const c of store.connectorsOf(environmentId)) {
    if (c.connectorId === self || c.state === 'DELETING') continue;
    const held = [c.applianceFqdn, c.pending?.change?.applianceFqdn];
    if (held.some((f) => f?.toLowerCase() === want)) return c;
  }
  return undefined;
}

function uniqueFqdn(store: Store, environmentId: string, fqdn: string, self?: string): void {
  const other = fqdnInUse(store, environmentId, fqdn, self);
  if (other) {
    throw fieldErrors([
      {
        name: 'applianceFqdn',
        message:
          `applianceFqdn ${fqdn} is already used by connector ${other.connectorId} (${other.type}) of environment ${environmentId}; ` +
          "an appliance FQDN is unique among an environment's connectors.",
      },
    ]);
  }
}

const UPDATABLE_STATES = new Set<ConnectorState>(['ACTIVE', 'UPDATE_FAILED']);

/** An update changes one of applianceFqdn and secretIdentifier. */
function oneChange(input: Record<string, unknown>): ValidationField[] {
  const fqdn = input.applianceFqdn;
  const secret = input.secretIdentifier;
  if (fqdn != null && secret != null) {
    return [
      { name: 'applianceFqdn', message: 'applianceFqdn cannot be changed in the same request as secretIdentifier.' },
      { name: 'secretIdentifier', message: 'secretIdentifier cannot be changed in the same request as applianceFqdn.' },
    ];
  }
  if (fqdn == null && secret == null) {
    return [{ name: 'applianceFqdn', message: 'An update must change either applianceFqdn or secretIdentifier.' }];
  }
  return [];
}

export const CONNECTOR_OPERATIONS = {
  CreateEnvironmentConnector: {
    input: inputSpec({
      required: ['environmentId', 'type', 'applianceFqdn', 'secretIdentifier'],
      optional: ['clientToken'],
      rules: { type: { kind: 'enum', values: 'ConnectorType' } },
    }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      const type = input.type as ConnectorType;
      const fqdn = input.applianceFqdn as string;
      readyEnvironment(ctx, environmentId);
      const existing = ctx.store.connectorOfType(environmentId, type);
      if (existing) {
        throw validationError(
          `Environment ${environmentId} already has a ${type} connector (${existing.connectorId}, state ${existing.state}); ` +
            'an environment holds one connector of each type. Import or update that connector instead.',
          'other',
          [{ name: 'type', message: `a ${type} connector already exists: ${existing.connectorId}.` }],
        );
      }
      uniqueFqdn(ctx.store, environmentId, fqdn);
      const now = ctx.store.now();
      const c = ctx.store.addConnector(
        {
          environmentId,
          type,
          applianceFqdn: fqdn,
          // The output member is named secretArn but has the SecretIdentifier shape: the identifier
          // is echoed as given, so a secret name stays a name.
          secretArn: input.secretIdentifier as string,
        },
        now,
      );
      const failWith = ctx.faults.takeFailure('create');
      CONNECTOR_LIFECYCLE.begin(c, 'create', now, ctx.durations.createMs, { fail: failWith ? { message: failWith } : undefined });
      ctx.store.onChange();
      return { connector: view(ctx, c, now) };
    },
  },
  UpdateEnvironmentConnector: {
    input: inputSpec({ required: ['environmentId', 'connectorId'], optional: ['clientToken', 'applianceFqdn', 'secretIdentifier'] }),
    crossCheck: oneChange,
    handler: (input, ctx) => {
      const fqdn = input.applianceFqdn as string | undefined;
      const secret = input.secretIdentifier as string | undefined;
      const environmentId = input.environmentId as string;
      readyEnvironment(ctx, environmentId);
      const c = findConnector(ctx, environmentId, input.connectorId as string);
      // `type` is not a member of the update input; a request that tries to change it is refused
      // rather than silently ignored, because the service documents that type cannot be updated.
      if (input.type !== undefined && input.type !== c.type) {
        throw fieldErrors([{ name: 'type', message: `type cannot be updated (the connector is ${c.type}).` }]);
      }
      if (!UPDATABLE_STATES.has(c.state)) {
        throw validationError(`Connector ${c.connectorId} is ${c.state}; it can be updated when ACTIVE or UPDATE_FAILED.`, 'other');
      }
      if (fqdn !== undefined) uniqueFqdn(ctx.store, environmentId, fqdn, c.connectorId);
      const now = ctx.store.now();
      const failWith = ctx.faults.takeFailure('update');
      const change: ConnectorChange = {};
      if (fqdn !== undefined) change.applianceFqdn = fqdn;
      if (secret !== undefined) change.secretArn = secret;
      CONNECTOR_LIFECYCLE.begin(c, 'update', now, ctx.durations.updateMs, { fail: failWith ? { message: failWith } : undefined, change });
      ctx.store.onChange();
      return { connector: view(ctx, c, now) };
    },
  },
  DeleteEnvironmentConnector: {
    input: inputSpec({ required: ['environmentId', 'connectorId'], optional: ['clientToken'] }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      const env = findEnvironment(ctx, environmentId);
      const c = findConnector(ctx, environmentId, input.connectorId as string);
      const now = ctx.store.now();
      // Idempotent: deleting a connector that is already DELETING answers it as it is.
      if (c.state !== 'DELETING') {
        const live = ctx.store.liveEntitlementsOf(c.connectorId);
        if (live.length > 0) {
          throw validationError(
            `Connector ${c.connectorId} still has ${live.length} VM entitlement(s) (e.g. ${live[0]!.vmId}); ` +
              'delete them with DeleteEntitlement before deleting the connector.',
            'other',
          );
        }
        CONNECTOR_LIFECYCLE.begin(c, 'delete', now, ctx.durations.deleteMs);
        ctx.store.onChange();
      }
      return { connector: view(ctx, c, now), environmentSummary: environmentSummaryView(env, ctx) };
    },
  },
  ListEnvironmentConnectors: {
    input: inputSpec({ required: ['environmentId'], optional: ['nextToken', 'maxResults'] }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      readyEnvironment(ctx, environmentId);
      const now = ctx.store.now();
      return listPage(ctx, input, {
        member: 'connectors',
        scope: `ListEnvironmentConnectors:${environmentId}`,
        items: ctx.store.connectorsOf(environmentId),
        key: (c) => ({ createdAt: c.createdAt, id: c.connectorId }),
        view: (c) => view(ctx, c, now),
      });
    },
  },
} satisfies Family;
