import type { Host } from '../../../evs';
import { RESOURCE_ENVIRONMENT_HOST } from '../../../names';
import { fromModel } from '../../framework/model';
import { defineListResource, type ListResource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { byCodePoint, perEnvironment } from '../shared/list-per-environment';
import { HOSTS } from './find';
import { stateFromHost } from './model';
import { hostListSchema, type hostSchema } from './schema';

/** The resource's state for a listed host, as a read right after import makes it (EVS never reports esx_version). */
function listed(environmentId: string, h: Host) {
  const state = stateFromHost(environmentId, h, { esx_version: null, timeouts: null });
  return { state: fromModel<typeof hostSchema>(state), displayName: `${h.hostName} ${h.instanceType ?? ''} ${h.hostState ?? ''} (${environmentId}/${h.hostName})`.replace(/ +/g, ' ') };
}

/**
 * `list "evs_environment_host"`: the hosts of one environment or of every environment not DELETED,
 * ordered by environment id and host name. A host being deleted is left out.
 */
export function environmentHostListResource(ctx: ProviderContext): ListResource {
  return defineListResource({
    typeName: RESOURCE_ENVIRONMENT_HOST,
    schema: hostListSchema,
    async *list(config, diags) {
      const states = ['CREATING', 'CREATED', 'CREATE_FAILED', 'DELETING'] as const;
      for await (const { environmentId, items } of perEnvironment(ctx, diags, { environmentId: config.environment_id, states, what: 'hosts', kind: HOSTS })) {
        const chosen = items.filter((h) => h.hostName && h.hostState !== 'DELETED' && h.hostState !== 'DELETING').sort((a, b) => byCodePoint(a.hostName!, b.hostName!));
        for (const h of chosen) yield listed(environmentId, h);
      }
    },
  });
}
