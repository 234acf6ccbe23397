/**
 * The facts `shared/adopt.ts` judges when EVS already holds an environment this configuration may
 * have made: EVS ignores CreateEnvironment's client token, so an environment an interrupted apply
 * made is recognised by its VPC (one environment per VPC) and name, and the arguments it was made with.
 */
import type { Environment } from '../../../evs';
import { stateOtherThan, type Existing } from '../shared/adopt';
import type { PlannedEnvironment } from './resource-model';

/** States an environment create leads to. */
export const CREATE_STATES = ['CREATING', 'CREATED', 'CREATE_FAILED'];

/** How `e` differs from the plan, one phrase per argument (what EVS reports of the create's arguments). */
export function environmentDifferences(e: Environment, p: PlannedEnvironment): string[] {
  const out: string[] = [];
  const differs = (argument: string, reported: string | undefined, configured: string | null) => {
    if ((reported ?? null) !== configured) out.push(`its ${argument} is ${reported ?? 'not set'} (configured: ${configured ?? 'not set'})`);
  };
  differs('vpc_id', e.vpcId, p.vpc_id);
  differs('service_access_subnet_id', e.serviceAccessSubnetId, p.service_access_subnet_id);
  differs('vcf_version', e.vcfVersion, p.vcf_version);
  if (p.environment_name !== null) differs('environment_name', e.environmentName, p.environment_name);
  return out;
}

export function existingEnvironmentFacts(e: Environment, p: PlannedEnvironment): Existing {
  return { createdAt: e.createdAt, differences: environmentDifferences(e, p), unfitState: stateOtherThan(e.environmentState, CREATE_STATES) };
}
