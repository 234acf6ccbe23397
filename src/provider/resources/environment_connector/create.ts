/**
 * The create of `evs_environment_connector`: CreateEnvironmentConnector straight away (as a plain
 * provider does: no calls before it), then the wait. Only when the create fails does the provider
 * look around to say why, or to recover: EVS holds one connector of each type per environment, so
 * a create after an interrupted one (or a retry after a lost answer) is refused, and the connector
 * of the type is read then. It is taken over only by the rule of `shared/adopt.ts`; anything else
 * fails with the import to do. A refusal with no such connector is explained by the environment.
 */
import { randomUUID } from 'crypto';
import type { Connector, ConnectorType, Environment } from '../../../evs';
import { RESOURCE_CONNECTOR } from '../../../names';
import { evsSdk } from '../../evs-sdk';
import type { Diagnostics } from '../../framework/diagnostics';
import { formatDuration } from '../../framework/duration';
import type { Planned } from '../../framework/model';
import { attr } from '../../framework/path';
import { timeoutFor } from '../../framework/timeouts';
import { messageOf } from '../../framework/diagnostics';
import { log } from '../../log';
import { ifCreatedUnseen, judgeAdoption, readBackDeadline, stateOtherThan, type CreateAttempt, type Existing } from '../shared/adopt';
import type { ProviderContext } from '../shared/context';
import { explain, sentence } from '../shared/explain';
import { importGuidance } from '../shared/import-guidance';
import { isNotFoundError, unlessNotFound } from '../shared/not-found';
import { OutcomeUnknownError, readBackPatiently } from '../shared/read-back';
import { deadlineIn, WaitFailedError } from '../shared/wait';
import { findEnvironmentByID } from '../environment/find';
import { CONNECTORS, findConnectorByType } from './find';
import { connectorResourceId, sameFqdn, sameSecret, stateFrom, type ConnectorModel } from './model';
import { DEFAULT_TIMEOUTS, type connectorSchema } from './schema';
import { statusConnector, type ConnectorStatus } from './status';
import { waitConnector } from './wait';

type PlannedConnector = Planned<typeof connectorSchema>;

/** "a VCENTER connector", "an SDDC_MANAGER connector" (said "ess-dee-dee-cee"). */
const ARTICLE: Record<ConnectorType, 'a' | 'an'> = { VCENTER: 'a', SDDC_MANAGER: 'an', OPERATIONS_MANAGER: 'an' };
export function aConnectorOf(type: string, capital = false): string {
  const article = ARTICLE[type as ConnectorType] ?? 'a';
  return `${capital ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${type} connector`;
}

/** What becomes of a connector whose create failed after EVS made it (the engine taints it). */
export const TAINTED =
  'The connector exists in EVS, so it is recorded in state and marked tainted: the next apply deletes it and creates it again ' +
  '(untaint it first to keep it, e.g. once it is ACTIVE).';

/** States a create leads to; a connector in another one was changed since, or is going away. */
const CREATE_STATES = ['CREATING', 'ACTIVE', 'CREATE_FAILED'];

/** The existing connector of the planned type, as the adoption rule sees it. */
export function existingFacts(existing: Connector, env: Environment | undefined, planned: Pick<PlannedConnector, 'appliance_fqdn' | 'secret_identifier'>): Existing {
  const differences: string[] = [];
  if (existing.applianceFqdn === undefined || !sameFqdn(planned.appliance_fqdn, existing.applianceFqdn)) {
    differences.push(`its appliance_fqdn is ${existing.applianceFqdn ?? 'not reported'} (configured: ${planned.appliance_fqdn})`);
  }
  if (existing.secretArn === undefined || !sameSecret(planned.secret_identifier, existing.secretArn)) {
    differences.push(`its secret is ${existing.secretArn ?? 'not reported'} (configured: ${planned.secret_identifier})`);
  }
  let ownedElsewhere: string | undefined;
  if (existing.type === 'SDDC_MANAGER') {
    // Where EVS deployed VCF itself it made the SDDC_MANAGER connector: the EVS documentation says import it.
    if (env === undefined) ownedElsewhere = 'whether EVS made it with the environment could not be checked';
    else if (env.vcfVersion !== 'SELF_DEPLOYED') ownedElsewhere = `EVS made it when it deployed VCF (${env.vcfVersion ?? 'version not reported'}) in this environment`;
  }
  return {
    createdAt: existing.createdAt,
    differences,
    unfitState: stateOtherThan(existing.state, CREATE_STATES),
    ownedElsewhere,
  };
}

/**
 * Errors that say EVS did not act on the request, nor on any earlier attempt of it: refused
 * credentials or access, a missing environment. Anything else (a ValidationException, which is
 * also how EVS refuses a second connector of a type; an answer that never came; an error the
 * client could not classify) may hide a connector EVS holds.
 */
function refusedOutright(err: unknown): boolean {
  const status = (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return status === 401 || status === 403 || evsSdk().isNotFound(err);
}

export function connectorCreate(ctx: ProviderContext) {
  const lists = () => ctx.lists(CONNECTORS);

  /** The environment, or undefined when it cannot be read (the caller then says less). */
  const environment = (environmentId: string) => findEnvironmentByID(ctx.client(), environmentId).catch((err: unknown) => {
    if (isNotFoundError(err)) throw err;
    log.debug('reading the environment failed', { environment_id: environmentId, error: messageOf(err) });
    return undefined;
  });

  /**
   * After CreateEnvironmentConnector failed: the connector to go on with (adopted), or undefined
   * with the error in `diags`. Reads without the stop signal: a connector EVS made must still reach
   * the state after a stop.
   */
  async function afterFailure(err: unknown, planned: PlannedConnector, attempt: CreateAttempt, diags: Diagnostics): Promise<Connector | undefined> {
    const { environment_id: environmentId, type } = planned;
    // Set when reading back could not tell whether EVS made one; reported unless the environment explains the refusal.
    let unknown: OutcomeUnknownError | undefined;
    const failed = () =>
      unknown ? diags.error('Creating the EVS connector failed, and whether EVS made it is unknown', explain(unknown)) : diags.error('Creating the EVS connector failed', explain(err));
    try {
      // A refusal (one connector per type) or an answer that never came can hide a connector EVS
      // holds; only errors that say the request was not acted on at all spare the look.
      if (!refusedOutright(err)) {
        const existing = await readBackPatiently(err, () => unlessNotFound(findConnectorByType(lists().fresh, environmentId, type as ConnectorType)), {
          ctx,
          deadline: readBackDeadline(attempt),
          what: `${aConnectorOf(type)} in environment ${environmentId}`,
          ifCarriedOut: ifCreatedUnseen(`${aConnectorOf(type)} in environment ${environmentId}`, attempt),
        }).catch((readErr: unknown) => {
          if (!(readErr instanceof OutcomeUnknownError)) throw readErr;
          // The environment itself is not found: said at environment_id below.
          if (isNotFoundError(readErr.readError)) throw readErr.readError;
          unknown = readErr;
          return undefined;
        });
        if (existing?.connectorId) return await existingOne(err, existing, planned, attempt, diags);
      }
      // No connector of the type: a refusal may come from the environment's state.
      if ((err as { name?: string } | null)?.name === 'ValidationException' || evsSdk().isNotFound(err)) {
        const env = await environment(environmentId);
        if (env && env.environmentState !== 'CREATED') {
          diags.error(
            'EVS environment not ready',
            `Environment ${environmentId} is ${env.environmentState ?? 'in an unknown state'}${env.stateDetails ? ` (${env.stateDetails})` : ''}; ` +
              `connectors can be created only once it is CREATED. Apply again when it is. EVS answered: ${explain(err)}`,
            attr('environment_id'),
          );
          return undefined;
        }
      }
      failed();
      return undefined;
    } catch (fatal) {
      if (!isNotFoundError(fatal)) {
        failed();
        return undefined;
      }
      diags.error(
        'EVS environment not found',
        `${sentence(fatal.message)} Check environment_id and the provider's region. EVS answered: ${explain(err)}`,
        attr('environment_id'),
      );
      return undefined;
    }
  }

  /** The connector of the type that EVS already holds: taken over by the rule, or refused with the import. */
  async function existingOne(err: unknown, existing: Connector, planned: PlannedConnector, attempt: CreateAttempt, diags: Diagnostics): Promise<Connector | undefined> {
    const { environment_id: environmentId, type } = planned;
    const env = existing.type === 'SDDC_MANAGER' ? await environment(environmentId) : undefined;
    const verdict = judgeAdoption(existingFacts(existing, env, planned), attempt);
    if (verdict.adopt) {
      log.warn('create failed, but EVS holds a connector this create may take over: adopting it', {
        environment_id: environmentId,
        connector_id: existing.connectorId,
        state: existing.state,
        this_create: verdict.thisCreate,
        error: messageOf(err),
      });
      // The answer to this very create was lost: nothing to tell the user.
      if (!verdict.thisCreate) {
        diags.warning(
          `Adopted the existing ${type} connector ${existing.connectorId}`,
          `Creating the connector failed because environment ${environmentId} already has ${aConnectorOf(type)} ` +
            `(${existing.connectorId}, ${existing.state}, ${verdict.evidence}) with exactly this appliance_fqdn and secret_identifier. ` +
            `That is what an earlier apply of this configuration leaves when it is interrupted before it can record the connector, so this resource now manages it instead of failing. ` +
            `If someone else made it, remove it from this configuration's state (state rm) without destroying it.`,
        );
      }
      return existing;
    }
    diags.error(
      `${aConnectorOf(type, true)} already exists`,
      `Environment ${environmentId} already has ${aConnectorOf(type)} (${existing.connectorId}, ${existing.state}, ${existing.applianceFqdn}), ` +
        `and EVS allows one connector of each type per environment. It was not taken over because ${verdict.reasons.join('; ')}.\n\n` +
        importGuidance(RESOURCE_CONNECTOR, connectorResourceId(environmentId, existing.connectorId!)),
      attr('type'),
    );
    return undefined;
  }

  /** CreateEnvironmentConnector, or what a failed one leaves to go on with. */
  async function send(planned: PlannedConnector, attempt: CreateAttempt, diags: Diagnostics): Promise<Connector | undefined> {
    const { environment_id: environmentId, type } = planned;
    const clientToken = randomUUID();
    try {
      log.info('creating connector', { environment_id: environmentId, type, client_token: clientToken });
      const out = await ctx.client().send(
        new (evsSdk().CreateEnvironmentConnectorCommand)({
          clientToken,
          environmentId,
          type: type as ConnectorType,
          applianceFqdn: planned.appliance_fqdn,
          secretIdentifier: planned.secret_identifier,
        }),
        { abortSignal: ctx.signal },
      );
      return out.connector;
    } catch (err) {
      return await afterFailure(err, planned, attempt, diags);
    } finally {
      lists().invalidate(environmentId);
    }
  }

  /** The create: send (or adopt), then wait for ACTIVE (and PASSED with wait_for_healthy). */
  return async function create(planned: PlannedConnector, diags: Diagnostics): Promise<ConnectorModel | null> {
    const environmentId = planned.environment_id;
    const timeoutMs = timeoutFor(planned, 'create', DEFAULT_TIMEOUTS.create);
    const attempt: CreateAttempt = { startedAt: Date.now(), timeoutMs, timeoutArgument: 'timeouts.create' };
    const deadline = deadlineIn(timeoutMs);

    const created = await send(planned, attempt, diags);
    if (diags.hasErrors()) return null;
    const connectorId = created?.connectorId;
    if (!created || !connectorId) {
      diags.error('Creating the EVS connector failed', 'EVS accepted CreateEnvironmentConnector but returned no connector id, so there is nothing to record or wait for. Apply again; if a connector of this type now exists, the error says how to import it.');
      return null;
    }
    log.info('connector created, waiting', { environment_id: environmentId, connector_id: connectorId, timeout: formatDuration(timeoutMs) });

    try {
      let settled = (await waitConnector(ctx, environmentId, connectorId, 'created', deadline)).connector!;
      if (planned.wait_for_healthy) settled = (await waitConnector(ctx, environmentId, connectorId, 'healthy', deadline)).connector!;
      return stateFrom(settled, planned);
    } catch (err) {
      const now =
        (ctx.signal.aborted ? undefined : (await statusConnector(lists().fresh, environmentId, connectorId).catch(() => undefined))?.connector) ??
        (err as WaitFailedError<ConnectorStatus>).last?.connector ??
        created;
      diags.error(
        err instanceof WaitFailedError && now.state === 'CREATE_FAILED' ? 'EVS connector creation failed' : 'Waiting for the EVS connector failed',
        explain(err, { timeoutArgument: 'timeouts.create', kept: TAINTED }),
      );
      // Never an orphan: the id goes into state and the engine marks it tainted.
      return stateFrom(now, planned);
    }
  };
}
