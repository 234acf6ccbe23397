import type { EipAssociation } from '../../../evs';
import type { ProviderContext } from '../shared/context';
import { GONE, settlesAt, type Observed } from '../shared/settle';
import { waitFor, type Deadline } from '../shared/wait';
import { ASSOCIATED, statusAssociation, VLANS, type AssociationKey } from './find';

const judge = (done: string, pending: string, activity: string) =>
  settlesAt<EipAssociation>({ noun: 'Elastic IP association', done: [done], pending: [pending], activity, details: () => '' });

const GOALS = {
  associated: { text: 'show on the VLAN', judge: judge(ASSOCIATED, GONE, 'being associated') },
  disassociated: { text: 'leave the VLAN', judge: judge(GONE, ASSOCIATED, 'being disassociated') },
} as const;

/** Waits until ListEnvironmentVlans shows the association (or no longer shows it). */
export function waitAssociation(ctx: ProviderContext, key: AssociationKey, goal: keyof typeof GOALS, deadline: Deadline): Promise<Observed<EipAssociation>> {
  const lists = ctx.lists(VLANS);
  const g = GOALS[goal];
  return waitFor(
    ctx,
    {
      what: `Elastic IP ${key.allocationId} on VLAN ${key.vlanName} (environment ${key.environmentId})`,
      goal: g.text,
      kind: 'eip association',
      logFields: { environment_id: key.environmentId, vlan_name: key.vlanName, allocation_id: key.allocationId },
      refresh: (signal) => statusAssociation(lists.poll, key, signal),
      judge: (s) => g.judge(s, key.allocationId),
      describe: (s) => s.state,
    },
    deadline,
  );
}
