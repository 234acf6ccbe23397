import type { Environment, EvsClient } from '../../../evs';
import { findEnvironmentByID } from './find';
import type { ProviderContext } from '../shared/context';
import { unlessNotFound } from '../shared/not-found';
import { GONE, settlesAt, type Observed } from '../shared/settle';
import { waitFor, type Deadline } from '../shared/wait';

/** The environment's state, or GONE (not found or DELETED: the finder counts both as gone). */
export async function statusEnvironment(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Observed<Environment>> {
  const env = await unlessNotFound(findEnvironmentByID(client, environmentId, signal));
  return env ? { item: env, state: env.environmentState ?? 'UNKNOWN' } : { state: GONE };
}

/** Failing checks of an environment, for messages: "HOST_COUNT FAILED since …". */
export function failingEnvironmentChecks(e: Environment | undefined): string {
  const bad = (e?.checks ?? []).filter((k) => k.result !== 'PASSED');
  if (bad.length === 0) return 'none reported';
  return bad.map((k) => `${k.type} ${k.result}${k.impairedSince ? ` since ${k.impairedSince.toISOString()}` : ''}`).join(', ');
}

const details = (e: Environment | undefined) => `${e?.stateDetails ? `: ${e.stateDetails}` : ' (EVS gave no details)'}. Failing checks: ${failingEnvironmentChecks(e)}.`;

const GOALS = {
  created: {
    text: 'become CREATED',
    judge: settlesAt<Environment>({ noun: 'environment', done: ['CREATED'], pending: ['CREATING'], activity: 'being created', failed: { state: 'CREATE_FAILED', verb: 'create' }, details }),
  },
  deleted: { text: 'be deleted', judge: settlesAt<Environment>({ noun: 'environment', done: [GONE], pending: ['DELETING', 'CREATED', 'CREATE_FAILED'], activity: 'being deleted', details }) },
} as const;

/** Waits for an environment to reach `goal` (see shared/wait.ts for how waits end). */
export function waitEnvironment(ctx: ProviderContext, environmentId: string, goal: keyof typeof GOALS, deadline: Deadline): Promise<Observed<Environment>> {
  const g = GOALS[goal];
  return waitFor(
    ctx,
    {
      what: `EVS environment ${environmentId}`,
      goal: g.text,
      kind: 'environment',
      logFields: { environment_id: environmentId },
      refresh: (signal) => statusEnvironment(ctx.client(), environmentId, signal),
      judge: (s) => g.judge(s, environmentId),
      describe: (s) => s.state,
      onTimeout: (s) => (s.state === 'CREATING' ? `EVS reports: ${s.item?.stateDetails ?? 'no details'}.` : undefined),
    },
    deadline,
  );
}
