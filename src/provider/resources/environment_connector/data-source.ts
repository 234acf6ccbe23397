import type { ConnectorType } from '../../../evs';
import { DATA_CONNECTOR } from '../../../names';
import { attr } from '../../framework/path';
import { defineDataSource, type DataSource } from '../../framework/resource';
import type { ProviderContext } from '../shared/context';
import { explain } from '../shared/explain';
import { isNotFoundError } from '../shared/not-found';
import { CONNECTORS, findConnectorByID, findConnectorByType } from './find';
import { flattenConnector } from './model';
import { connectorDataSourceSchema } from './schema';

/** `data "evs_environment_connector"`: one connector, by id or by type. */
export function environmentConnectorDataSource(ctx: ProviderContext): DataSource {
  return defineDataSource({
    typeName: DATA_CONNECTOR,
    schema: connectorDataSourceSchema,
    async read(config, diags) {
      const { environment_id: environmentId, connector_id: connectorId, type } = config;
      const list = ctx.lists(CONNECTORS).read;
      try {
        const c = connectorId
          ? await findConnectorByID(list, environmentId, connectorId, ctx.signal)
          : await findConnectorByType(list, environmentId, type as ConnectorType, ctx.signal);
        return flattenConnector(c);
      } catch (err) {
        if (isNotFoundError(err)) {
          diags.error('EVS connector not found', err.message, attr(connectorId ? 'connector_id' : 'type'));
        } else {
          diags.error('Reading the EVS connector failed', explain(err));
        }
        return null;
      }
    },
  });
}
