import type { EipAssociation, EvsClient, Vlan } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import type { ListKind, Lister } from '../shared/context';
import { NotFoundError, orNotFound, unlessNotFound } from '../shared/not-found';
import { GONE, type Observed } from '../shared/settle';

/** Every VLAN of an environment (EVS has no GetVlan); an unknown environment is a NotFoundError. */
export async function listVlans(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Vlan[]> {
  const { paginateListEnvironmentVlans } = evsSdk();
  return orNotFound(async () => {
    const all: Vlan[] = [];
    for await (const page of paginateListEnvironmentVlans({ client, pageSize: 100 }, { environmentId }, { abortSignal: signal })) {
      all.push(...(page.environmentVlans ?? []));
    }
    return all;
  }, `EVS environment ${environmentId} was not found.`);
}

/** The VLANs of an environment, as the list caches share them (parent: environment id). */
export const VLANS: ListKind<Vlan> = { name: 'vlans', load: listVlans };

/** What names one association: its VLAN (by the name AssociateEipToVlan takes) and Elastic IP allocation. */
export interface AssociationKey {
  readonly environmentId: string;
  readonly vlanName: string;
  readonly allocationId: string;
}

/** The VLAN EVS calls `vlanName` (its function name, e.g. `hcx`); NotFoundError when there is none. */
export async function findVlanByName(list: Lister<Vlan>, environmentId: string, vlanName: string, signal?: AbortSignal): Promise<Vlan> {
  const found = (await list(environmentId, signal)).find((v) => v.functionName === vlanName && v.vlanState !== 'DELETED');
  if (!found) throw new NotFoundError(`EVS environment ${environmentId} has no VLAN named ${vlanName}.`);
  return found;
}

/** The association of this allocation with the VLAN; NotFoundError when the VLAN or the association is not there. */
export async function findAssociation(list: Lister<Vlan>, key: AssociationKey, signal?: AbortSignal): Promise<EipAssociation> {
  const vlan = await findVlanByName(list, key.environmentId, key.vlanName, signal);
  const found = (vlan.eipAssociations ?? []).find((a) => a.allocationId === key.allocationId);
  if (!found) throw new NotFoundError(`Elastic IP ${key.allocationId} is not associated with VLAN ${key.vlanName} of EVS environment ${key.environmentId}.`);
  return found;
}

/** The association as a waiter sees it: ASSOCIATED, or GONE. */
export async function statusAssociation(list: Lister<Vlan>, key: AssociationKey, signal?: AbortSignal): Promise<Observed<EipAssociation>> {
  const found = await unlessNotFound(findAssociation(list, key, signal));
  return found ? { item: found, state: ASSOCIATED } : { state: GONE };
}

/** Pseudo-state of an association EVS lists (associations have no state of their own). */
export const ASSOCIATED = 'ASSOCIATED';
