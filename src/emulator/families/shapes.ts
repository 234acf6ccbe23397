/**
 * Input shapes and facts several families share (environments, hosts, VLANs). Kept apart so the
 * families can import each other's handlers without a cycle at load time.
 */
import type { CheckType, StringConstraintName } from '../../evs/constraints';
import type { ValidationField } from '../protocol';
import type { FieldSpec } from '../validate';

export const str = (constraint: StringConstraintName): FieldSpec => ({ kind: 'string', constraint });

export { deploysVcf, HOST_COUNT } from '../../evs/constraints';

export const HOST_INFO: FieldSpec = {
  kind: 'structure',
  required: ['hostName', 'keyName', 'instanceType'],
  members: {
    hostName: str('hostName'),
    keyName: str('keyName'),
    instanceType: { kind: 'enum', values: 'InstanceType' },
    placementGroupId: str('placementGroupId'),
    dedicatedHostId: str('dedicatedHostId'),
  },
};

/** The InitialVlans members: each becomes one VLAN of that `functionName`. */
export const VLAN_MEMBERS = ['vmkManagement', 'vmManagement', 'vMotion', 'vSan', 'vTep', 'edgeVTep', 'nsxUplink', 'hcx', 'expansionVlan1', 'expansionVlan2'] as const;
export type VlanMember = (typeof VLAN_MEMBERS)[number];

/** A host may go in a placement group or on a dedicated host, not both (the model). */
export function placementProblem(host: Record<string, unknown>, path: string): ValidationField | undefined {
  if (host.placementGroupId != null && host.dedicatedHostId != null) {
    return { name: path, message: `${path} sets both placementGroupId and dedicatedHostId; a host goes in a placement group or on a dedicated host, not both.` };
  }
  return undefined;
}


/** The checks of an environment EVS deploys VCF into (the CloudFormation example shows these four). */
export const ENVIRONMENT_CHECK_TYPES: readonly CheckType[] = ['KEY_REUSE', 'KEY_COVERAGE', 'REACHABILITY', 'HOST_COUNT'];
