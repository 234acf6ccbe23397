import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsEnvironmentConnectors } from './generated/data-evs-environment-connectors';
import type { ConnectorState, ConnectorType } from './connector-type';
import { checkEnumList, checkLiteral } from './validation';

/** Which connectors to list. */
export interface DataEnvironmentConnectorsProps extends TerraformMetaArguments {
  /** The EVS environment, e.g. `env-0123456789`. */
  readonly environmentId: string;
  /**
   * Only connectors of these kinds.
   *
   * @default all kinds
   */
  readonly types?: ConnectorType[];
  /**
   * Only connectors in these states.
   *
   * @default all states
   */
  readonly states?: ConnectorState[];
}

/** Lists the connectors of an environment (`data.evs_environment_connectors`). */
export class DataEnvironmentConnectors extends DataEvsEnvironmentConnectors {
  public constructor(scope: Construct, id: string, props: DataEnvironmentConnectorsProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkEnumList(this, 'types', 'ConnectorType', props.types);
    checkEnumList(this, 'states', 'ConnectorState', props.states);
  }
}
