import type { Connector } from '../../evs';
import { findConnectorByID, isNotFoundError, type Lister } from './find';

/** Pseudo-state of a connector that is no longer listed. */
export const GONE = 'GONE';

export interface ConnectorStatus {
  readonly connector?: Connector;
  /** The connector's state, or GONE. */
  readonly state: string;
}

/** The connector's current state through `list` (fresh, or the waiters' short-lived share). */
export async function statusConnector(
  list: Lister,
  environmentId: string,
  connectorId: string,
  signal?: AbortSignal,
): Promise<ConnectorStatus> {
  try {
    const connector = await findConnectorByID(list, environmentId, connectorId, signal);
    return { connector, state: connector.state ?? 'UNKNOWN' };
  } catch (err) {
    if (isNotFoundError(err)) return { state: GONE };
    throw err;
  }
}
