import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsEnvironmentHosts } from './generated/data-evs-environment-hosts';
import { checkLiteral } from './validation';

/** Which environment's hosts to list. */
export interface DataEnvironmentHostsProps extends TerraformMetaArguments {
  /** The environment, e.g. `env-0123456789` or `environment.environmentId`. */
  readonly environmentId: string;
}

/**
 * Lists the ESX hosts of an EVS environment (`data.evs_environment_hosts`), the initial four and
 * those added since: `hosts` (name, instance type, IP address, EC2 instance, network interfaces,
 * state as in `HostState`, times).
 */
export class DataEnvironmentHosts extends DataEvsEnvironmentHosts {
  public constructor(scope: Construct, id: string, props: DataEnvironmentHostsProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
  }
}
