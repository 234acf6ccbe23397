import { randomUUID } from 'crypto';
import type { Connector, ConnectorType } from '../../../evs';
import { RESOURCE_CONNECTOR } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import { formatDuration } from '../../framework/duration';
import type { Planned } from '../../framework/model';
import { attr } from '../../framework/path';
import { defineResource, type Resource } from '../../framework/resource';
import { timeoutFor } from '../../framework/timeouts';
import { log } from '../../log';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError, unlessNotFound } from '../shared/not-found';
import { sendOrReadBack, type Effect } from '../shared/read-back';
import { deadlineIn, WaitFailedError, type Deadline } from '../shared/wait';
import { CONNECTORS, findConnectorByID, findConnectorByType, findEnvironmentByID } from './find';
import { IMPORT_FORMS, parseImportId, parseImportIdentity } from './import-id';
import { connectorResourceId, sameFqdn, sameSecret, stateFrom, type ConnectorModel } from './model';
import { CONNECTOR_IDENTITY, connectorSchema, DEFAULT_TIMEOUTS } from './schema';
import { GONE, statusConnector, type ConnectorStatus } from './status';
import { upgradeConnectorStateV0 } from './upgrade';
import { waitConnector } from './wait';

type PlannedConnector = Planned<typeof connectorSchema>;

const KEPT = 'The connector is kept in state.';

/** The import block and command that adopt an existing connector, for the "already exists" error. */
export function importGuidance(resourceAddress: string, environmentId: string, connectorId: string): string {
  const id = connectorResourceId(environmentId, connectorId);
  return (
    `To manage it with Terraform, import it instead of creating it. Add an import block:\n\n` +
    `import {\n  to = ${resourceAddress}\n  id = "${id}"\n}\n\n` +
    `or run:\n\n  terraform import ${resourceAddress} ${id}`
  );
}

/**
 * Whether an existing connector of the planned type can be taken over by a create: it must match
 * the configuration exactly (fqdn and secret, as EVS compares them) and not be going away. An
 * SDDC_MANAGER that EVS made itself (environments where EVS deployed VCF) is never adopted
 * silently: the user is shown the import instead, as the EVS documentation asks.
 */
export function adoptable(existing: Connector, vcfVersion: string | undefined, planned: Pick<PlannedConnector, 'appliance_fqdn' | 'secret_identifier'>): boolean {
  if (existing.type === 'SDDC_MANAGER' && vcfVersion !== undefined && vcfVersion !== 'SELF_DEPLOYED') return false;
  if (existing.state === 'DELETING' || existing.state === 'DELETED') return false;
  return (
    existing.applianceFqdn !== undefined &&
    existing.secretArn !== undefined &&
    sameFqdn(planned.appliance_fqdn, existing.applianceFqdn) &&
    sameSecret(planned.secret_identifier, existing.secretArn)
  );
}

/** The connector's value of the member one update step changes. */
const reported = (c: Connector | undefined, member: 'applianceFqdn' | 'secretIdentifier') => (member === 'applianceFqdn' ? c?.applianceFqdn : c?.secretArn);
const sameValue = (member: 'applianceFqdn' | 'secretIdentifier') => (member === 'applianceFqdn' ? sameFqdn : sameSecret);

export function environmentConnectorResource(ctx: ProviderContext): Resource {
  const addressFor = (type: string) => `${RESOURCE_CONNECTOR}.${type.toLowerCase()}`;
  const lists = () => ctx.lists(CONNECTORS);
  const status = (environmentId: string, connectorId: string) => statusConnector(lists().fresh, environmentId, connectorId);

  /** Waits out a change in progress; UPDATE_FAILED counts as settled (an update may follow it). */
  async function settle(environmentId: string, connectorId: string, state: 'UPDATING' | 'CREATING', deadline: Deadline): Promise<Connector | undefined> {
    try {
      return (await waitConnector(ctx, environmentId, connectorId, state === 'CREATING' ? 'created' : 'updated', deadline)).connector;
    } catch (err) {
      if (err instanceof WaitFailedError && (err.last as ConnectorStatus).state === 'UPDATE_FAILED') return (err.last as ConnectorStatus).connector;
      throw err;
    }
  }

  /** After a failure, the connector as it really is now, for the state (undefined when unknowable). */
  async function readBack(environmentId: string, connectorId: string): Promise<Connector | undefined> {
    if (ctx.signal.aborted) return undefined;
    return (await status(environmentId, connectorId).catch(() => undefined))?.connector;
  }

  /** Checks before a create: the environment is ready; an existing connector of the type is adopted or refused. */
  async function precheck(planned: PlannedConnector, diags: Diagnostics): Promise<{ ok: false } | { ok: true; adopted?: Connector }> {
    const { environment_id: environmentId, type } = planned;
    try {
      const env = await findEnvironmentByID(ctx.client(), environmentId, ctx.signal);
      if (env.environmentState !== 'CREATED') {
        diags.error(
          'EVS environment not ready',
          `Environment ${environmentId} is ${env.environmentState ?? 'in an unknown state'}${env.stateDetails ? ` (${env.stateDetails})` : ''}; connectors can be created only once it is CREATED.`,
          attr('environment_id'),
        );
        return { ok: false };
      }
      const existing = await unlessNotFound(findConnectorByType(lists().fresh, environmentId, type as ConnectorType, ctx.signal));
      if (!existing) return { ok: true };
      if (adoptable(existing, env.vcfVersion, planned)) {
        // Most likely this configuration's own earlier create, cut off before the engine could
        // record it (a killed provider or engine): take it over instead of failing or duplicating.
        log.warn('adopting an existing connector that matches the configuration exactly', {
          environment_id: environmentId,
          connector_id: existing.connectorId,
          state: existing.state,
        });
        diags.warning(
          `Adopted the existing ${type} connector ${existing.connectorId}`,
          `Environment ${environmentId} already had a ${type} connector (${existing.connectorId}, ${existing.state}) with exactly this appliance_fqdn and secret_identifier, ` +
            `most likely left by an earlier apply that was interrupted before it could record it. It is now managed by this resource instead of a second one being created.`,
        );
        return { ok: true, adopted: existing };
      }
      diags.error(
        `A ${type} connector already exists`,
        `Environment ${environmentId} already has a ${type} connector (${existing.connectorId}, ${existing.state}, ${existing.applianceFqdn}); EVS allows one connector of each type per environment.\n\n` +
          importGuidance(addressFor(type), environmentId, existing.connectorId!) +
          `\n\n(Use your resource's own address in place of ${addressFor(type)}.)`,
        attr('type'),
      );
      return { ok: false };
    } catch (err) {
      if (isNotFoundError(err)) {
        diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
      } else {
        diags.error('Cannot create the EVS connector', explain(err));
      }
      return { ok: false };
    }
  }

  /** CreateEnvironmentConnector; a lost answer is recognised by the matching connector EVS now holds. */
  async function send(planned: PlannedConnector, diags: Diagnostics): Promise<Connector | undefined> {
    const { environment_id: environmentId, type } = planned;
    const clientToken = randomUUID();
    try {
      log.info('creating connector', { environment_id: environmentId, type, client_token: clientToken });
      const sent = await sendOrReadBack({
        action: 'create connector',
        logFields: { environment_id: environmentId, type },
        send: () =>
          ctx.client().send(
            new (evsSdk().CreateEnvironmentConnectorCommand)({
              clientToken,
              environmentId,
              type: type as ConnectorType,
              applianceFqdn: planned.appliance_fqdn,
              secretIdentifier: planned.secret_identifier,
            }),
            { abortSignal: ctx.signal },
          ),
        readBack: () => unlessNotFound(findConnectorByType(lists().fresh, environmentId, type as ConnectorType)),
        effect: (found): Effect => (found && adoptable(found, undefined, planned) ? (found.state === 'CREATING' ? 'in-progress' : 'applied') : 'not-applied'),
      });
      return sent.answered ? sent.output.connector : sent.observed;
    } catch (err) {
      diags.error('Creating the EVS connector failed', explain(err));
      return undefined;
    } finally {
      lists().invalidate(environmentId);
    }
  }

  /**
   * One UpdateEnvironmentConnector of one member, then the wait for ACTIVE. When the call fails but
   * EVS shows the connector UPDATING (the answer to an earlier attempt was lost) or already at the
   * value, it is waited for as if the call had answered.
   */
  async function updateStep(
    environmentId: string,
    connectorId: string,
    member: 'applianceFqdn' | 'secretIdentifier',
    value: string,
    deadline: Deadline,
  ): Promise<Connector> {
    const call = () => {
      log.info('updating connector', { environment_id: environmentId, connector_id: connectorId, member });
      return ctx
        .client()
        .send(new (evsSdk().UpdateEnvironmentConnectorCommand)({ clientToken: randomUUID(), environmentId, connectorId, [member]: value }), {
          abortSignal: ctx.signal,
        })
        .finally(() => lists().invalidate(environmentId));
    };
    const sent = await sendOrReadBack({
      action: 'update connector',
      logFields: { environment_id: environmentId, connector_id: connectorId, member },
      send: call,
      readBack: () => status(environmentId, connectorId),
      effect: ({ state, connector }): Effect => {
        if (state === 'UPDATING') return 'in-progress';
        const now = reported(connector, member);
        return state === 'ACTIVE' && now !== undefined && sameValue(member)(value, now) ? 'applied' : 'not-applied';
      },
    });
    let settled = (await waitConnector(ctx, environmentId, connectorId, 'updated', deadline)).connector!;
    const now = reported(settled, member);
    if (!sent.answered && (now === undefined || !sameValue(member)(value, now))) {
      // The change under way was another one (e.g. an earlier run's): now that it is done, send ours.
      log.info('the update EVS was carrying out was not this one: sending it again', { environment_id: environmentId, connector_id: connectorId, member });
      await call();
      settled = (await waitConnector(ctx, environmentId, connectorId, 'updated', deadline)).connector!;
    }
    return settled;
  }

  return defineResource({
    typeName: RESOURCE_CONNECTOR,
    schema: connectorSchema,
    identity: CONNECTOR_IDENTITY,

    async create(planned, diags) {
      const environmentId = planned.environment_id;
      const timeoutMs = timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create);
      const deadline = deadlineIn(timeoutMs);

      const checked = await precheck(planned, diags);
      if (!checked.ok) return null;
      const created = checked.adopted ?? (await send(planned, diags));
      if (diags.hasErrors()) return null;
      const connectorId = created?.connectorId;
      if (!created || !connectorId) {
        diags.error('Creating the EVS connector failed', 'EVS accepted the request but returned no connector id.');
        return null;
      }
      log.info('connector created, waiting', { environment_id: environmentId, connector_id: connectorId, timeout: formatDuration(timeoutMs) });

      try {
        let settled = (await waitConnector(ctx, environmentId, connectorId, 'created', deadline)).connector!;
        if (planned.wait_for_healthy) settled = (await waitConnector(ctx, environmentId, connectorId, 'healthy', deadline)).connector!;
        return stateFrom(settled, planned);
      } catch (err) {
        const now = (await readBack(environmentId, connectorId)) ?? (err as WaitFailedError<ConnectorStatus>).last?.connector ?? created;
        diags.error(
          err instanceof WaitFailedError && now.state === 'CREATE_FAILED' ? 'EVS connector creation failed' : 'Waiting for the EVS connector failed',
          explain(err, { timeoutArgument: 'timeouts.create', kept: KEPT }),
        );
        // Never an orphan: the id goes into state and the engine marks it tainted.
        return stateFrom(now, planned);
      }
    },

    async read(state, diags) {
      const environmentId = state.environment_id;
      const connectorId = state.connector_id ?? state.id?.split('/')[1];
      if (!environmentId || !connectorId) {
        diags.error('Incomplete state', 'The state has no environment_id or connector_id; re-import the connector.');
        return state;
      }
      try {
        const c = await findConnectorByID(lists().read, environmentId, connectorId, ctx.signal);
        return stateFrom(c, state);
      } catch (err) {
        if (isNotFoundError(err)) {
          log.warn('connector gone: removing from state', { environment_id: environmentId, connector_id: connectorId });
          diags.warning(
            'EVS connector no longer exists',
            `${err.message} It was removed from the Terraform state; the next plan creates it again if it is still configured.`,
          );
          return null;
        }
        diags.error('Reading the EVS connector failed', explain(err));
        return state;
      }
    },

    async update(prior, planned, diags) {
      const environmentId = prior.environment_id!;
      const connectorId = prior.connector_id!;
      const wantFqdn = planned.appliance_fqdn;
      const wantSecret = planned.secret_identifier;
      const fqdnChanges = wantFqdn !== prior.appliance_fqdn;
      const secretChanges = wantSecret !== prior.secret_identifier;
      // Local-only changes (timeouts, wait_for_healthy): nothing to send, the plan is the state.
      if (!fqdnChanges && !secretChanges) return planned;

      const deadline = deadlineIn(timeoutFor(planned, 'update', DEFAULT_TIMEOUTS.update));
      // What state says right now; each finished step moves it forward.
      let current: ConnectorModel = { ...prior, wait_for_healthy: planned.wait_for_healthy, timeouts: planned.timeouts };
      let known: Connector | undefined;

      try {
        // An earlier run cut off mid-change (a killed engine or provider) can leave the connector
        // UPDATING or CREATING, and EVS refuses updates until it settles: wait for that first. What
        // it settles to may already be what this plan wants.
        if (prior.state === 'UPDATING' || prior.state === 'CREATING') {
          log.info('connector is still changing from an earlier run: waiting before updating it', {
            environment_id: environmentId,
            connector_id: connectorId,
            state: prior.state,
          });
          known = await settle(environmentId, connectorId, prior.state, deadline);
          if (known) current = stateFrom(known, current);
        }
        // The API changes one of the two per request: fqdn first, then the secret.
        if (fqdnChanges && known?.applianceFqdn !== undefined && sameFqdn(wantFqdn, known.applianceFqdn)) {
          current = { ...current, appliance_fqdn: wantFqdn };
        } else if (fqdnChanges) {
          known = await updateStep(environmentId, connectorId, 'applianceFqdn', wantFqdn, deadline);
          current = stateFrom(known, { ...current, appliance_fqdn: wantFqdn });
        }
        if (secretChanges) {
          const reportedSecret = known?.secretArn ?? prior.secret_arn;
          if (reportedSecret != null && sameSecret(wantSecret, reportedSecret)) {
            // Same secret, other spelling (e.g. name vs ARN after an import): no call needed.
            current = { ...current, secret_identifier: wantSecret };
          } else {
            known = await updateStep(environmentId, connectorId, 'secretIdentifier', wantSecret, deadline);
            current = stateFrom(known, { ...current, secret_identifier: wantSecret });
          }
        }
        if (planned.wait_for_healthy) {
          known = (await waitConnector(ctx, environmentId, connectorId, 'healthy', deadline)).connector!;
          current = stateFrom(known, current);
        }
        if (!known) {
          const s = await statusConnector(lists().fresh, environmentId, connectorId, ctx.signal);
          if (s.connector) current = stateFrom(s.connector, current);
        }
        return current;
      } catch (err) {
        // Record what really changed: read the connector back and keep only what EVS holds.
        const now = await readBack(environmentId, connectorId);
        if (now) current = stateFrom(now, { ...current, appliance_fqdn: wantFqdn, secret_identifier: wantSecret });
        diags.error(
          err instanceof WaitFailedError && now?.state === 'UPDATE_FAILED' ? 'EVS connector update failed' : 'Updating the EVS connector failed',
          explain(err, { timeoutArgument: 'timeouts.update', kept: KEPT }),
        );
        return current;
      }
    },

    async delete(prior, diags) {
      const environmentId = prior.environment_id!;
      const connectorId = prior.connector_id!;
      const deadline = deadlineIn(timeoutFor(prior, 'delete', DEFAULT_TIMEOUTS.delete));
      try {
        log.info('deleting connector', { environment_id: environmentId, connector_id: connectorId });
        // A not-found answer, or a lost answer to an attempt EVS carried out, reads back as
        // DELETING or gone: both go on to the wait.
        await sendOrReadBack({
          action: 'delete connector',
          logFields: { environment_id: environmentId, connector_id: connectorId },
          send: () =>
            ctx
              .client()
              .send(new (evsSdk().DeleteEnvironmentConnectorCommand)({ clientToken: randomUUID(), environmentId, connectorId }), {
                abortSignal: ctx.signal,
              }),
          readBack: () => status(environmentId, connectorId),
          effect: ({ state }): Effect => (state === GONE || state === 'DELETED' ? 'applied' : state === 'DELETING' ? 'in-progress' : 'not-applied'),
        });
      } catch (err) {
        diags.error('Deleting the EVS connector failed', explain(err, { kept: KEPT }));
        return;
      } finally {
        lists().invalidate(environmentId);
      }
      try {
        await waitConnector(ctx, environmentId, connectorId, 'deleted', deadline);
      } catch (err) {
        diags.error('Waiting for the EVS connector to be deleted failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: KEPT }));
      }
    },

    async importState(id, diags, identity) {
      // Import by identity (engines ≥ 1.12) names one connector by both ids; an id string may
      // also name it by type.
      if (identity && Object.values(identity).some((v) => v !== null)) {
        const named = parseImportIdentity(identity);
        if (typeof named === 'string') {
          diags.error('Invalid import identity', named);
          return null;
        }
        return {
          id: connectorResourceId(named.environmentId, named.connectorId),
          environment_id: named.environmentId,
          connector_id: named.connectorId,
          wait_for_healthy: false,
        };
      }
      const parsed = parseImportId(id);
      if (typeof parsed === 'string') {
        diags.error('Invalid import id', parsed);
        return null;
      }
      let connectorId: string;
      if (parsed.kind === 'type') {
        try {
          connectorId = (await findConnectorByType(lists().read, parsed.environmentId, parsed.type, ctx.signal)).connectorId!;
        } catch (err) {
          diags.error('Cannot import the EVS connector', isNotFoundError(err) ? `${err.message} Import accepts ${IMPORT_FORMS}.` : explain(err));
          return null;
        }
      } else {
        connectorId = parsed.connectorId;
      }
      return {
        id: connectorResourceId(parsed.environmentId, connectorId),
        environment_id: parsed.environmentId,
        connector_id: connectorId,
        wait_for_healthy: false,
      };
    },

    upgradeState(version, rawState, diags) {
      if (version === 0) return upgradeConnectorStateV0(rawState, diags);
      diags.error('Cannot upgrade state', `${RESOURCE_CONNECTOR} has no upgrade from schema version ${version}.`);
      return null;
    },
  });
}
