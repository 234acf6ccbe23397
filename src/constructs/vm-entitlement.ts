import { Token, type TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { VmEntitlement as VmEntitlementBinding, type VmEntitlementTimeouts } from './generated/vm-entitlement';
import type { EntitlementType } from './entitlement-type';
import { checkEnumLiteral, checkLiteral, checkThat } from './validation';

/** What to entitle, when the connector is already known (see `EnvironmentConnector.entitleVms`). */
export interface VmEntitlementOptions extends TerraformMetaArguments {
  /**
   * vSphere managed object ids of the VMs, e.g. `vm-1001`: at least one, each once. VMs are added
   * and removed in place.
   */
  readonly vmIds: string[];
  /**
   * The kind of licence. Changing it replaces the entitlements.
   *
   * @default EntitlementType.WINDOWS_SERVER
   */
  readonly entitlementType?: EntitlementType;
  /**
   * How long create, update and delete may take (Go duration strings such as `30m`).
   *
   * @default the provider's defaults (30 minutes each)
   */
  readonly timeouts?: VmEntitlementTimeouts;
}

/** Arguments of a VM entitlement. */
export interface VmEntitlementProps extends VmEntitlementOptions {
  /** The EVS environment, e.g. `env-0123456789`. Changing it replaces the entitlements. */
  readonly environmentId: string;
  /**
   * The environment's `VCENTER` connector the VMs are seen through, e.g. `vcenter.connectorId`.
   * Changing it replaces the entitlements.
   */
  readonly connectorId: string;
}

/**
 * Licence entitlements for VMs of an Amazon EVS environment (`evs_vm_entitlement`), through its
 * `VCENTER` connector: EVS tracks the licence usage of each VM in `vmIds`.
 *
 * Literal ids and the type are checked at synth against the EVS rules. `vms` (one entry per VM:
 * id, name, status, times, error), `importFrom`, `putTimeouts` and the static
 * `generateConfigForImport` are inherited from the low-level binding.
 */
export class VmEntitlement extends VmEntitlementBinding {
  public constructor(scope: Construct, id: string, props: VmEntitlementProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkLiteral(this, 'connectorId', 'connectorId', props.connectorId);
    checkEnumLiteral(this, 'entitlementType', 'EntitlementType', props.entitlementType);
    checkVmIds(this, props.vmIds);
  }
}

function checkVmIds(scope: Construct, vmIds: readonly string[] | undefined): void {
  if (vmIds === undefined || Token.isUnresolved(vmIds)) return;
  checkThat(scope, 'vmIds', vmIds.length > 0, 'is empty; list at least one VM id, e.g. vm-1001.');
  const seen = new Set<string>();
  vmIds.forEach((vmId, i) => {
    if (Token.isUnresolved(vmId)) return;
    checkLiteral(scope, `vmIds[${i}]`, 'vmId', vmId);
    checkThat(scope, `vmIds[${i}]`, !seen.has(vmId), `${JSON.stringify(vmId)} is listed more than once; list each VM once.`);
    seen.add(vmId);
  });
}
