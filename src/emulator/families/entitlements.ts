/**
 * VM entitlements (Windows Server licence-included): CreateEntitlement, DeleteEntitlement and
 * ListVmEntitlements with EVS's rules, the validation lifecycle per VM and the VmEntitlement view.
 *
 * - Entitlements go through a VCENTER connector that is ACTIVE; 1–100 VM ids per request.
 * - Create is asynchronous: each VM starts CREATING and, after `entitlementMs`, is CREATED when
 *   the connector's vCenter Server holds the VM (its inventory, default vm-1001 … vm-1020), else
 *   CREATE_FAILED with an errorDetail. Repeating a create for a VM that is CREATING, CREATED or
 *   AT_RISK answers it unchanged (idempotent); after DELETED, CREATE_FAILED or
 *   ENTITLEMENT_REMOVED it starts again.
 * - Delete stops usage tracking at once: status DELETED with stoppedAt. A guess, documented in the
 *   README: the DELETED status and `stoppedAt` exist only to be read, so ListVmEntitlements keeps
 *   showing deleted entitlements. A VM that never had an entitlement answers ResourceNotFound.
 * - Usage syncs every check interval while CREATED or AT_RISK (`lastSyncedAt`).
 */
import type { EntitlementStatus, EntitlementType } from '../../evs/constraints';
import { Lifecycle, type Failure } from '../lifecycle';
import type { ConnectorRecord, EntitlementRecord, VmRecord } from '../model';
import { epochSeconds, notFound, validationError } from '../protocol';
import type { Store } from '../store';
import { fieldErrors, inputSpec } from '../validate';
import { findConnector } from './connectors';
import { readyEnvironment, findEnvironment } from './environments';
import { listPage, type Family, type OperationContext, type Output } from './family';

/** What a VCENTER connector's vCenter Server holds until the control interface says otherwise. */
export const DEFAULT_VMS: readonly VmRecord[] = Array.from({ length: 20 }, (_, i) => {
  const vmId = `vm-${1001 + i}`;
  return { vmId, vmName: vmId };
});

export function vmsOf(c: ConnectorRecord): readonly VmRecord[] {
  return c.vms ?? DEFAULT_VMS;
}

/** Entitlements that still track usage: a connector holding any cannot be deleted. */
export const LIVE_STATUSES: ReadonlySet<EntitlementStatus> = new Set(['CREATING', 'CREATED', 'AT_RISK']);

export const ENTITLEMENT_LIFECYCLE = new Lifecycle<EntitlementRecord, EntitlementStatus, 'create', unknown, Store>({
  create: {
    during: 'CREATING',
    done: 'CREATED',
    failed: 'CREATE_FAILED',
    onBegin: (e) => {
      e.errorDetail = undefined;
      e.startedAt = undefined;
      e.stoppedAt = undefined;
    },
    verdict: (e, _at, store) => vmVerdict(e, store),
    onDone: (e, at) => {
      e.startedAt = at;
    },
    onFail: (e, _at, failure) => {
      e.errorDetail = { errorCode: failure.code ?? 'VALIDATION_FAILED', errorMessage: failure.message };
    },
  },
});

/** EVS validates each VM before tracking starts: it must be in the connector's vCenter Server. */
function vmVerdict(e: EntitlementRecord, store: Store): Failure | undefined {
  const c = store.connectors.get(e.connectorId);
  const vm = c && vmsOf(c).find((v) => v.vmId === e.vmId);
  if (vm) {
    e.vmName = vm.vmName;
    return undefined;
  }
  return {
    code: 'VM_NOT_FOUND',
    message: `VM ${e.vmId} was not found in the vCenter Server of connector ${e.connectorId}${c ? ` (${c.applianceFqdn})` : ''}.`,
  };
}

export function entitlementView(e: EntitlementRecord, now: number, syncIntervalMs: number): Output {
  const out: Output = { vmId: e.vmId, environmentId: e.environmentId, connectorId: e.connectorId };
  if (e.vmName !== undefined) out.vmName = e.vmName;
  out.type = e.type;
  out.status = e.state;
  if (e.startedAt !== undefined) {
    // Usage syncs at every interval from the start, until tracking stops.
    const until = e.stoppedAt ?? now;
    const interval = Math.max(1, syncIntervalMs);
    out.lastSyncedAt = epochSeconds(e.startedAt + Math.floor(Math.max(0, until - e.startedAt) / interval) * interval);
    out.startedAt = epochSeconds(e.startedAt);
  }
  if (e.stoppedAt !== undefined) out.stoppedAt = epochSeconds(e.stoppedAt);
  if (e.errorDetail !== undefined) out.errorDetail = { ...e.errorDetail };
  return out;
}

const view = (ctx: OperationContext, e: EntitlementRecord, now: number) => entitlementView(e, now, ctx.durations.checkIntervalMs);

/** Entitlements go through a VCENTER connector of the environment. */
function vcenterConnector(ctx: OperationContext, environmentId: string, connectorId: string): ConnectorRecord {
  const c = findConnector(ctx, environmentId, connectorId);
  if (c.type !== 'VCENTER') {
    throw fieldErrors([
      {
        name: 'connectorId',
        message: `connectorId ${connectorId} is a ${c.type} connector; entitlements go through the environment's VCENTER connector.`,
      },
    ]);
  }
  return c;
}

/** The request's VM ids, each once, in request order. */
const distinct = (ids: unknown): string[] => [...new Set(ids as string[])];

const ENTITLEMENT_INPUT = inputSpec({ required: ['environmentId', 'connectorId', 'entitlementType', 'vmIds'], optional: ['clientToken'] });

export const ENTITLEMENT_OPERATIONS = {
  CreateEntitlement: {
    input: ENTITLEMENT_INPUT,
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      readyEnvironment(ctx, environmentId, 'entitlements');
      const c = vcenterConnector(ctx, environmentId, input.connectorId as string);
      if (c.state !== 'ACTIVE') {
        throw validationError(
          `Connector ${c.connectorId} is ${c.state}; entitlements can be created through an ACTIVE VCENTER connector.`,
          'other',
        );
      }
      const now = ctx.store.now();
      const type = input.entitlementType as EntitlementType;
      const out = distinct(input.vmIds).map((vmId) => {
        const existing = ctx.store.entitlement(c.connectorId, vmId);
        if (existing && LIVE_STATUSES.has(existing.state)) return existing;
        const e = ctx.store.putEntitlement(
          {
            environmentId,
            connectorId: c.connectorId,
            vmId,
            vmName: vmsOf(c).find((v) => v.vmId === vmId)?.vmName,
            type,
            state: 'CREATING',
            createdAt: now,
            modifiedAt: now,
          },
        );
        ENTITLEMENT_LIFECYCLE.begin(e, 'create', now, ctx.durations.entitlementMs);
        return e;
      });
      ctx.store.onChange();
      return { entitlements: out.map((e) => view(ctx, e, now)) };
    },
  },
  DeleteEntitlement: {
    input: ENTITLEMENT_INPUT,
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      findEnvironment(ctx, environmentId);
      const c = vcenterConnector(ctx, environmentId, input.connectorId as string);
      const type = input.entitlementType as EntitlementType;
      const vmIds = distinct(input.vmIds);
      const found = vmIds.map((vmId) => ctx.store.entitlement(c.connectorId, vmId));
      const missing = vmIds.filter((_, i) => !found[i] || found[i]!.type !== type);
      if (missing.length > 0) {
        throw notFound(
          'entitlement',
          missing[0]!,
          `No ${type} entitlement for VM${missing.length > 1 ? 's' : ''} ${missing.join(', ')} through connector ${c.connectorId}.`,
        );
      }
      const now = ctx.store.now();
      for (const e of found as EntitlementRecord[]) {
        // Idempotent: an entitlement already DELETED is answered as it is.
        if (e.state === 'DELETED') continue;
        e.pending = undefined;
        e.state = 'DELETED';
        e.stoppedAt = now;
        e.modifiedAt = now;
      }
      ctx.store.onChange();
      return { entitlements: (found as EntitlementRecord[]).map((e) => view(ctx, e, now)) };
    },
  },
  ListVmEntitlements: {
    input: inputSpec({ required: ['environmentId', 'connectorId', 'entitlementType'], optional: ['nextToken', 'maxResults'] }),
    handler: (input, ctx) => {
      const environmentId = input.environmentId as string;
      readyEnvironment(ctx, environmentId, 'entitlements');
      const c = vcenterConnector(ctx, environmentId, input.connectorId as string);
      const type = input.entitlementType as EntitlementType;
      const now = ctx.store.now();
      return listPage(ctx, input, {
        member: 'entitlements',
        scope: `ListVmEntitlements:${environmentId}:${c.connectorId}:${type}`,
        items: ctx.store.entitlementsOf(c.connectorId).filter((e) => e.type === type),
        key: (e) => ({ createdAt: e.createdAt, id: e.vmId }),
        view: (e) => view(ctx, e, now),
      });
    },
  },
} satisfies Family;
