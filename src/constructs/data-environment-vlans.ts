import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsEnvironmentVlans } from './generated/data-evs-environment-vlans';
import { checkLiteral } from './validation';

/** Which environment's VLANs to list. */
export interface DataEnvironmentVlansProps extends TerraformMetaArguments {
  /** The environment, e.g. `env-0123456789` or `environment.environmentId`. */
  readonly environmentId: string;
}

/**
 * Lists the VLAN subnets of an EVS environment (`data.evs_environment_vlans`): `vlans` (name, VLAN
 * id, CIDR, subnet, state as in `VlanState`, whether public, the Elastic IP associations).
 */
export class DataEnvironmentVlans extends DataEvsEnvironmentVlans {
  public constructor(scope: Construct, id: string, props: DataEnvironmentVlansProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
  }
}
