import type { Host } from '../../../evs';
import type { ProviderContext } from '../shared/context';
import { GONE, settlesAt, type Observed } from '../shared/settle';
import { waitFor, type Deadline } from '../shared/wait';
import { HOSTS, statusHost } from './find';

const details = (h: Host | undefined) => (h?.stateDetails ? `: ${h.stateDetails}` : ' (EVS gave no details)');

const GOALS = {
  created: { text: 'become CREATED', judge: settlesAt<Host>({ noun: 'host', done: ['CREATED'], pending: ['CREATING'], activity: 'being created', failed: { state: 'CREATE_FAILED', verb: 'create' }, details }) },
  deleted: { text: 'be deleted', judge: settlesAt<Host>({ noun: 'host', done: [GONE, 'DELETED'], pending: ['DELETING', 'CREATED', 'UPDATING'], activity: 'being deleted', details }) },
} as const;

/** Waits for one host of an environment to reach `goal`; polls share the hosts list of the environment. */
export function waitHost(ctx: ProviderContext, environmentId: string, hostName: string, goal: keyof typeof GOALS, deadline: Deadline): Promise<Observed<Host>> {
  const lists = ctx.lists(HOSTS);
  const g = GOALS[goal];
  return waitFor(
    ctx,
    {
      what: `EVS host ${hostName} (environment ${environmentId})`,
      goal: g.text,
      kind: 'host',
      logFields: { environment_id: environmentId, host_name: hostName },
      refresh: (signal) => statusHost(lists.poll, environmentId, hostName, signal),
      judge: (s) => g.judge(s, hostName),
      describe: (s) => s.state,
    },
    deadline,
  );
}
