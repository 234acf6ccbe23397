import type { EvsClient, Host } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import type { ListKind, Lister } from '../shared/context';
import { NotFoundError, orNotFound, unlessNotFound } from '../shared/not-found';
import { GONE, type Observed } from '../shared/settle';

/** Every host of an environment (EVS has no GetHost); an unknown environment is a NotFoundError. */
export async function listHosts(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Host[]> {
  const { paginateListEnvironmentHosts } = evsSdk();
  return orNotFound(async () => {
    const all: Host[] = [];
    for await (const page of paginateListEnvironmentHosts({ client, pageSize: 100 }, { environmentId }, { abortSignal: signal })) {
      all.push(...(page.environmentHosts ?? []));
    }
    return all;
  }, `EVS environment ${environmentId} was not found.`);
}

/** The hosts of an environment, as the list caches share them (parent: environment id). */
export const HOSTS: ListKind<Host> = { name: 'hosts', load: listHosts };

/** The host of this name, unless it is gone or DELETED (then NotFoundError). */
export async function findHostByName(list: Lister<Host>, environmentId: string, hostName: string, signal?: AbortSignal): Promise<Host> {
  const found = (await list(environmentId, signal)).find((h) => h.hostName === hostName);
  if (!found || found.hostState === 'DELETED') throw new NotFoundError(`EVS host ${hostName} was not found in environment ${environmentId}.`);
  return found;
}

/** The host's state through `list`, or GONE. */
export async function statusHost(list: Lister<Host>, environmentId: string, hostName: string, signal?: AbortSignal): Promise<Observed<Host>> {
  const host = await unlessNotFound(findHostByName(list, environmentId, hostName, signal));
  return host ? { item: host, state: host.hostState ?? 'UNKNOWN' } : { state: GONE };
}
