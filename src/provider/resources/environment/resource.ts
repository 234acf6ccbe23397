import { randomUUID } from 'crypto';
import type { Environment } from '../../../evs';
import { RESOURCE_ENVIRONMENT } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import { formatDuration } from '../../framework/duration';
import { attr } from '../../framework/path';
import { defineResource, type Resource, type TypedResource } from '../../framework/resource';
import { timeoutFor } from '../../framework/timeouts';
import { log } from '../../log';
import { HOSTS } from '../environment_host/find';
import { waitHost } from '../environment_host/wait';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { checkIdentity, importsByIdentity } from '../shared/import-identity';
import { isNotFoundError, orNotFound, readOrForget } from '../shared/not-found';
import { CHANGE_UNKNOWN, sendOrReadBack, type Effect } from '../shared/read-back';
import { GONE } from '../shared/settle';
import { withTags } from '../shared/tags';
import { deadlineIn, WaitFailedError, type Deadline } from '../shared/wait';
import { STRING_CONSTRAINTS } from '../../../evs/constraints';
import { findEnvironmentByID, listEnvironments } from './find';
import { CREATE_STATES, environmentDifferences, existingEnvironmentFacts } from './adopt';
import { ifCreatedUnseen, judgeAdoption, readBackDeadline, type CreateAttempt } from '../shared/adopt';
import { importGuidance } from '../shared/import-guidance';
import { createRequest, stateFromEnvironment, type EnvironmentResourceModel, type PlannedEnvironment } from './resource-model';
import { DEFAULT_TIMEOUTS, ENVIRONMENT_IDENTITY, environmentSchema } from './resource-schema';
import { statusEnvironment, waitEnvironment } from './wait';

const KEPT = 'The environment is kept in state.';
const ENV_ID = new RegExp(`^${STRING_CONSTRAINTS.environmentId.pattern}$`);

/**
 * An environment this configuration may have made already: the one with the configured name, or
 * else the one in the configured VPC (EVS allows one per VPC), that is not being deleted. EVS
 * ignores CreateEnvironment's clientToken, so this is how a create whose answer was lost, or an
 * apply cut off before it could record the id, is recognised.
 */
async function findLeftover(ctx: ProviderContext, p: PlannedEnvironment): Promise<Environment | undefined> {
  const client = ctx.client();
  const live = (await listEnvironments(client, CREATE_STATES, ctx.signal)).filter((s) => s.environmentId);
  const candidates = p.environment_name !== null ? live.filter((s) => s.environmentName === p.environment_name) : live;
  for (const s of candidates) {
    const e = await findEnvironmentByID(client, s.environmentId!, ctx.signal).catch(() => undefined);
    if (e && e.vpcId === p.vpc_id) return e;
  }
  return undefined;
}

export function environmentResource(ctx: ProviderContext): Resource {
  /** Removes every host EVS still lists (it deletes an environment only without hosts), then waits for them to go. */
  async function removeHosts(environmentId: string, deadline: Deadline): Promise<void> {
    const lists = ctx.lists(HOSTS);
    const hosts = (await lists.fresh(environmentId, ctx.signal)).filter((h) => h.hostName && h.hostState !== 'DELETED');
    for (const h of hosts) {
      if (h.hostState === 'DELETING') continue;
      const hostName = h.hostName!;
      log.info('deleting host before its environment', { environment_id: environmentId, host_name: hostName });
      await sendOrReadBack({
        action: 'delete host',
        logFields: { environment_id: environmentId, host_name: hostName },
        ctx,
        deadline,
        what: `EVS host ${hostName} (environment ${environmentId})`,
        ifCarriedOut: CHANGE_UNKNOWN,
        send: () => ctx.client().send(new (evsSdk().DeleteEnvironmentHostCommand)({ clientToken: randomUUID(), environmentId, hostName }), { abortSignal: ctx.signal }),
        readBack: async () => (await lists.fresh(environmentId)).find((x) => x.hostName === hostName),
        effect: (found): Effect => (!found || found.hostState === 'DELETED' ? 'applied' : found.hostState === 'DELETING' ? 'in-progress' : 'not-applied'),
      });
      lists.invalidate(environmentId);
    }
    await Promise.all(hosts.map((h) => waitHost(ctx, environmentId, h.hostName!, 'deleted', deadline)));
  }

  /** CreateEnvironment; a lost answer is recognised by the environment EVS now holds for this name or VPC. */
  async function send(planned: PlannedEnvironment, attempt: CreateAttempt, diags: Diagnostics): Promise<Environment | undefined> {
    try {
      log.info('creating environment', { vpc_id: planned.vpc_id, environment_name: planned.environment_name ?? '' });
      const sent = await sendOrReadBack({
        action: 'create environment',
        logFields: { vpc_id: planned.vpc_id },
        ctx,
        deadline: readBackDeadline(attempt),
        what: `the EVS environment in ${planned.vpc_id}`,
        ifCarriedOut: ifCreatedUnseen(`an environment in ${planned.vpc_id}${planned.environment_name ? ` named ${planned.environment_name}` : ''}`, attempt),
        send: () => ctx.client().send(new (evsSdk().CreateEnvironmentCommand)(createRequest(planned, randomUUID())), { abortSignal: ctx.signal }),
        readBack: () => findLeftover(ctx, planned),
        effect: (found): Effect => (found && environmentDifferences(found, planned).length === 0 ? (found.environmentState === 'CREATING' ? 'in-progress' : 'applied') : 'not-applied'),
      });
      return sent.answered ? sent.output.environment : sent.observed;
    } catch (err) {
      diags.error('Creating the EVS environment failed', explain(err));
      return undefined;
    }
  }

  const base: TypedResource<typeof environmentSchema> = {
      typeName: RESOURCE_ENVIRONMENT,
      schema: environmentSchema,
      identity: ENVIRONMENT_IDENTITY,

      async create(planned: PlannedEnvironment, diags: Diagnostics): Promise<EnvironmentResourceModel | null> {
        const timeoutMs = timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create);
        const attempt: CreateAttempt = { startedAt: Date.now(), timeoutMs, timeoutArgument: 'timeouts.create' };
        const deadline = deadlineIn(timeoutMs);
        const model = planned as EnvironmentResourceModel;

        let created: Environment | undefined;
        try {
          // An earlier apply cut off after CreateEnvironment leaves an environment this plan made: take it over by the rule of shared/adopt.ts.
          const leftover = await findLeftover(ctx, planned);
          if (leftover) {
            const verdict = judgeAdoption(existingEnvironmentFacts(leftover, planned), attempt);
            if (!verdict.adopt) {
              diags.error(
                'An EVS environment already exists',
                `Environment ${leftover.environmentId} (${leftover.environmentState}) already uses ${planned.environment_name ? `the name ${planned.environment_name} and ` : ''}VPC ${planned.vpc_id}, and EVS allows one environment per VPC and unique names. ` +
                  `It was not taken over because ${verdict.reasons.join('; ')}. Choose another VPC or name, or manage it with this resource.\n\n` +
                  importGuidance(RESOURCE_ENVIRONMENT, leftover.environmentId ?? ''),
                attr(planned.environment_name ? 'environment_name' : 'vpc_id'),
              );
              return null;
            }
            diags.warning(
              `Adopted the existing EVS environment ${leftover.environmentId}`,
              `EVS already holds environment ${leftover.environmentId} (${leftover.environmentState}, ${verdict.evidence}) in ${planned.vpc_id}${planned.environment_name ? ` named ${planned.environment_name}` : ''} with this subnet and VCF version. ` +
                `That is what an earlier apply of this configuration leaves when it is interrupted before it can record the environment, so this resource now manages it instead of a second one being requested. ` +
                `If someone else made it, remove it from this configuration's state (state rm) without destroying it.`,
            );
            created = leftover;
          }
        } catch (err) {
          diags.error('Cannot create the EVS environment', explain(err));
          return null;
        }
        created ??= await send(planned, attempt, diags);
        if (diags.hasErrors()) return null;
        const environmentId = created?.environmentId;
        if (!created || !environmentId) {
          diags.error('Creating the EVS environment failed', 'EVS accepted the request but returned no environment id.');
          return null;
        }
        log.info('environment requested, waiting', { environment_id: environmentId, timeout: formatDuration(timeoutMs) });
        try {
          const settled = (await waitEnvironment(ctx, environmentId, 'created', deadline)).item!;
          return stateFromEnvironment(settled, model);
        } catch (err) {
          const now = (ctx.signal.aborted ? undefined : (await statusEnvironment(ctx.client(), environmentId).catch(() => undefined))?.item) ?? created;
          diags.error(
            err instanceof WaitFailedError && now.environmentState === 'CREATE_FAILED' ? 'EVS environment creation failed' : 'Waiting for the EVS environment failed',
            explain(err, { timeoutArgument: 'timeouts.create', kept: `${KEPT} It is marked tainted: the next apply replaces it, or fix the cause and untaint it.` }),
          );
          // Never an orphan: the id goes into state and the engine marks it tainted.
          return stateFromEnvironment(now, model);
        }
      },

      async read(state: EnvironmentResourceModel, diags: Diagnostics): Promise<EnvironmentResourceModel | null> {
        const environmentId = state.environment_id ?? state.id;
        if (!environmentId) {
          diags.error('Incomplete state', 'The state has no environment_id; re-import the environment.');
          return state;
        }
        return readOrForget(diags, state, { what: 'EVS environment', again: 'creates the environment again' }, async () =>
          stateFromEnvironment(await findEnvironmentByID(ctx.client(), environmentId, ctx.signal), state),
        );
      },

      async update(prior: EnvironmentResourceModel, planned: PlannedEnvironment): Promise<EnvironmentResourceModel | null> {
        // Only values state never recorded (after an import) or local settings change in place: no call.
        return { ...prior, ...(planned as EnvironmentResourceModel), tags: prior.tags, tags_all: prior.tags_all };
      },

      async delete(prior: EnvironmentResourceModel, diags: Diagnostics): Promise<void> {
        const environmentId = prior.environment_id ?? prior.id!;
        const deadline = deadlineIn(timeoutFor(prior, 'delete', DEFAULT_TIMEOUTS.delete));
        try {
          await removeHosts(environmentId, deadline);
        } catch (err) {
          if (isNotFoundError(err)) return;
          diags.error('Deleting the hosts of the EVS environment failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: KEPT }));
          return;
        }
        try {
          log.info('deleting environment', { environment_id: environmentId });
          await sendOrReadBack({
            action: 'delete environment',
            logFields: { environment_id: environmentId },
            ctx,
            deadline,
            what: `EVS environment ${environmentId}`,
            ifCarriedOut: CHANGE_UNKNOWN,
            send: () =>
              orNotFound(
                () => ctx.client().send(new (evsSdk().DeleteEnvironmentCommand)({ clientToken: randomUUID(), environmentId }), { abortSignal: ctx.signal }),
                `EVS environment ${environmentId} was not found.`,
              ),
            readBack: () => statusEnvironment(ctx.client(), environmentId),
            effect: ({ state }): Effect => (state === GONE ? 'applied' : state === 'DELETING' ? 'in-progress' : 'not-applied'),
          });
        } catch (err) {
          diags.error('Deleting the EVS environment failed', explain(err, { kept: KEPT }));
          return;
        }
        try {
          await waitEnvironment(ctx, environmentId, 'deleted', deadline);
        } catch (err) {
          diags.error('Waiting for the EVS environment to be deleted failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: KEPT }));
        }
      },

      async importState(id, diags, identity) {
        let environmentId = id;
        if (importsByIdentity(identity)) {
          const named = checkIdentity(identity, { environment_id: { constraint: 'environmentId', what: 'an environment id' } });
          if (typeof named === 'string') {
            diags.error('Invalid import identity', named);
            return null;
          }
          environmentId = named.environment_id;
        } else if (!ENV_ID.test(environmentId)) {
          diags.error('Invalid import id', `The import id ${JSON.stringify(environmentId)} is not an environment id (${STRING_CONSTRAINTS.environmentId.hint}).`);
          return null;
        }
        return { id: environmentId, environment_id: environmentId };
      },
  };

  return defineResource(withTags(ctx, base, { arn: (m) => m.arn, createTakesTags: true }));
}
