import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsVmEntitlements } from './generated/data-evs-vm-entitlements';
import type { EntitlementType } from './entitlement-type';
import { checkEnumLiteral, checkLiteral } from './validation';

/** Whose VM entitlements to list. */
export interface DataVmEntitlementsProps extends TerraformMetaArguments {
  /** The EVS environment, e.g. `env-0123456789`. */
  readonly environmentId: string;
  /** The environment's `VCENTER` connector, e.g. `cnctr-0123456789`. */
  readonly connectorId: string;
  /**
   * The kind of licence.
   *
   * @default EntitlementType.WINDOWS_SERVER
   */
  readonly entitlementType?: EntitlementType;
}

/**
 * Lists the VM entitlements of an environment's `VCENTER` connector (`data.evs_vm_entitlements`):
 * `vms`, one entry per VM EVS reports whatever its status, and `entitledVmIds`, the VMs EVS tracks
 * or is validating.
 */
export class DataVmEntitlements extends DataEvsVmEntitlements {
  public constructor(scope: Construct, id: string, props: DataVmEntitlementsProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkLiteral(this, 'connectorId', 'connectorId', props.connectorId);
    checkEnumLiteral(this, 'entitlementType', 'EntitlementType', props.entitlementType);
  }
}
