import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsDepotUrl } from './generated/data-evs-depot-url';
import { checkLiteral } from './validation';

/** Which environment's depot URL to read. */
export interface DataDepotUrlProps extends TerraformMetaArguments {
  /** The environment, e.g. `env-0123456789` or `environment.environmentId`. */
  readonly environmentId: string;
  /**
   * Revoke the current token and issue a new one on every read (earlier URLs stop working within
   * five minutes).
   *
   * @default false
   */
  readonly rotate?: boolean;
}

/**
 * The URL of an environment's EVS Custom Addon depot (`data.evs_depot_url`): `depotUrl` and its
 * `token`, both sensitive.
 */
export class DataDepotUrl extends DataEvsDepotUrl {
  public constructor(scope: Construct, id: string, props: DataDepotUrlProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
  }
}
