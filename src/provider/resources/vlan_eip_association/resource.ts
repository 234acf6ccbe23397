import { randomUUID } from 'crypto';
import type { EipAssociation } from '../../../evs';
import { RESOURCE_VLAN_EIP_ASSOCIATION } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import { defineResource, type Resource } from '../../framework/resource';
import { timeoutFor } from '../../framework/timeouts';
import { log } from '../../log';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { readOrForget, unlessNotFound } from '../shared/not-found';
import { CHANGE_UNKNOWN, sendOrReadBack, type Effect } from '../shared/read-back';
import { GONE } from '../shared/settle';
import { deadlineIn } from '../shared/wait';
import { findAssociation, statusAssociation, VLANS, type AssociationKey } from './find';
import { IMPORT_FORM, parseImportId, parseImportIdentity } from './import-id';
import { associationResourceId, stateFromAssociation, type AssociationModel } from './model';
import { ASSOCIATION_IDENTITY, associationSchema, DEFAULT_TIMEOUTS, HCX_VLAN } from './schema';
import { waitAssociation } from './wait';

const KEPT = 'The association is kept in state.';

const keyOf = (m: Pick<AssociationModel, 'environment_id' | 'vlan_name' | 'allocation_id'>): AssociationKey => ({
  environmentId: m.environment_id ?? '',
  vlanName: m.vlan_name ?? HCX_VLAN,
  allocationId: m.allocation_id ?? '',
});

const fields = (k: AssociationKey) => ({ environment_id: k.environmentId, vlan_name: k.vlanName, allocation_id: k.allocationId });

export function vlanEipAssociationResource(ctx: ProviderContext): Resource {
  const lists = () => ctx.lists(VLANS);

  return defineResource({
    typeName: RESOURCE_VLAN_EIP_ASSOCIATION,
    schema: associationSchema,
    identity: ASSOCIATION_IDENTITY,

    async create(planned, diags) {
      const key = keyOf(planned);
      const deadline = deadlineIn(timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create));
      let made: EipAssociation | undefined;
      try {
        log.info('associating elastic ip', fields(key));
        const sent = await sendOrReadBack({
          action: 'associate elastic ip',
          logFields: fields(key),
          ctx,
          deadline,
          what: `the association of ${key.allocationId} with VLAN ${key.vlanName} (environment ${key.environmentId})`,
          ifCarriedOut:
            `If EVS associated ${key.allocationId}, it is not in state yet: the next apply associates it again, reads back the association EVS holds and records it; nothing is associated twice.`,
          send: () =>
            ctx.client().send(
              new (evsSdk().AssociateEipToVlanCommand)({ clientToken: randomUUID(), environmentId: key.environmentId, vlanName: key.vlanName, allocationId: key.allocationId }),
              { abortSignal: ctx.signal },
            ),
          readBack: () => unlessNotFound(findAssociation(lists().fresh, key)),
          effect: (found): Effect => (found ? 'applied' : 'not-applied'),
        });
        made = sent.answered ? sent.output.vlan?.eipAssociations?.find((a) => a.allocationId === key.allocationId) : sent.observed;
      } catch (err) {
        diags.error('Associating the Elastic IP with the EVS VLAN failed', explain(err));
        return null;
      } finally {
        lists().invalidate(key.environmentId);
      }
      try {
        const shown = (await waitAssociation(ctx, key, 'associated', deadline)).item!;
        return stateFromAssociation(key, shown, planned);
      } catch (err) {
        diags.error('Waiting for the Elastic IP association failed', explain(err, { timeoutArgument: 'timeouts.create', kept: made ? KEPT : undefined }));
        // EVS answered with the association: record it (tainted), so it is not made twice.
        return made ? stateFromAssociation(key, made, planned) : null;
      }
    },

    async read(state, diags) {
      const key = keyOf(state);
      if (!state.environment_id || !state.allocation_id) {
        diags.error('Incomplete state', `The state has no environment_id or allocation_id; re-import the association with ${IMPORT_FORM}.`);
        return state;
      }
      return readOrForget(diags, state, { what: 'EVS Elastic IP association', again: 'associates the Elastic IP again' }, async () =>
        stateFromAssociation(key, await findAssociation(lists().read, key, ctx.signal), state),
      );
    },

    async update(_prior, planned) {
      // Every argument replaces the association: only timeouts change in place (no call).
      return planned;
    },

    async delete(prior, diags) {
      const key = keyOf(prior);
      const deadline = deadlineIn(timeoutFor(prior, 'delete', DEFAULT_TIMEOUTS.delete));
      try {
        const associationId = prior.association_id ?? (await unlessNotFound(findAssociation(lists().fresh, key, ctx.signal)))?.associationId;
        if (!associationId) return; // Nothing of it is left to disassociate.
        log.info('disassociating elastic ip', { ...fields(key), association_id: associationId });
        await sendOrReadBack({
          action: 'disassociate elastic ip',
          logFields: { ...fields(key), association_id: associationId },
          ctx,
          deadline,
          what: `the association of ${key.allocationId} with VLAN ${key.vlanName} (environment ${key.environmentId})`,
          ifCarriedOut: CHANGE_UNKNOWN,
          send: () =>
            ctx.client().send(
              new (evsSdk().DisassociateEipFromVlanCommand)({ clientToken: randomUUID(), environmentId: key.environmentId, vlanName: key.vlanName, associationId }),
              { abortSignal: ctx.signal },
            ),
          readBack: () => statusAssociation(lists().fresh, key),
          effect: ({ state }): Effect => (state === GONE ? 'applied' : 'not-applied'),
        });
      } catch (err) {
        diags.error('Disassociating the Elastic IP from the EVS VLAN failed', explain(err, { kept: KEPT }));
        return;
      } finally {
        lists().invalidate(key.environmentId);
      }
      try {
        await waitAssociation(ctx, key, 'disassociated', deadline);
      } catch (err) {
        diags.error('Waiting for the Elastic IP to be disassociated failed', explain(err, { timeoutArgument: 'timeouts.delete', kept: KEPT }));
      }
    },

    async importState(id, diags, identity) {
      // Import by identity (engines ≥ 1.12) names the same three parts as the id form.
      const byIdentity = identity !== undefined && Object.values(identity).some((v) => v !== null);
      const key = byIdentity ? parseImportIdentity(identity) : parseImportId(id);
      if (typeof key === 'string') {
        diags.error(byIdentity ? 'Invalid import identity' : 'Invalid import id', key);
        return null;
      }
      return { id: associationResourceId(key), ...fields(key) };
    },
  });
}
