import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsEnvironments } from './generated/data-evs-environments';
import type { EnvironmentState } from './environment-state';
import { checkEnumList } from './validation';

/** Which environments to list. */
export interface DataEnvironmentsProps extends TerraformMetaArguments {
  /**
   * Only environments in these states.
   *
   * @default all states
   */
  readonly states?: EnvironmentState[];
}

/**
 * Lists the EVS environments of the account and Region (`data.evs_environments`), ordered by
 * environment id: `environments` (id, name, ARN, state, status, VCF version, times) and `ids`.
 */
export class DataEnvironments extends DataEvsEnvironments {
  public constructor(scope: Construct, id: string, props: DataEnvironmentsProps = {}) {
    super(scope, id, props);
    checkEnumList(this, 'states', 'EnvironmentState', props.states);
  }
}
