import type { Connector } from '../../../evs';
import type { Lister } from '../shared/context';
import { unlessNotFound } from '../shared/not-found';
import { findConnectorByID } from './find';

/** Pseudo-state of a connector that is no longer listed. */
export const GONE = 'GONE';

export interface ConnectorStatus {
  readonly connector?: Connector;
  /** The connector's state, or GONE. */
  readonly state: string;
}

/** The connector's current state through `list` (fresh, or the waiters' short-lived share). */
export async function statusConnector(
  list: Lister<Connector>,
  environmentId: string,
  connectorId: string,
  signal?: AbortSignal,
): Promise<ConnectorStatus> {
  const connector = await unlessNotFound(findConnectorByID(list, environmentId, connectorId, signal));
  return connector ? { connector, state: connector.state ?? 'UNKNOWN' } : { state: GONE };
}
