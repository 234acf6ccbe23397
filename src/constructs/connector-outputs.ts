import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import type { EnvironmentConnector } from './environment-connector';

/** Options for {@link ConnectorOutputs}. */
export interface ConnectorOutputsProps {
  /** The connector to report. */
  readonly connector: EnvironmentConnector;
  /**
   * Prefix of the output names: `<prefix>_connector_id`, `<prefix>_state`, `<prefix>_status`,
   * `<prefix>_healthy`.
   *
   * @default the construct id
   */
  readonly prefix?: string;
}

/**
 * Stack outputs for a connector: its id, lifecycle state, health status and whether it is healthy,
 * so `terraform output` (or `cdktf output`) shows them after apply.
 */
export class ConnectorOutputs extends Construct {
  /** `<prefix>_connector_id`. */
  public readonly connectorId: TerraformOutput;
  /** `<prefix>_state`: CREATING, ACTIVE, … */
  public readonly state: TerraformOutput;
  /** `<prefix>_status`: PASSED, FAILED or UNKNOWN. */
  public readonly status: TerraformOutput;
  /** `<prefix>_healthy`: true once the status is PASSED. */
  public readonly healthy: TerraformOutput;

  public constructor(scope: Construct, id: string, props: ConnectorOutputsProps) {
    super(scope, id);
    const prefix = props.prefix ?? id;
    const c = props.connector;
    const output = (name: string, value: unknown, description: string): TerraformOutput => {
      const o = new TerraformOutput(this, name, { value, description });
      o.overrideLogicalId(`${prefix}_${name}`);
      return o;
    };
    this.connectorId = output('connector_id', c.connectorId, 'EVS connector id');
    this.state = output('state', c.state, 'Connector lifecycle state');
    this.status = output('status', c.status, 'Connector health status (PASSED, FAILED, UNKNOWN)');
    this.healthy = output('healthy', c.healthy, 'Whether every health check of the connector passed');
  }
}
