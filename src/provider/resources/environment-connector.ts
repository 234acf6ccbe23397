import { randomUUID } from 'crypto';
import type { Connector, ConnectorType } from '../../evs';
import { evsSdk } from '../evs-sdk';
import { RESOURCE_CONNECTOR } from '../../names';
import { formatDuration } from '../framework/duration';
import { requiresReplace, useStateForUnknown } from '../framework/modifiers';
import { attr } from '../framework/path';
import type { Resource } from '../framework/resource';
import { attribute, defineSchema } from '../framework/schema';
import { StoppedError } from '../framework/stop';
import { timeoutFor, timeoutsBlock } from '../framework/timeouts';
import { constraint, oneOfEnum } from '../framework/validators';
import { bool, str } from '../framework/values';
import { log } from '../log';
import type { ObjectValue } from '../protocol/provider-api';
import { CHECK_TYPE, CHECKS_DESCRIPTION, connectorResourceId, flattenConnector, sameFqdn, sameSecret } from './connector-model';
import type { ProviderContext } from './context';
import { upgradeConnectorStateV0 } from './environment-connector-upgrade';
import { findConnectorByID, findConnectorByType, findEnvironmentByID, freshLister, isNotFoundError } from './find';
import { IMPORT_FORMS, parseImportId } from './import-id';
import { statusConnector } from './status';
import {
  deadlineIn,
  failingChecks,
  type Deadline,
  WaitFailedError,
  WaitPollError,
  WaitTimeoutError,
  waitConnectorCreated,
  waitConnectorDeleted,
  waitConnectorHealthy,
  waitConnectorUpdated,
} from './wait';

/** The waiter that sees a connector through to ACTIVE after each kind of change. */
const WAIT_ACTIVE = { created: waitConnectorCreated, updated: waitConnectorUpdated } as const;

export const DEFAULT_TIMEOUTS = { create: '30m', update: '30m', delete: '30m' } as const;

export const connectorSchema = defineSchema({
  version: 1,
  description:
    'An Amazon EVS environment connector: the link from an EVS environment to one of its VCF appliances (vCenter, SDDC Manager or VCF Operations), authenticated with a Secrets Manager secret.\n\n' +
    'One connector of each type can exist per environment. Where EVS deployed VCF itself, the `SDDC_MANAGER` connector exists from the start: import it instead of creating it.',
  attributes: {
    id: attribute.string({
      computed: true,
      description: 'Identifier of the resource: `environment_id/connector_id`, e.g. `env-0123456789/cnctr-0123456789` (also the import id).',
      planModifiers: [useStateForUnknown()],
    }),
    environment_id: attribute.string({
      required: true,
      description: 'ID of the EVS environment, e.g. `env-0123456789`. Changing it replaces the connector.',
      validators: [constraint('environmentId')],
      planModifiers: [requiresReplace()],
    }),
    type: attribute.string({
      required: true,
      description: 'Kind of appliance: `VCENTER`, `SDDC_MANAGER` or `OPERATIONS_MANAGER`. Changing it replaces the connector.',
      validators: [oneOfEnum('ConnectorType')],
      planModifiers: [requiresReplace()],
    }),
    appliance_fqdn: attribute.string({
      required: true,
      description: 'Fully qualified domain name of the appliance, e.g. `vcenter.example.internal`. Updated in place.',
      validators: [constraint('applianceFqdn')],
    }),
    secret_identifier: attribute.string({
      required: true,
      description:
        'Name or ARN of the Secrets Manager secret holding the appliance credentials (`apiKey` for `SDDC_MANAGER`; `username` and `password` otherwise). Updated in place.',
      validators: [constraint('secretIdentifier')],
    }),
    wait_for_healthy: attribute.bool({
      optional: true,
      computed: true,
      default: false,
      localOnly: true,
      description:
        'Also wait, after creating or updating, until the connector\'s health `status` is `PASSED` (within the same timeout). Default `false`: wait only for `ACTIVE`. Changing it alone makes no API call.',
    }),
    connector_id: attribute.string({
      computed: true,
      description: 'ID of the connector, e.g. `cnctr-0123456789`.',
      planModifiers: [useStateForUnknown()],
    }),
    secret_arn: attribute.string({ computed: true, description: 'The secret as EVS reports it (an ARN, or the name given).' }),
    state: attribute.string({
      computed: true,
      description: 'Lifecycle state: `CREATING`, `CREATE_FAILED`, `ACTIVE`, `UPDATING`, `UPDATE_FAILED`, `DELETING` or `DELETED`.',
    }),
    state_details: attribute.string({ computed: true, description: 'Why the connector is in its state, when EVS says (e.g. a failure reason).' }),
    status: attribute.string({ computed: true, description: 'Overall health from the checks: `PASSED`, `FAILED` or `UNKNOWN`.' }),
    checks: attribute.list(CHECK_TYPE, { computed: true, description: CHECKS_DESCRIPTION }),
    created_at: attribute.string({
      computed: true,
      description: 'When the connector was created (RFC 3339).',
      planModifiers: [useStateForUnknown()],
    }),
    modified_at: attribute.string({ computed: true, description: 'When the connector last changed (RFC 3339).' }),
  },
  blocks: { timeouts: timeoutsBlock(DEFAULT_TIMEOUTS) },
});

/** Resource identity: the two ids that name a connector (the plugin host fills them from state). */
export const CONNECTOR_IDENTITY = {
  version: 0,
  attributes: [
    { name: 'environment_id', type: 'string', requiredForImport: true, description: 'ID of the EVS environment.' },
    { name: 'connector_id', type: 'string', requiredForImport: true, description: 'ID of the connector.' },
  ],
} as const satisfies Resource['identity'];

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
export function adoptable(existing: Connector, vcfVersion: string | undefined, planned: ObjectValue): boolean {
  if (existing.type === 'SDDC_MANAGER' && vcfVersion !== undefined && vcfVersion !== 'SELF_DEPLOYED') return false;
  if (existing.state === 'DELETING' || existing.state === 'DELETED') return false;
  const fqdn = str(planned['appliance_fqdn']);
  const secret = str(planned['secret_identifier']);
  return (
    fqdn !== undefined &&
    secret !== undefined &&
    existing.applianceFqdn !== undefined &&
    existing.secretArn !== undefined &&
    sameFqdn(fqdn, existing.applianceFqdn) &&
    sameSecret(secret, existing.secretArn)
  );
}

/** State from what the service reports, keeping the configured spelling of equivalent arguments. */
function stateFrom(c: Connector, base: ObjectValue): ObjectValue {
  const flat = flattenConnector(c);
  const fqdn = str(base['appliance_fqdn']);
  const secret = str(base['secret_identifier']);
  const reportedFqdn = str(flat['appliance_fqdn']);
  const reportedSecret = str(flat['secret_arn']);
  return {
    ...flat,
    appliance_fqdn: fqdn !== undefined && reportedFqdn !== undefined && sameFqdn(fqdn, reportedFqdn) ? fqdn : (reportedFqdn ?? fqdn ?? null),
    secret_identifier:
      secret !== undefined && reportedSecret !== undefined && sameSecret(secret, reportedSecret) ? secret : (reportedSecret ?? secret ?? null),
    wait_for_healthy: bool(base['wait_for_healthy']) ?? false,
    timeouts: base['timeouts'] ?? null,
  };
}

/** A sentence for anything a wait or call threw, naming what to do next. */
function explain(err: unknown, op: 'create' | 'update' | 'delete', kept: boolean): string {
  const keep = kept ? ' The connector is kept in state.' : '';
  if (err instanceof StoppedError) return `${err.message}${keep}`;
  if (err instanceof WaitTimeoutError) {
    const health = err.lastStatus?.connector?.state === 'ACTIVE' ? ` Failing checks: ${failingChecks(err.lastStatus.connector)}.` : '';
    return `${err.message}${health} If it needs longer, raise timeouts.${op}.${keep}`;
  }
  if (err instanceof WaitFailedError) return `${err.message}${keep}`;
  if (err instanceof WaitPollError) return `${err.message}: ${evsSdk().describeEvsError(err.cause)}${keep}`;
  return evsSdk().describeEvsError(err) + keep;
}

export function environmentConnectorResource(ctx: ProviderContext): Resource {
  const addressFor = (type: string) => `${RESOURCE_CONNECTOR}.${type.toLowerCase()}`;

  async function waitSettled(
    environmentId: string,
    connectorId: string,
    deadline: Deadline,
    healthy: boolean,
    kind: 'created' | 'updated',
  ): Promise<Connector> {
    const c = await WAIT_ACTIVE[kind](ctx, environmentId, connectorId, deadline);
    return healthy ? waitConnectorHealthy(ctx, environmentId, connectorId, deadline) : c;
  }

  /** Waits out a change in progress; UPDATE_FAILED counts as settled (an update may follow it). */
  async function settle(environmentId: string, connectorId: string, state: 'UPDATING' | 'CREATING', deadline: Deadline): Promise<Connector | undefined> {
    try {
      return await WAIT_ACTIVE[state === 'CREATING' ? 'created' : 'updated'](ctx, environmentId, connectorId, deadline);
    } catch (err) {
      if (err instanceof WaitFailedError && err.lastStatus?.state === 'UPDATE_FAILED') return err.lastStatus.connector;
      throw err;
    }
  }

  /** After a failure, the connector as it really is now, for the state (undefined when unknowable). */
  async function readBack(environmentId: string, connectorId: string): Promise<Connector | undefined> {
    if (ctx.signal.aborted) return undefined;
    try {
      return (await statusConnector(freshLister(ctx.client()), environmentId, connectorId)).connector;
    } catch {
      return undefined;
    }
  }

  return {
    typeName: RESOURCE_CONNECTOR,
    schema: connectorSchema,
    identity: CONNECTOR_IDENTITY,

    async create(planned, _config, diags) {
      const client = ctx.client();
      const environmentId = str(planned['environment_id'])!;
      const type = str(planned['type']) as ConnectorType;
      const timeoutMs = timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create);
      const deadline = deadlineIn(timeoutMs);

      let adopted: Connector | undefined;
      try {
        const env = await findEnvironmentByID(client, environmentId, ctx.signal);
        if (env.environmentState !== 'CREATED') {
          diags.error(
            'EVS environment not ready',
            `Environment ${environmentId} is ${env.environmentState ?? 'in an unknown state'}${env.stateDetails ? ` (${env.stateDetails})` : ''}; connectors can be created only once it is CREATED.`,
            attr('environment_id'),
          );
          return null;
        }
        const existing = await findConnectorByType(freshLister(client), environmentId, type, ctx.signal).catch((err) => {
          if (isNotFoundError(err)) return undefined;
          throw err;
        });
        if (existing && adoptable(existing, env.vcfVersion, planned)) {
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
          adopted = existing;
        } else if (existing) {
          diags.error(
            `A ${type} connector already exists`,
            `Environment ${environmentId} already has a ${type} connector (${existing.connectorId}, ${existing.state}, ${existing.applianceFqdn}); EVS allows one connector of each type per environment.\n\n` +
              importGuidance(addressFor(type), environmentId, existing.connectorId!) +
              `\n\n(Use your resource's own address in place of ${addressFor(type)}.)`,
            attr('type'),
          );
          return null;
        }
      } catch (err) {
        if (isNotFoundError(err)) {
          diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
        } else {
          diags.error('Cannot create the EVS connector', explain(err, 'create', false));
        }
        return null;
      }

      let created: Connector | undefined = adopted;
      const clientToken = randomUUID();
      if (!adopted) {
        try {
          log.info('creating connector', { environment_id: environmentId, type, client_token: clientToken });
          const out = await client.send(
            new (evsSdk().CreateEnvironmentConnectorCommand)({
              clientToken,
              environmentId,
              type,
              applianceFqdn: str(planned['appliance_fqdn']),
              secretIdentifier: str(planned['secret_identifier']),
            }),
            { abortSignal: ctx.signal },
          );
          created = out.connector;
        } catch (err) {
          // The request may have reached EVS even though no answer came back: adopt what it made.
          created = await findConnectorByType(freshLister(client), environmentId, type).catch(() => undefined);
          if (!created || !adoptable(created, undefined, planned)) {
            diags.error('Creating the EVS connector failed', explain(err, 'create', false));
            return null;
          }
          log.warn('create failed but EVS holds a matching connector: adopting it', {
            connector_id: created.connectorId,
            error: (err as Error).name,
          });
        } finally {
          ctx.invalidate(environmentId);
        }
      }
      const connectorId = created?.connectorId;
      if (!created || !connectorId) {
        diags.error('Creating the EVS connector failed', 'EVS accepted the request but returned no connector id.');
        return null;
      }
      log.info('connector created, waiting', { environment_id: environmentId, connector_id: connectorId, timeout: formatDuration(timeoutMs) });

      try {
        const settled = await waitSettled(environmentId, connectorId, deadline, bool(planned['wait_for_healthy']) ?? false, 'created');
        return stateFrom(settled, planned);
      } catch (err) {
        const now = (await readBack(environmentId, connectorId)) ?? (err as WaitFailedError).lastStatus?.connector ?? created;
        diags.error(
          err instanceof WaitFailedError && now.state === 'CREATE_FAILED' ? 'EVS connector creation failed' : 'Waiting for the EVS connector failed',
          explain(err, 'create', true),
        );
        // Never an orphan: the id goes into state and the engine marks it tainted.
        return stateFrom(now, planned);
      }
    },

    async read(state, diags) {
      const environmentId = str(state['environment_id']);
      const connectorId = str(state['connector_id']) ?? str(state['id'])?.split('/')[1];
      if (!environmentId || !connectorId) {
        diags.error('Incomplete state', 'The state has no environment_id or connector_id; re-import the connector.');
        return state;
      }
      try {
        const c = await findConnectorByID((e, s) => ctx.lister().list(e, s), environmentId, connectorId, ctx.signal);
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
        diags.error('Reading the EVS connector failed', explain(err, 'update', false));
        return state;
      }
    },

    async update(prior, planned, _config, diags) {
      const environmentId = str(prior['environment_id'])!;
      const connectorId = str(prior['connector_id'])!;
      const wantFqdn = str(planned['appliance_fqdn'])!;
      const wantSecret = str(planned['secret_identifier'])!;
      const fqdnChanges = wantFqdn !== str(prior['appliance_fqdn']);
      const secretChanges = wantSecret !== str(prior['secret_identifier']);
      // Local-only changes (timeouts, wait_for_healthy): nothing to send, the plan is the state.
      if (!fqdnChanges && !secretChanges) return planned;

      const client = ctx.client();
      const deadline = deadlineIn(timeoutFor(planned, 'update', DEFAULT_TIMEOUTS.update));
      // What state says right now; each finished step moves it forward.
      let current: ObjectValue = { ...prior, wait_for_healthy: planned['wait_for_healthy'], timeouts: planned['timeouts'] };
      let known: Connector | undefined;

      const step = async (member: 'applianceFqdn' | 'secretIdentifier', value: string): Promise<void> => {
        log.info('updating connector', { environment_id: environmentId, connector_id: connectorId, member });
        try {
          await client.send(
            new (evsSdk().UpdateEnvironmentConnectorCommand)({ clientToken: randomUUID(), environmentId, connectorId, [member]: value }),
            { abortSignal: ctx.signal },
          );
        } finally {
          ctx.invalidate(environmentId);
        }
        known = await waitConnectorUpdated(ctx, environmentId, connectorId, deadline);
        current = stateFrom(known, {
          ...current,
          ...(member === 'applianceFqdn' ? { appliance_fqdn: value } : { secret_identifier: value }),
        });
      };

      try {
        // An earlier run cut off mid-change (a killed engine or provider) can leave the connector
        // UPDATING or CREATING, and EVS refuses updates until it settles: wait for that first. What
        // it settles to may already be what this plan wants.
        const priorState = str(prior['state']);
        if (priorState === 'UPDATING' || priorState === 'CREATING') {
          log.info('connector is still changing from an earlier run: waiting before updating it', {
            environment_id: environmentId,
            connector_id: connectorId,
            state: priorState,
          });
          known = await settle(environmentId, connectorId, priorState, deadline);
          if (known) current = stateFrom(known, current);
        }
        // The API changes one of the two per request: fqdn first, then the secret.
        if (fqdnChanges && known?.applianceFqdn !== undefined && sameFqdn(wantFqdn, known.applianceFqdn)) {
          current = { ...current, appliance_fqdn: wantFqdn };
        } else if (fqdnChanges) {
          await step('applianceFqdn', wantFqdn);
        }
        if (secretChanges) {
          const reported = known?.secretArn ?? str(prior['secret_arn']);
          if (reported !== undefined && sameSecret(wantSecret, reported)) {
            // Same secret, other spelling (e.g. name vs ARN after an import): no call needed.
            current = { ...current, secret_identifier: wantSecret };
          } else {
            await step('secretIdentifier', wantSecret);
          }
        }
        if (bool(planned['wait_for_healthy'])) {
          known = await waitConnectorHealthy(ctx, environmentId, connectorId, deadline);
          current = stateFrom(known, current);
        }
        if (!known) {
          const s = await statusConnector(freshLister(client), environmentId, connectorId, ctx.signal);
          if (s.connector) current = stateFrom(s.connector, current);
        }
        return current;
      } catch (err) {
        // Record what really changed: read the connector back and keep only what EVS holds.
        const base: ObjectValue = { ...current, appliance_fqdn: wantFqdn, secret_identifier: wantSecret };
        const now = await readBack(environmentId, connectorId);
        if (now) current = stateFrom(now, base);
        diags.error(
          err instanceof WaitFailedError && now?.state === 'UPDATE_FAILED' ? 'EVS connector update failed' : 'Updating the EVS connector failed',
          explain(err, 'update', true),
        );
        return current;
      }
    },

    async delete(prior, diags) {
      const environmentId = str(prior['environment_id'])!;
      const connectorId = str(prior['connector_id'])!;
      const client = ctx.client();
      const deadline = deadlineIn(timeoutFor(prior, 'delete', DEFAULT_TIMEOUTS.delete));
      try {
        log.info('deleting connector', { environment_id: environmentId, connector_id: connectorId });
        await client.send(new (evsSdk().DeleteEnvironmentConnectorCommand)({ clientToken: randomUUID(), environmentId, connectorId }), {
          abortSignal: ctx.signal,
        });
      } catch (err) {
        if (evsSdk().isNotFound(err)) {
          log.info('connector already gone', { environment_id: environmentId, connector_id: connectorId });
          return;
        }
        diags.error('Deleting the EVS connector failed', explain(err, 'delete', true));
        return;
      } finally {
        ctx.invalidate(environmentId);
      }
      try {
        await waitConnectorDeleted(ctx, environmentId, connectorId, deadline);
      } catch (err) {
        diags.error('Waiting for the EVS connector to be deleted failed', explain(err, 'delete', true));
      }
    },

    async importState(id, diags, identity) {
      // Import by identity (engines ≥ 1.12) names both parts; same path as the id form.
      const fromIdentity = identity && str(identity['environment_id']) && str(identity['connector_id']);
      const parsed = parseImportId(fromIdentity ? `${str(identity['environment_id'])}/${str(identity['connector_id'])}` : id);
      if (typeof parsed === 'string') {
        diags.error('Invalid import id', parsed);
        return null;
      }
      let connectorId: string;
      if (parsed.kind === 'type') {
        try {
          const c = await findConnectorByType((e, s) => ctx.lister().list(e, s), parsed.environmentId, parsed.type, ctx.signal);
          connectorId = c.connectorId!;
        } catch (err) {
          diags.error(
            'Cannot import the EVS connector',
            isNotFoundError(err) ? `${err.message} Import accepts ${IMPORT_FORMS}.` : evsSdk().describeEvsError(err),
          );
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
  };
}
