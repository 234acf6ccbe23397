import type { EntitlementType, VmEntitlement } from '../../../evs';
import { LIST_CONSTRAINTS } from '../../../evs/constraints';
import { RESOURCE_VM_ENTITLEMENT } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import { defineResource, type Resource } from '../../framework/resource';
import { timeoutFor } from '../../framework/timeouts';
import { log } from '../../log';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError, readOrForget } from '../shared/not-found';
import { CHANGE_UNKNOWN, sendOrReadBack, type Effect } from '../shared/read-back';
import { deadlineIn, type Deadline } from '../shared/wait';
import { byVm, ENTITLEMENTS, scopeKey, type Scope } from './find';
import { IMPORT_FORM, parseImportId, parseImportIdentity } from './import-id';
import { describeVm, entitlementResourceId, isLive, stateFrom, type EntitlementModel } from './model';
import { DEFAULT_ENTITLEMENT_TYPE, DEFAULT_TIMEOUTS, ENTITLEMENT_IDENTITY, entitlementSchema } from './schema';
import { waitSettled } from './wait';

type Base = Pick<EntitlementModel, 'environment_id' | 'connector_id' | 'entitlement_type'>;

const scopeOf = (m: Base): Scope => ({
  environmentId: m.environment_id!,
  connectorId: m.connector_id!,
  type: m.entitlement_type ?? DEFAULT_ENTITLEMENT_TYPE,
});

/** Requests of at most the API's VmIdList size. */
function batches(ids: readonly string[]): string[][] {
  const size = LIST_CONSTRAINTS.vmIds.max;
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/** What a converge ended with: the last observation and the VMs that did not get where they should. */
interface Outcome {
  readonly held: Map<string, VmEntitlement>;
  readonly notEntitled: string[];
  readonly stillTracked: string[];
}

/** The state from what EVS holds now, with warnings for the VMs it no longer entitles and those AT_RISK. */
function stateFromHeld(state: EntitlementModel, scope: Scope, held: Map<string, VmEntitlement>, diags: Diagnostics): EntitlementModel | null {
  // Just imported: every VM entitled through the connector.
  const tracked = state.vm_ids ?? [...held.keys()];
  const base = { ...state, entitlement_type: scope.type };
  const next = stateFrom(base, tracked, held);
  const lost = tracked.filter((id) => !isLive(held.get(id)));
  if (state.vm_ids && lost.length > 0) {
    log.warn('vm entitlements no longer held: removing them from state', { environment_id: scope.environmentId, connector_id: scope.connectorId, vm_ids: lost.join(',') });
    diags.warning(
      'EVS no longer entitles some VMs',
      `${lost.map((id) => describeVm(id, held.get(id))).join('; ')}. ${next ? 'The next plan entitles them again if they are still configured.' : 'No VM is left, so the resource was removed from the Terraform state.'}`,
    );
  }
  const atRisk = (next?.vm_ids ?? []).filter((id) => held.get(id)?.status === 'AT_RISK');
  if (atRisk.length > 0) {
    diags.warning(
      `${atRisk.length} VM entitlement${atRisk.length === 1 ? ' is' : 's are'} AT_RISK`,
      `${atRisk.map((id) => describeVm(id, held.get(id))).join('; ')}. EVS still tracks ${atRisk.length === 1 ? 'it' : 'them'}; see the error details.`,
    );
  }
  return next;
}

export function vmEntitlementResource(ctx: ProviderContext): Resource {
  const lists = () => ctx.lists(ENTITLEMENTS);

  /** CreateEntitlement or DeleteEntitlement for one batch; a lost answer is read back (the API has no client token semantics). */
  async function send(op: 'create' | 'delete', scope: Scope, vmIds: string[], seen: Map<string, VmEntitlement>, deadline: Deadline): Promise<void> {
    const key = scopeKey(scope);
    const logFields = { environment_id: scope.environmentId, connector_id: scope.connectorId, vms: vmIds.length };
    const input = { environmentId: scope.environmentId, connectorId: scope.connectorId, entitlementType: scope.type as EntitlementType, vmIds };
    log.info(`${op === 'create' ? 'creating' : 'deleting'} vm entitlements`, { ...logFields, vm_ids: vmIds.join(',') });
    try {
      const sent = await sendOrReadBack({
        action: `${op} vm entitlements`,
        logFields,
        ctx,
        deadline,
        what: `the VM entitlements of connector ${scope.connectorId} (environment ${scope.environmentId})`,
        ifCarriedOut:
          op === 'create'
            ? 'If EVS took the VMs, the next apply finds them among the VMs it entitles and does not send them again.'
            : CHANGE_UNKNOWN,
        send: () => {
          const { CreateEntitlementCommand, DeleteEntitlementCommand } = evsSdk();
          const command = op === 'create' ? new CreateEntitlementCommand(input) : new DeleteEntitlementCommand(input);
          return ctx.client().send(command, { abortSignal: ctx.signal });
        },
        readBack: async () => byVm(await lists().fresh(key)),
        effect: (held): Effect => {
          if (op === 'delete') return vmIds.every((id) => !isLive(held.get(id))) ? 'applied' : 'not-applied';
          if (!vmIds.every((id) => isLive(held.get(id)))) return 'not-applied';
          return vmIds.some((id) => held.get(id)?.status === 'CREATING') ? 'in-progress' : 'applied';
        },
      });
      const answered = sent.answered ? (sent.output.entitlements ?? []) : vmIds.map((id) => sent.observed.get(id)).filter((e) => e !== undefined);
      for (const e of answered) if (e.vmId) seen.set(e.vmId, e);
    } finally {
      lists().invalidate(key);
    }
  }

  /**
   * Brings the scope to: every VM of `want` entitled, none of `drop` tracked. Only what EVS does
   * not hold already is sent (a re-run after a crash sends nothing twice), in batches, then every
   * VM sent is waited for. `seen` follows what EVS is known to hold, for the state after a failure.
   */
  async function converge(scope: Scope, want: readonly string[], drop: readonly string[], deadline: Deadline, seen: Map<string, VmEntitlement>): Promise<Outcome> {
    let held = byVm(await lists().fresh(scopeKey(scope), ctx.signal));
    for (const [id, e] of held) seen.set(id, e);
    const created = want.filter((id) => !isLive(held.get(id)));
    const deleted = drop.filter((id) => isLive(held.get(id)));
    const already = want.length - created.length;
    if (already > 0) log.info('vm entitlements already held by EVS are not sent again', { environment_id: scope.environmentId, connector_id: scope.connectorId, vms: already });
    for (const batch of batches(created)) await send('create', scope, batch, seen, deadline);
    for (const batch of batches(deleted)) await send('delete', scope, batch, seen, deadline);
    if (created.length + deleted.length > 0) {
      held = await waitSettled(ctx, scope, { created, deleted }, deadline);
      for (const [id, e] of held) seen.set(id, e);
    }
    return { held, notEntitled: created.filter((id) => !isLive(held.get(id))), stillTracked: deleted.filter((id) => isLive(held.get(id))) };
  }

  /** After a failure: what EVS holds now (fresh, unless stopping), else what was last seen. */
  async function readBack(scope: Scope, seen: Map<string, VmEntitlement>): Promise<Map<string, VmEntitlement>> {
    if (ctx.signal.aborted) return seen;
    try {
      return byVm(await lists().fresh(scopeKey(scope)));
    } catch {
      return seen;
    }
  }

  /** One error for the VMs that did not end where the plan wanted, with EVS's reason for each. */
  function reportOutcome(o: Outcome, scope: Scope, diags: Diagnostics): void {
    if (o.notEntitled.length > 0) {
      diags.error(
        `EVS could not entitle ${o.notEntitled.length} VM${o.notEntitled.length === 1 ? '' : 's'}`,
        `Through connector ${scope.connectorId} (environment ${scope.environmentId}): ${o.notEntitled.map((id) => describeVm(id, o.held.get(id))).join('; ')}. ` +
          'The state holds only the VMs EVS entitles; check that each VM exists in the vCenter Server of this connector, then apply again.',
      );
    }
    if (o.stillTracked.length > 0) {
      diags.error(
        `EVS still tracks ${o.stillTracked.length} VM${o.stillTracked.length === 1 ? '' : 's'} it was asked to stop`,
        `${o.stillTracked.map((id) => describeVm(id, o.held.get(id))).join('; ')}. They stay in the state; apply again to remove them.`,
      );
    }
  }

  const KEPT = 'The state holds the VMs EVS entitles now.';

  return defineResource({
    typeName: RESOURCE_VM_ENTITLEMENT,
    schema: entitlementSchema,
    identity: ENTITLEMENT_IDENTITY,

    async create(planned, diags) {
      const scope = scopeOf(planned);
      const deadline = deadlineIn(timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create));
      const seen = new Map<string, VmEntitlement>();
      try {
        const outcome = await converge(scope, planned.vm_ids, [], deadline, seen);
        reportOutcome(outcome, scope, diags);
        return stateFrom(planned, planned.vm_ids, outcome.held);
      } catch (err) {
        diags.error('Creating the EVS VM entitlements failed', explain(err, { timeoutArgument: 'timeouts.create', kept: KEPT }));
        // Never an untracked entitlement: every VM EVS took goes into state (the engine taints it).
        return stateFrom(planned, planned.vm_ids, await readBack(scope, seen));
      }
    },

    async read(state, diags) {
      if (!state.environment_id || !state.connector_id) {
        diags.error('Incomplete state', 'The state has no environment_id or connector_id; re-import the entitlements.');
        return state;
      }
      const scope = scopeOf(state);
      return readOrForget(diags, state, { what: 'EVS VM entitlements', again: 'entitles the VMs again' }, async () =>
        stateFromHeld(state, scope, byVm(await lists().read(scopeKey(scope), ctx.signal)), diags),
      );
    },

    async update(prior, planned, diags) {
      const priorIds = prior.vm_ids ?? [];
      const want = planned.vm_ids;
      const drop = priorIds.filter((id) => !want.includes(id));
      // Local-only changes (timeouts): nothing to send, the plan is the state.
      if (drop.length === 0 && want.every((id) => priorIds.includes(id))) return planned;
      const scope = scopeOf(planned);
      const deadline = deadlineIn(timeoutFor(planned, 'update', DEFAULT_TIMEOUTS.update));
      const seen = new Map<string, VmEntitlement>();
      try {
        const outcome = await converge(scope, want, drop, deadline, seen);
        reportOutcome(outcome, scope, diags);
        return stateFrom(planned, [...want, ...drop], outcome.held);
      } catch (err) {
        diags.error('Updating the EVS VM entitlements failed', explain(err, { timeoutArgument: 'timeouts.update', kept: KEPT }));
        return stateFrom(planned, [...want, ...drop], await readBack(scope, seen));
      }
    },

    async delete(prior, diags) {
      const scope = scopeOf(prior);
      const deadline = deadlineIn(timeoutFor(prior, 'delete', DEFAULT_TIMEOUTS.delete));
      try {
        const outcome = await converge(scope, [], prior.vm_ids ?? [], deadline, new Map());
        reportOutcome(outcome, scope, diags);
      } catch (err) {
        if (isNotFoundError(err)) return; // the connector or environment is gone, and its entitlements with it
        diags.error('Deleting the EVS VM entitlements failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: 'They stay in the state.' }));
      }
    },

    async importState(id, diags, identity) {
      // Import by identity (engines ≥ 1.12) names the same three parts as the id form.
      const byIdentity = identity !== undefined && Object.values(identity).some((v) => v !== null);
      const scope = byIdentity ? parseImportIdentity(identity) : parseImportId(id);
      if (typeof scope === 'string') {
        diags.error(byIdentity ? 'Invalid import identity' : 'Invalid import id', scope);
        return null;
      }
      try {
        const held = await lists().read(scopeKey(scope), ctx.signal);
        if (!held.some(isLive)) {
          diags.error(
            'Nothing to import',
            `No VM is entitled (${scope.type}) through connector ${scope.connectorId} of environment ${scope.environmentId}. Import accepts ${IMPORT_FORM}.`,
          );
          return null;
        }
      } catch (err) {
        diags.error('Cannot import the EVS VM entitlements', isNotFoundError(err) ? `${err.message} Import accepts ${IMPORT_FORM}.` : explain(err));
        return null;
      }
      return {
        id: entitlementResourceId(scope.environmentId, scope.connectorId, scope.type),
        environment_id: scope.environmentId,
        connector_id: scope.connectorId,
        entitlement_type: scope.type,
      };
    },
  });
}
