import type { Connector, EvsClient } from '../../evs';
import { freshLister, findConnectorByID, isNotFoundError } from './find';

/** Pseudo-state of a connector that is no longer listed. */
export const GONE = 'GONE';

export interface ConnectorStatus {
  readonly connector?: Connector;
  /** The connector's state, or GONE. */
  readonly state: string;
}

/** The connector's current state, read fresh (never cached): what waiters poll. */
export async function statusConnector(
  client: EvsClient,
  environmentId: string,
  connectorId: string,
  signal?: AbortSignal,
): Promise<ConnectorStatus> {
  try {
    const connector = await findConnectorByID(freshLister(client), environmentId, connectorId, signal);
    return { connector, state: connector.state ?? 'UNKNOWN' };
  } catch (err) {
    if (isNotFoundError(err)) return { state: GONE };
    throw err;
  }
}
