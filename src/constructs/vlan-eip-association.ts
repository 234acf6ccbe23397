import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { VlanEipAssociation as VlanEipAssociationBinding, type VlanEipAssociationTimeouts } from './generated/vlan-eip-association';
import { checkLiteral } from './validation';

/** An Elastic IP to associate when the environment is already known (see `Environment.associateEip`). */
export interface VlanEipAssociationOptions extends TerraformMetaArguments {
  /**
   * Allocation ID of the Elastic IP (`eipalloc-…`), e.g. `eip.allocationId` of an `Eip` from
   * `@cdktf/provider-aws`. Changing it replaces the association.
   */
  readonly allocationId: string;
  /**
   * The VLAN: `hcx`, the public HCX VLAN, is the only one EVS takes Elastic IPs on.
   *
   * @default 'hcx'
   */
  readonly vlanName?: string;
  /**
   * How long associating and disassociating may take (Go duration strings such as `10m`).
   *
   * @default the provider's defaults (10 minutes each)
   */
  readonly timeouts?: VlanEipAssociationTimeouts;
}

/** Arguments of an Elastic IP association. */
export interface VlanEipAssociationProps extends VlanEipAssociationOptions {
  /** The EVS environment, e.g. `env-0123456789`; it must be CREATED, with a public HCX VLAN. */
  readonly environmentId: string;
}

/**
 * An Elastic IP associated with the public HCX VLAN of an Amazon EVS environment
 * (`evs_vlan_eip_association`), for HCX internet access; HCX needs at least two. Destroying it
 * disassociates the Elastic IP, which stays allocated.
 *
 * Literal ids are checked at synth; `associationId`, `ipAddress`, `importFrom` and the static
 * `generateConfigForImport` are inherited from the low-level binding.
 */
export class VlanEipAssociation extends VlanEipAssociationBinding {
  public constructor(scope: Construct, id: string, props: VlanEipAssociationProps) {
    super(scope, id, props);
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkLiteral(this, 'allocationId', 'allocationId', props.allocationId);
    checkLiteral(this, 'vlanName', 'vlanName', props.vlanName);
  }
}
