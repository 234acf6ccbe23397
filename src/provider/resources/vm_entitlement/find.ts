import type { EntitlementType, EvsClient, VmEntitlement } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import type { ListKind } from '../shared/context';
import { orNotFound } from '../shared/not-found';

/** What one list covers: the entitlements of one type through one connector. */
export interface Scope {
  readonly environmentId: string;
  readonly connectorId: string;
  readonly type: string;
}

/** The list caches' parent key of a scope. */
export const scopeKey = (s: Scope) => `${s.environmentId}/${s.connectorId}/${s.type}`;

/** Every VM entitlement of a scope (any status), through the paginated list; an unknown environment or connector is a NotFoundError. */
export async function listEntitlements(client: EvsClient, key: string, signal?: AbortSignal): Promise<VmEntitlement[]> {
  const [environmentId, connectorId, type] = key.split('/') as [string, string, string];
  return orNotFound(async () => {
    const all: VmEntitlement[] = [];
    const input = { environmentId, connectorId, entitlementType: type as EntitlementType };
    for await (const page of evsSdk().paginateListVmEntitlements({ client, pageSize: 100 }, input, { abortSignal: signal })) {
      all.push(...(page.entitlements ?? []));
    }
    return all;
  }, `EVS connector ${connectorId} was not found in environment ${environmentId}.`);
}

/** The entitlements of a scope, as the provider's list caches share them (parent: `scopeKey`). */
export const ENTITLEMENTS: ListKind<VmEntitlement> = { name: 'vm-entitlements', load: listEntitlements };

/** A list as a map by VM id. */
export function byVm(list: readonly VmEntitlement[]): Map<string, VmEntitlement> {
  return new Map(list.filter((e) => e.vmId).map((e) => [e.vmId!, e]));
}
