import type { EntitlementStatus, VmEntitlement } from '../../../evs';
import type { Model } from '../../framework/model';
import { rfc3339 } from '../shared/time';
import type { entitlementSchema, VmView } from './schema';

export type EntitlementModel = Model<typeof entitlementSchema>;

/** Entitlements EVS tracks or is validating: what a resource's `vm_ids` may hold. */
export const LIVE: ReadonlySet<string> = new Set<EntitlementStatus>(['CREATING', 'CREATED', 'AT_RISK']);

export const isLive = (e: VmEntitlement | undefined): e is VmEntitlement => e !== undefined && LIVE.has(e.status ?? '');

/** `environment_id/connector_id/entitlement_type`: the resource's `id` and the import id. */
export function entitlementResourceId(environmentId: string, connectorId: string, type: string): string {
  return `${environmentId}/${connectorId}/${type}`;
}

/** Locale-independent order, so lists are the same on every machine. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function flattenVm(e: VmEntitlement): VmView {
  return {
    vm_id: e.vmId ?? null,
    vm_name: e.vmName ?? null,
    status: e.status ?? null,
    started_at: rfc3339(e.startedAt),
    last_synced_at: rfc3339(e.lastSyncedAt),
    stopped_at: rfc3339(e.stoppedAt),
    error_code: e.errorDetail?.errorCode ?? null,
    error_message: e.errorDetail?.errorMessage ?? null,
  };
}

/** "vm-1001 (CREATE_FAILED, VM_NOT_FOUND: VM vm-1001 was not found …)" */
export function describeVm(vmId: string, e: VmEntitlement | undefined): string {
  if (!e) return `${vmId} (not listed by EVS)`;
  const d = e.errorDetail;
  const why = d?.errorCode || d?.errorMessage ? `, ${[d.errorCode, d.errorMessage].filter(Boolean).join(': ')}` : '';
  return `${vmId} (${e.status ?? 'no status'}${why})`;
}

/**
 * The resource's state: of the VMs it manages (`vmIds`), exactly those EVS holds a live
 * entitlement for, with what EVS reports about each. Null when none is left.
 */
export function stateFrom(
  base: Pick<EntitlementModel, 'environment_id' | 'connector_id' | 'entitlement_type' | 'timeouts'>,
  vmIds: Iterable<string>,
  held: ReadonlyMap<string, VmEntitlement>,
): EntitlementModel | null {
  const kept = [...new Set(vmIds)].filter((id) => isLive(held.get(id))).sort(byCodePoint);
  if (kept.length === 0) return null;
  const type = base.entitlement_type!;
  return {
    id: entitlementResourceId(base.environment_id!, base.connector_id!, type),
    environment_id: base.environment_id,
    connector_id: base.connector_id,
    entitlement_type: type,
    vm_ids: kept,
    vms: kept.map((id) => flattenVm(held.get(id)!)),
    timeouts: base.timeouts ?? null,
  };
}
