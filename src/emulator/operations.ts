/**
 * The six EVS operations. Each validates its input against the constraint table, enforces the
 * documented rules, and answers the model's output shape.
 */
import type { ConnectorType, EnvironmentState } from '../evs/constraints';
import type { Faults } from './faults';
import { beginCreate, beginDelete, beginUpdate } from './lifecycle';
import type { ConnectorRecord, Durations, EnvironmentRecord, OperationName } from './model';
import type { Paginator } from './pagination';
import { notFound, validationError } from './protocol';
import type { Store } from './store';
import { fieldErrors, INPUTS, validateInput } from './validate';
import { connectorView, environmentSummaryView, environmentView, type AccountContext } from './views';

export interface OperationContext {
  store: Store;
  durations: Durations;
  faults: Faults;
  paginator: Paginator;
  account: AccountContext;
}

type Input = Record<string, unknown>;
type Output = Record<string, unknown>;
export type Handler = (input: Input, ctx: OperationContext) => Output;

/** An environment that exists (DELETED counts as gone, as the service documents). */
function findEnvironment(ctx: OperationContext, id: string): EnvironmentRecord {
  const env = ctx.store.environments.get(id);
  if (!env || env.environmentState === 'DELETED') throw notFound('environment', id);
  return env;
}

/** Connector work needs a CREATED environment; one still initializing answers ValidationException. */
function readyEnvironment(ctx: OperationContext, id: string): EnvironmentRecord {
  const env = findEnvironment(ctx, id);
  if (env.environmentState !== 'CREATED') {
    const why =
      env.environmentState === 'CREATING' ? 'is still initializing' : `is in state ${env.environmentState}`;
    throw validationError(
      `Environment ${id} ${why}; connectors can be listed and changed once it is CREATED.`,
      'other',
    );
  }
  return env;
}

function findConnector(ctx: OperationContext, environmentId: string, connectorId: string): ConnectorRecord {
  const c = ctx.store.connectors.get(connectorId);
  if (!c || c.environmentId !== environmentId) throw notFound('connector', connectorId);
  return c;
}

function view(ctx: OperationContext, c: ConnectorRecord, now: number): Output {
  return connectorView(c, now, ctx.durations.checkIntervalMs);
}

const createConnector: Handler = (input, ctx) => {
  validateInput(input, INPUTS.CreateEnvironmentConnector);
  const environmentId = input.environmentId as string;
  const type = input.type as ConnectorType;
  readyEnvironment(ctx, environmentId);
  const existing = ctx.store.connectorOfType(environmentId, type);
  if (existing) {
    throw validationError(
      `Environment ${environmentId} already has a ${type} connector (${existing.connectorId}, state ${existing.state}); ` +
        'an environment holds one connector of each type. Import or update that connector instead.',
      'other',
      [{ name: 'type', message: `a ${type} connector already exists: ${existing.connectorId}.` }],
    );
  }
  const now = ctx.store.now();
  const c = ctx.store.addConnector(
    {
      environmentId,
      type,
      applianceFqdn: input.applianceFqdn as string,
      // The output member is named secretArn but has the SecretIdentifier shape: the identifier
      // is echoed as given, so a secret name stays a name.
      secretArn: input.secretIdentifier as string,
    },
    now,
  );
  beginCreate(c, now, ctx.durations.createMs, ctx.faults.takeFailure('create'));
  ctx.store.onChange();
  return { connector: view(ctx, c, now) };
};

const UPDATABLE_STATES = new Set(['ACTIVE', 'UPDATE_FAILED']);

const updateConnector: Handler = (input, ctx) => {
  const fqdn = input.applianceFqdn;
  const secret = input.secretIdentifier;
  const extra =
    fqdn != null && secret != null
      ? [
          { name: 'applianceFqdn', message: 'applianceFqdn cannot be changed in the same request as secretIdentifier.' },
          { name: 'secretIdentifier', message: 'secretIdentifier cannot be changed in the same request as applianceFqdn.' },
        ]
      : fqdn == null && secret == null
        ? [{ name: 'applianceFqdn', message: 'An update must change either applianceFqdn or secretIdentifier.' }]
        : [];
  validateInput(input, INPUTS.UpdateEnvironmentConnector, extra);
  const environmentId = input.environmentId as string;
  readyEnvironment(ctx, environmentId);
  const c = findConnector(ctx, environmentId, input.connectorId as string);
  // `type` is not a member of the update input; a request that tries to change it is refused
  // rather than silently ignored, because the service documents that type cannot be updated.
  if (input.type !== undefined && input.type !== c.type) {
    throw fieldErrors([{ name: 'type', message: `type cannot be updated (the connector is ${c.type}).` }]);
  }
  if (!UPDATABLE_STATES.has(c.state)) {
    throw validationError(
      `Connector ${c.connectorId} is ${c.state}; it can be updated when ACTIVE or UPDATE_FAILED.`,
      'other',
    );
  }
  const now = ctx.store.now();
  beginUpdate(
    c,
    now,
    ctx.durations.updateMs,
    { applianceFqdn: fqdn as string | undefined, secretArn: secret as string | undefined },
    ctx.faults.takeFailure('update'),
  );
  ctx.store.onChange();
  return { connector: view(ctx, c, now) };
};

const deleteConnector: Handler = (input, ctx) => {
  validateInput(input, INPUTS.DeleteEnvironmentConnector);
  const environmentId = input.environmentId as string;
  const env = findEnvironment(ctx, environmentId);
  const c = findConnector(ctx, environmentId, input.connectorId as string);
  const now = ctx.store.now();
  // Idempotent: deleting a connector that is already DELETING answers it as it is.
  if (c.state !== 'DELETING') {
    beginDelete(c, now, ctx.durations.deleteMs);
    ctx.store.onChange();
  }
  return { connector: view(ctx, c, now), environmentSummary: environmentSummaryView(env, ctx.account) };
};

const listConnectors: Handler = (input, ctx) => {
  validateInput(input, INPUTS.ListEnvironmentConnectors);
  const environmentId = input.environmentId as string;
  readyEnvironment(ctx, environmentId);
  const now = ctx.store.now();
  const page = ctx.paginator.page(
    `ListEnvironmentConnectors:${environmentId}`,
    ctx.store.connectorsOf(environmentId),
    (c) => ({ createdAt: c.createdAt, id: c.connectorId }),
    input.maxResults as number | undefined,
    input.nextToken as string | undefined,
    now,
  );
  const out: Output = { connectors: page.items.map((c) => view(ctx, c, now)) };
  if (page.nextToken) out.nextToken = page.nextToken;
  return out;
};

const getEnvironment: Handler = (input, ctx) => {
  validateInput(input, INPUTS.GetEnvironment);
  return { environment: environmentView(findEnvironment(ctx, input.environmentId as string), ctx.account) };
};

const listEnvironments: Handler = (input, ctx) => {
  validateInput(input, INPUTS.ListEnvironments);
  const states = input.state as EnvironmentState[] | undefined;
  const envs = [...ctx.store.environments.values()]
    .filter((e) => !states || states.length === 0 || states.includes(e.environmentState))
    .sort((a, b) => a.createdAt - b.createdAt || (a.environmentId < b.environmentId ? -1 : 1));
  const page = ctx.paginator.page(
    `ListEnvironments:${[...(states ?? [])].sort().join(',')}`,
    envs,
    (e) => ({ createdAt: e.createdAt, id: e.environmentId }),
    input.maxResults as number | undefined,
    input.nextToken as string | undefined,
    ctx.store.now(),
  );
  const out: Output = { environmentSummaries: page.items.map((e) => environmentSummaryView(e, ctx.account)) };
  if (page.nextToken) out.nextToken = page.nextToken;
  return out;
};

export const HANDLERS: Record<OperationName, Handler> = {
  CreateEnvironmentConnector: createConnector,
  UpdateEnvironmentConnector: updateConnector,
  DeleteEnvironmentConnector: deleteConnector,
  ListEnvironmentConnectors: listConnectors,
  GetEnvironment: getEnvironment,
  ListEnvironments: listEnvironments,
};
