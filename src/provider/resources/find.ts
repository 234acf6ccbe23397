import type { Connector, ConnectorType, EvsClient, Environment } from '../../evs';
import { evsSdk } from '../evs-sdk';
import { log } from '../log';

/** Thrown by finders when the thing is not there (terraform-provider-aws's NotFoundError). */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export function isNotFoundError(err: unknown): err is NotFoundError {
  return err instanceof NotFoundError;
}

export async function findEnvironmentByID(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Environment> {
  const { GetEnvironmentCommand, isNotFound } = evsSdk();
  try {
    const out = await client.send(new GetEnvironmentCommand({ environmentId }), { abortSignal: signal });
    if (!out.environment) throw new NotFoundError(`EVS environment ${environmentId} was not found.`);
    return out.environment;
  } catch (err) {
    if (isNotFound(err)) throw new NotFoundError(`EVS environment ${environmentId} was not found.`);
    throw err;
  }
}

/**
 * Every connector of an environment, through the paginated list (EVS has no GetConnector).
 * An unknown environment is a NotFoundError.
 */
export async function listConnectors(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Connector[]> {
  const all: Connector[] = [];
  const { paginateListEnvironmentConnectors, isNotFound } = evsSdk();
  try {
    for await (const page of paginateListEnvironmentConnectors({ client, pageSize: 100 }, { environmentId }, { abortSignal: signal })) {
      all.push(...(page.connectors ?? []));
    }
  } catch (err) {
    if (isNotFound(err)) throw new NotFoundError(`EVS environment ${environmentId} was not found.`);
    throw err;
  }
  return all;
}

/**
 * Lists connectors for reads (refresh, import, data sources), sharing one List per environment
 * among concurrent and recent reads: a refresh of many connectors then costs one List per
 * environment. Writes and waiters never use it, and any write from this process drops the
 * environment's entry.
 */
export class ConnectorLister {
  private readonly entries = new Map<string, { at: number; result: Promise<Connector[]> }>();

  constructor(
    private readonly client: EvsClient,
    private readonly ttlMs: number,
  ) {}

  list(environmentId: string, signal?: AbortSignal): Promise<Connector[]> {
    const now = Date.now();
    const hit = this.entries.get(environmentId);
    if (hit && now - hit.at <= this.ttlMs) return hit.result;
    const result = listConnectors(this.client, environmentId, signal);
    const entry = { at: now, result };
    this.entries.set(environmentId, entry);
    const forget = () => {
      if (this.entries.get(environmentId) === entry) this.entries.delete(environmentId);
    };
    // A failed list is not remembered; an expired one is dropped, so a long-lived process holds
    // at most the lists of the last ttl, not one per environment it ever read.
    result.catch(forget);
    setTimeout(forget, this.ttlMs + 1).unref();
    return result;
  }

  invalidate(environmentId: string): void {
    this.entries.delete(environmentId);
  }
}

export type Lister = (environmentId: string, signal?: AbortSignal) => Promise<Connector[]>;

/** The connector with this id, unless it is gone or DELETED (then NotFoundError). */
export async function findConnectorByID(
  list: Lister,
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
  list: Lister,
  environmentId: string,
  type: ConnectorType,
  signal?: AbortSignal,
): Promise<Connector> {
  const found = (await list(environmentId, signal)).find((c) => c.type === type && c.state !== 'DELETED');
  if (!found) throw new NotFoundError(`Environment ${environmentId} has no ${type} connector.`);
  log.trace('found connector by type', { environment_id: environmentId, type, connector_id: found.connectorId });
  return found;
}

/** A fresh list, for waiters and write paths. */
export function freshLister(client: EvsClient): Lister {
  return (environmentId, signal) => listConnectors(client, environmentId, signal);
}
