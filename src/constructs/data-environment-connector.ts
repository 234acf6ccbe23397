import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsEnvironmentConnector } from './generated/data-evs-environment-connector';
import type { ConnectorType } from './connector-type';
import { checkEnumLiteral, checkLiteral } from './validation';

/** Which connector to read. */
export interface DataEnvironmentConnectorProps extends TerraformMetaArguments {
  /** The EVS environment, e.g. `env-0123456789`. */
  readonly environmentId: string;
  /**
   * The connector, e.g. `cnctr-0123456789`.
   *
   * @default the environment's only connector of `type`
   */
  readonly connectorId?: string;
  /**
   * Select the connector by appliance kind instead of id.
   *
   * @default any kind
   */
  readonly type?: ConnectorType;
}

/** Reads one environment connector (`data.evs_environment_connector`). */
export class DataEnvironmentConnector extends DataEvsEnvironmentConnector {
  public constructor(scope: Construct, id: string, props: DataEnvironmentConnectorProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkLiteral(this, 'connectorId', 'connectorId', props.connectorId);
    checkEnumLiteral(this, 'type', 'ConnectorType', props.type);
  }
}
