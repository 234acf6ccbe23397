/**
 * The facts `shared/adopt.ts` judges when a host of the planned name already exists: EVS ignores
 * CreateEnvironmentHost's client token and host names are unique, so a host an interrupted apply
 * of this configuration added is recognised by its name and arguments.
 */
import type { Environment, Host } from '../../../evs';
import type { Planned } from '../../framework/model';
import { stateOtherThan, type Existing } from '../shared/adopt';
import type { hostSchema } from './schema';

type PlannedHost = Planned<typeof hostSchema>;

/**
 * CreateEnvironmentHost is refused until the environment is CREATED (hours after its create), so
 * a host created within this long of its environment was one of the hosts CreateEnvironment was
 * given, which `evs_environment` manages. (Inferred: EVS does not document when it records those
 * hosts; the local service records them with the environment, at the same instant.)
 */
const WITH_ENVIRONMENT_MS = 1000;

/** States a host create leads to. */
const CREATE_STATES = ['CREATING', 'CREATED', 'CREATE_FAILED'];

export function existingHostFacts(existing: Host, env: Environment, planned: PlannedHost): Existing {
  const differences: string[] = [];
  const differs = (argument: string, reported: string | undefined, configured: string | null) => {
    if ((reported ?? null) !== configured) differences.push(`its ${argument} is ${reported ?? 'not set'} (configured: ${configured ?? 'not set'})`);
  };
  differs('key_name', existing.keyName, planned.key_name);
  differs('instance_type', existing.instanceType, planned.instance_type);
  differs('placement_group_id', existing.placementGroupId, planned.placement_group_id);
  differs('dedicated_host_id', existing.dedicatedHostId, planned.dedicated_host_id);
  const hostAt = existing.createdAt?.getTime();
  const envAt = env.createdAt?.getTime();
  const withEnvironment = hostAt !== undefined && envAt !== undefined && Math.abs(hostAt - envAt) <= WITH_ENVIRONMENT_MS;
  return {
    createdAt: existing.createdAt,
    differences,
    unfitState: stateOtherThan(existing.hostState, CREATE_STATES),
    ownedElsewhere: withEnvironment
      ? `EVS made it with environment ${env.environmentId ?? ''} (one of the hosts of its evs_environment resource, which manages it: remove this resource)`
      : undefined,
  };
}
