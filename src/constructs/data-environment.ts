import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsEnvironment } from './generated/data-evs-environment';
import { checkLiteral, checkThat, propertyName } from './validation';

/** Which environment to read: set exactly one of `environmentId` and `environmentName`. */
export interface DataEnvironmentProps extends TerraformMetaArguments {
  /**
   * The environment, e.g. `env-0123456789`.
   *
   * @default look the environment up by `environmentName`
   */
  readonly environmentId?: string;
  /**
   * The environment's name (unique per account and Region); none or several matching is an error
   * at plan.
   *
   * @default look the environment up by `environmentId`
   */
  readonly environmentName?: string;
}

/**
 * Reads one EVS environment (`data.evs_environment`), by id or by name: its state, VPC, subnet,
 * VCF version and host names, checks, licence keys (sensitive) and credential secrets.
 */
export class DataEnvironment extends DataEvsEnvironment {
  public constructor(scope: Construct, id: string, props: DataEnvironmentProps) {
    super(scope, id, props);
    const given = [props.environmentId, props.environmentName].filter((v) => v !== undefined).length;
    const [byId, byName] = [propertyName('environmentId'), propertyName('environmentName')];
    checkThat(this, 'environmentId', given === 1, given === 0
      ? `neither ${byId} nor ${byName} is set; set exactly one of them.`
      : `both ${byId} and ${byName} are set; set exactly one of them.`);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkLiteral(this, 'environmentName', 'environmentName', props.environmentName);
  }
}
