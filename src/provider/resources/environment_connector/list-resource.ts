import type { Connector } from '../../../evs';
import { RESOURCE_CONNECTOR } from '../../../names';
import { fromModel } from '../../framework/model';
import { defineListResource, type ListResource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { byCodePoint, perEnvironment } from '../shared/list-per-environment';
import { CONNECTORS } from './find';
import { stateFrom } from './model';
import { connectorListSchema, type connectorSchema } from './schema';

/** The resource's state for a connector found by a list, as a read right after import makes it. */
function listed(c: Connector) {
  const state = stateFrom(c, { appliance_fqdn: c.applianceFqdn ?? null, secret_identifier: c.secretArn ?? null, wait_for_healthy: false, timeouts: null });
  return { state: fromModel<typeof connectorSchema>(state), displayName: `${c.type} ${c.applianceFqdn ?? ''} (${c.environmentId}/${c.connectorId})` };
}

/**
 * `list "evs_environment_connector"`: the connectors of one environment or of every environment
 * EVS can list connectors of (state CREATED), optionally of one type, ordered by environment and
 * connector id. A connector being deleted is left out.
 */
export function environmentConnectorListResource(ctx: ProviderContext): ListResource {
  return defineListResource({
    typeName: RESOURCE_CONNECTOR,
    schema: connectorListSchema,
    async *list(config, diags) {
      for await (const { items } of perEnvironment(ctx, diags, { environmentId: config.environment_id, states: ['CREATED'], what: 'connectors', kind: CONNECTORS })) {
        const chosen = items
          .filter((c) => c.state !== 'DELETED' && c.state !== 'DELETING' && (config.type === null || c.type === config.type))
          .sort((a, b) => byCodePoint(a.connectorId ?? '', b.connectorId ?? ''));
        for (const c of chosen) yield listed(c);
      }
    },
  });
}
