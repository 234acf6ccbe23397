import type { Connector } from '../../../evs';
import { RESOURCE_CONNECTOR } from '../../../names';
import { attr } from '../../framework/path';
import { fromModel } from '../../framework/model';
import { defineListResource, type ListResource } from '../../framework/resource';
import { listEnvironments } from '../environment/find';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { CONNECTORS } from './find';
import { stateFrom } from './model';
import { connectorListSchema, type connectorSchema } from './schema';

/** Locale-independent order, so results come in the same order on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
      const only = config.environment_id;
      let environments: string[];
      if (only !== null) {
        environments = [only];
      } else {
        try {
          environments = (await listEnvironments(ctx.client(), ['CREATED'], ctx.signal)).map((e) => e.environmentId ?? '').filter(Boolean).sort(byCodePoint);
        } catch (err) {
          diags.error('Listing the EVS environments failed', explain(err));
          return;
        }
      }
      for (const environmentId of environments) {
        let connectors: Connector[];
        try {
          connectors = await ctx.lists(CONNECTORS).read(environmentId, ctx.signal);
        } catch (err) {
          if (only === null && isNotFoundError(err)) continue; // deleted since it was listed
          if (isNotFoundError(err)) diags.error('EVS environment not found', `${err.message} Check environment_id and the provider's region.`, attr('environment_id'));
          else diags.error(`Listing the connectors of ${environmentId} failed`, explain(err));
          return;
        }
        const chosen = connectors
          .filter((c) => c.state !== 'DELETED' && c.state !== 'DELETING' && (config.type === null || c.type === config.type))
          .sort((a, b) => byCodePoint(a.connectorId ?? '', b.connectorId ?? ''));
        for (const c of chosen) yield listed(c);
      }
    },
  });
}
