/**
 * Environments: GetEnvironment and ListEnvironments, the lookups other families use (an
 * environment that exists; one that is CREATED), and the Environment / EnvironmentSummary views.
 */
import type { EnvironmentState } from '../../evs/constraints';
import type { EnvironmentRecord } from '../model';
import { epochSeconds, notFound, validationError } from '../protocol';
import { inputSpec } from '../validate';
import { listPage, type AccountContext, type Family, type OperationContext, type Output } from './family';

/** An environment that exists (DELETED counts as gone, as the service documents). */
export function findEnvironment(ctx: OperationContext, id: string): EnvironmentRecord {
  const env = ctx.store.environments.get(id);
  if (!env || env.environmentState === 'DELETED') throw notFound('environment', id);
  return env;
}

/** Work on an environment's resources needs it CREATED; one still initializing answers ValidationException. */
export function readyEnvironment(ctx: OperationContext, id: string, what = 'connectors'): EnvironmentRecord {
  const env = findEnvironment(ctx, id);
  if (env.environmentState !== 'CREATED') {
    const why =
      env.environmentState === 'CREATING' ? 'is still initializing' : `is in state ${env.environmentState}`;
    throw validationError(`Environment ${id} ${why}; ${what} can be listed and changed once it is CREATED.`, 'other');
  }
  return env;
}

function environmentArn(e: EnvironmentRecord, ctx: AccountContext): string {
  return `arn:aws:evs:${ctx.region}:${ctx.accountId}:environment/${e.environmentId}`;
}

/** Environment health as the summary reports it: known only once the environment exists. */
function environmentStatus(e: EnvironmentRecord): string {
  if (e.environmentState === 'CREATED') return 'PASSED';
  if (e.environmentState === 'CREATE_FAILED') return 'FAILED';
  return 'UNKNOWN';
}

export function environmentSummaryView(e: EnvironmentRecord, ctx: AccountContext): Output {
  return {
    environmentId: e.environmentId,
    environmentName: e.environmentName,
    vcfVersion: e.vcfVersion,
    environmentStatus: environmentStatus(e),
    environmentState: e.environmentState,
    createdAt: epochSeconds(e.createdAt),
    modifiedAt: epochSeconds(e.modifiedAt),
    environmentArn: environmentArn(e, ctx),
  };
}

export function environmentView(e: EnvironmentRecord, ctx: AccountContext): Output {
  const out: Output = {
    environmentId: e.environmentId,
    environmentState: e.environmentState,
  };
  if (e.stateDetails !== undefined) out.stateDetails = e.stateDetails;
  Object.assign(out, {
    createdAt: epochSeconds(e.createdAt),
    modifiedAt: epochSeconds(e.modifiedAt),
    environmentArn: environmentArn(e, ctx),
    environmentName: e.environmentName,
    vcfVersion: e.vcfVersion,
    termsAccepted: true,
    environmentStatus: environmentStatus(e),
    checks: [],
    credentials: [],
  });
  return out;
}

export const ENVIRONMENT_OPERATIONS = {
  GetEnvironment: {
    input: inputSpec({ required: ['environmentId'] }),
    handler: (input, ctx) => ({
      environment: environmentView(findEnvironment(ctx, input.environmentId as string), ctx.account),
    }),
  },
  ListEnvironments: {
    input: inputSpec({
      required: [],
      optional: ['nextToken', 'maxResults', 'state'],
      rules: { state: { kind: 'enumList', values: 'EnvironmentState' } },
    }),
    handler: (input, ctx) => {
      const states = input.state as EnvironmentState[] | undefined;
      const envs = [...ctx.store.environments.values()]
        .filter((e) => !states || states.length === 0 || states.includes(e.environmentState))
        .sort((a, b) => a.createdAt - b.createdAt || (a.environmentId < b.environmentId ? -1 : 1));
      return listPage(ctx, input, {
        member: 'environmentSummaries',
        scope: `ListEnvironments:${[...(states ?? [])].sort().join(',')}`,
        items: envs,
        key: (e) => ({ createdAt: e.createdAt, id: e.environmentId }),
        view: (e) => environmentSummaryView(e, ctx.account),
      });
    },
  },
} satisfies Family;
