import { randomUUID } from 'crypto';
import type { Host, InstanceType } from '../../../evs';
import { STRING_CONSTRAINTS } from '../../../evs/constraints';
import { RESOURCE_ENVIRONMENT_HOST } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import type { Planned } from '../../framework/model';
import { attr } from '../../framework/path';
import { defineResource, type Resource } from '../../framework/resource';
import { timeoutFor } from '../../framework/timeouts';
import { log } from '../../log';
import { findEnvironmentByID } from '../environment/find';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { checkIdentity, importsByIdentity } from '../shared/import-identity';
import { isNotFoundError, readOrForget, unlessNotFound } from '../shared/not-found';
import { CHANGE_UNKNOWN, sendOrReadBack, type Effect } from '../shared/read-back';
import { GONE } from '../shared/settle';
import { deadlineIn, WaitFailedError } from '../shared/wait';
import { ifCreatedUnseen, judgeAdoption, readBackDeadline, type CreateAttempt } from '../shared/adopt';
import { importGuidance } from '../shared/import-guidance';
import { existingHostFacts } from './adopt';
import { findHostByName, HOSTS, statusHost } from './find';
import { hostResourceId, stateFromHost } from './model';
import { DEFAULT_TIMEOUTS, HOST_IDENTITY, hostSchema } from './schema';
import { waitHost } from './wait';

type PlannedHost = Planned<typeof hostSchema>;
const KEPT = 'The host is kept in state.';
const ENV_ID = new RegExp(`^${STRING_CONSTRAINTS.environmentId.pattern}$`);
const HOST_NAME = new RegExp(`^${STRING_CONSTRAINTS.hostName.pattern}$`);

/** Is `h` the host this plan asks for (so a lost answer to our own create can be recognised)? */
const matches = (h: Host, p: PlannedHost) => h.hostName === p.host_name && h.keyName === p.key_name && h.instanceType === p.instance_type;

export function environmentHostResource(ctx: ProviderContext): Resource {
  const lists = () => ctx.lists(HOSTS);

  /**
   * The environment must be CREATED. A host of this name it already holds is taken over by the rule
   * of `shared/adopt.ts` (an interrupted apply of this configuration added it) or refused with the
   * import. Returns the host to go on with, 'create' to send the create, or null with the error.
   */
  async function precheck(p: PlannedHost, attempt: CreateAttempt, diags: Diagnostics): Promise<Host | 'create' | null> {
    try {
      const env = await findEnvironmentByID(ctx.client(), p.environment_id, ctx.signal);
      if (env.environmentState !== 'CREATED') {
        diags.error('EVS environment not ready', `Environment ${p.environment_id} is ${env.environmentState ?? 'in an unknown state'}; hosts can be added only once it is CREATED.`, attr('environment_id'));
        return null;
      }
      const existing = await unlessNotFound(findHostByName(lists().fresh, p.environment_id, p.host_name, ctx.signal));
      if (!existing) return 'create';
      const verdict = judgeAdoption(existingHostFacts(existing, env, p), attempt);
      if (verdict.adopt) {
        diags.warning(
          `Adopted the existing EVS host ${p.host_name}`,
          `Environment ${p.environment_id} already has host ${p.host_name} (${existing.hostState}, ${verdict.evidence}) with exactly this key_name, instance_type and placement. ` +
            `That is what an earlier apply of this configuration leaves when it is interrupted before it can record the host, so this resource now manages it instead of failing. ` +
            `If someone else added it, remove it from this configuration's state (state rm) without destroying it.`,
        );
        return existing;
      }
      diags.error(
        'The host already exists',
        `Environment ${p.environment_id} already has a host named ${p.host_name} (${existing.hostState}), and host names are unique. It was not taken over because ${verdict.reasons.join('; ')}.\n\n` +
          importGuidance(RESOURCE_ENVIRONMENT_HOST, hostResourceId(p.environment_id, p.host_name)),
        attr('host_name'),
      );
      return null;
    } catch (err) {
      if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
      else diags.error('Cannot add the EVS host', explain(err));
      return null;
    }
  }

  return defineResource({
    typeName: RESOURCE_ENVIRONMENT_HOST,
    schema: hostSchema,
    identity: HOST_IDENTITY,

    async create(planned, diags) {
      const environmentId = planned.environment_id;
      const hostName = planned.host_name;
      const timeoutMs = timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create);
      const attempt: CreateAttempt = { startedAt: Date.now(), timeoutMs, timeoutArgument: 'timeouts.create' };
      const deadline = deadlineIn(timeoutMs);
      const checked = await precheck(planned, attempt, diags);
      if (checked === null) return null;
      let created: Host | undefined = checked === 'create' ? undefined : checked;
      if (checked === 'create') {
        try {
          log.info('adding host', { environment_id: environmentId, host_name: hostName });
          const sent = await sendOrReadBack({
            action: 'create host',
            logFields: { environment_id: environmentId, host_name: hostName },
            ctx,
            deadline: readBackDeadline(attempt),
            what: `EVS host ${hostName} (environment ${environmentId})`,
            ifCarriedOut: ifCreatedUnseen(`host ${hostName} in environment ${environmentId}`, attempt),
            send: () =>
              ctx.client().send(
                new (evsSdk().CreateEnvironmentHostCommand)({
                  clientToken: randomUUID(),
                  environmentId,
                  host: {
                    hostName,
                    keyName: planned.key_name,
                    instanceType: planned.instance_type as InstanceType,
                    ...(planned.placement_group_id !== null && { placementGroupId: planned.placement_group_id }),
                    ...(planned.dedicated_host_id !== null && { dedicatedHostId: planned.dedicated_host_id }),
                  },
                  ...(planned.esx_version !== null && { esxVersion: planned.esx_version }),
                }),
                { abortSignal: ctx.signal },
              ),
            readBack: () => unlessNotFound(findHostByName(lists().fresh, environmentId, hostName)),
            effect: (found): Effect => (found && matches(found, planned) ? (found.hostState === 'CREATING' ? 'in-progress' : 'applied') : 'not-applied'),
          });
          created = sent.answered ? sent.output.host : sent.observed;
        } catch (err) {
          diags.error('Adding the EVS host failed', explain(err));
          return null;
        } finally {
          lists().invalidate(environmentId);
        }
      }
      const base = { esx_version: planned.esx_version, timeouts: planned.timeouts };
      try {
        const settled = (await waitHost(ctx, environmentId, hostName, 'created', deadline)).item!;
        return stateFromHost(environmentId, settled, base);
      } catch (err) {
        const now = (await statusHost(lists().fresh, environmentId, hostName).catch(() => undefined))?.item ?? created ?? { hostName, hostState: 'CREATING' as const };
        diags.error(
          err instanceof WaitFailedError && now.hostState === 'CREATE_FAILED' ? 'EVS host creation failed' : 'Waiting for the EVS host failed',
          explain(err, { timeoutArgument: 'timeouts.create', kept: `${KEPT} It is marked tainted: the next apply deletes it and adds it again, or fix the cause and untaint it.` }),
        );
        // Never an orphan: the host goes into state and the engine marks it tainted.
        return stateFromHost(environmentId, now, base);
      }
    },

    async read(state, diags) {
      const environmentId = state.environment_id;
      const hostName = state.host_name;
      if (!environmentId || !hostName) {
        diags.error('Incomplete state', 'The state has no environment_id or host_name; re-import the host.');
        return state;
      }
      return readOrForget(diags, state, { what: 'EVS host', again: 'adds the host again' }, async () =>
        stateFromHost(environmentId, await findHostByName(lists().read, environmentId, hostName, ctx.signal), state),
      );
    },

    async update(_prior, planned) {
      // Every argument replaces the host: only timeouts change in place (no call).
      return planned;
    },

    async delete(prior, diags) {
      const environmentId = prior.environment_id!;
      const hostName = prior.host_name!;
      const deadline = deadlineIn(timeoutFor(prior, 'delete', DEFAULT_TIMEOUTS.delete));
      try {
        log.info('deleting host', { environment_id: environmentId, host_name: hostName });
        await sendOrReadBack({
          action: 'delete host',
          logFields: { environment_id: environmentId, host_name: hostName },
          ctx,
          deadline,
          what: `EVS host ${hostName} (environment ${environmentId})`,
          ifCarriedOut: CHANGE_UNKNOWN,
          send: () => ctx.client().send(new (evsSdk().DeleteEnvironmentHostCommand)({ clientToken: randomUUID(), environmentId, hostName }), { abortSignal: ctx.signal }),
          readBack: () => statusHost(lists().fresh, environmentId, hostName),
          effect: ({ state }): Effect => (state === GONE || state === 'DELETED' ? 'applied' : state === 'DELETING' ? 'in-progress' : 'not-applied'),
        });
      } catch (err) {
        diags.error('Deleting the EVS host failed', explain(err, { kept: KEPT }));
        return;
      } finally {
        lists().invalidate(environmentId);
      }
      try {
        await waitHost(ctx, environmentId, hostName, 'deleted', deadline);
      } catch (err) {
        diags.error('Waiting for the EVS host to be deleted failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: KEPT }));
      }
    },

    async importState(id, diags, identity) {
      if (importsByIdentity(identity)) {
        const named = checkIdentity(identity, {
          environment_id: { constraint: 'environmentId', what: 'an environment id' },
          host_name: { constraint: 'hostName', what: 'a host name' },
        });
        if (typeof named === 'string') {
          diags.error('Invalid import identity', named);
          return null;
        }
        return { id: hostResourceId(named.environment_id, named.host_name), environment_id: named.environment_id, host_name: named.host_name };
      }
      const parts = id.split('/');
      if (parts.length !== 2 || !ENV_ID.test(parts[0]!) || !parts[1] || !HOST_NAME.test(parts[1])) {
        diags.error('Invalid import id', `The import id ${JSON.stringify(id)} is not environment_id/host_name, e.g. env-0123456789/esx-05 (${STRING_CONSTRAINTS.hostName.hint}).`);
        return null;
      }
      const [environmentId, hostName] = parts as [string, string];
      return { id: hostResourceId(environmentId, hostName), environment_id: environmentId, host_name: hostName };
    },
  });
}
