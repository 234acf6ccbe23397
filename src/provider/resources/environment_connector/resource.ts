import { randomUUID } from 'crypto';
import type { Connector } from '../../../evs';
import { RESOURCE_CONNECTOR } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import { defineResource, type Resource } from '../../framework/resource';
import { timeoutFor } from '../../framework/timeouts';
import { log } from '../../log';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError, readOrForget } from '../shared/not-found';
import { CHANGE_UNKNOWN, sendOrReadBack, type Effect } from '../shared/read-back';
import { deadlineIn, WaitFailedError, type Deadline } from '../shared/wait';
import { connectorCreate } from './create';
import { CONNECTORS, findConnectorByID, findConnectorByType } from './find';
import { IMPORT_FORMS, parseImportId, parseImportIdentity } from './import-id';
import { connectorResourceId, sameFqdn, sameSecret, stateFrom, type ConnectorModel } from './model';
import { CONNECTOR_IDENTITY, connectorSchema, DEFAULT_TIMEOUTS } from './schema';
import { GONE, statusConnector, type ConnectorStatus } from './status';
import { upgradeConnectorStateV0 } from './upgrade';
import { waitConnector } from './wait';

/** What becomes of a connector whose update or delete failed: state keeps what EVS reports. */
const KEPT_UPDATE = 'The connector stays in state as EVS now reports it; the next apply tries the change again.';
const KEPT_DELETE = 'The connector stays in state; the next destroy (or apply) deletes it again.';

/** The connector's value of the member one update step changes. */
const reported = (c: Connector | undefined, member: 'applianceFqdn' | 'secretIdentifier') => (member === 'applianceFqdn' ? c?.applianceFqdn : c?.secretArn);
const sameValue = (member: 'applianceFqdn' | 'secretIdentifier') => (member === 'applianceFqdn' ? sameFqdn : sameSecret);

export function environmentConnectorResource(ctx: ProviderContext): Resource {
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
      ctx,
      deadline,
      what: `EVS connector ${connectorId} (environment ${environmentId})`,
      ifCarriedOut: CHANGE_UNKNOWN,
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

    create: connectorCreate(ctx),

    async read(state, diags) {
      const environmentId = state.environment_id;
      const connectorId = state.connector_id ?? state.id?.split('/')[1];
      if (!environmentId || !connectorId) {
        diags.error('Incomplete state', 'The state of this connector has no environment_id or connector_id, so it cannot be read. Remove it from state (`terraform state rm` or `tofu state rm`) and import it again by environment_id/connector_id.');
        return state;
      }
      return readOrForget(diags, state, { what: 'EVS connector', again: 'creates the connector again' }, async () =>
        stateFrom(await findConnectorByID(lists().read, environmentId, connectorId, ctx.signal), state),
      );
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
          explain(err, { timeoutArgument: 'timeouts.update', kept: KEPT_UPDATE }),
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
          ctx,
          deadline,
          what: `EVS connector ${connectorId} (environment ${environmentId})`,
          ifCarriedOut: CHANGE_UNKNOWN,
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
        diags.error('Deleting the EVS connector failed', explain(err, { kept: KEPT_DELETE }));
        return;
      } finally {
        lists().invalidate(environmentId);
      }
      try {
        await waitConnector(ctx, environmentId, connectorId, 'deleted', deadline);
      } catch (err) {
        diags.error('Waiting for the EVS connector to be deleted failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: KEPT_DELETE }));
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
      diags.error('Cannot upgrade state', `The state of this ${RESOURCE_CONNECTOR} has schema version ${version}, which this provider version cannot read (it reads versions 0 to ${connectorSchema.version}). Use the provider version that wrote it, or remove the connector from state and import it again.`);
      return null;
    },
  });
}
