import type { Connector, ConnectorType, EvsClient } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import { log } from '../../log';
import type { ListKind, Lister } from '../shared/context';
import { NotFoundError, orNotFound } from '../shared/not-found';

/**
 * Every connector of an environment, through the paginated list (EVS has no GetConnector).
 * An unknown environment is a NotFoundError.
 */
export async function listConnectors(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Connector[]> {
  const { paginateListEnvironmentConnectors } = evsSdk();
  return orNotFound(async () => {
    const all: Connector[] = [];
    for await (const page of paginateListEnvironmentConnectors({ client, pageSize: 100 }, { environmentId }, { abortSignal: signal })) {
      all.push(...(page.connectors ?? []));
    }
    return all;
  }, `EVS environment ${environmentId} was not found.`);
}

/** The connectors of an environment, as the provider's list caches share them (parent: environment id). */
export const CONNECTORS: ListKind<Connector> = { name: 'connectors', load: listConnectors };

/** The connector with this id, unless it is gone or DELETED (then NotFoundError). */
export async function findConnectorByID(
  list: Lister<Connector>,
  environmentId: string,
  connectorId: string,
  signal?: AbortSignal,
): Promise<Connector> {
  const found = (await list(environmentId, signal)).find((c) => c.connectorId === connectorId);
  if (!found || found.state === 'DELETED') {
    throw new NotFoundError(`EVS connector ${connectorId} was not found in environment ${environmentId}.`);
  }
  return found;
}

/** The environment's connector of this type (one per type), unless there is none. */
export async function findConnectorByType(
  list: Lister<Connector>,
  environmentId: string,
  type: ConnectorType,
  signal?: AbortSignal,
): Promise<Connector> {
  const found = (await list(environmentId, signal)).find((c) => c.type === type && c.state !== 'DELETED');
  if (!found) throw new NotFoundError(`Environment ${environmentId} has no ${type} connector.`);
  log.trace('found connector by type', { environment_id: environmentId, type, connector_id: found.connectorId });
  return found;
}
