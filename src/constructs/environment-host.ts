import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { EnvironmentHost as EnvironmentHostBinding, type EnvironmentHostTimeouts } from './generated/environment-host';
import { checkHost } from './environment-checks';
import type { HostOptions } from './host';
import { checkLiteral } from './validation';

/** A host to add when the environment is already known (see `Environment.addHost`). */
export interface EnvironmentHostOptions extends HostOptions, TerraformMetaArguments {
  /** DNS host name of the ESX host, unique across EVS environments and in VCF, e.g. `esx-05`. */
  readonly hostName: string;
  /**
   * ESX version to install, as `DataVersions` lists them. EVS does not report it back.
   *
   * @default the VCF version's default ESX version
   */
  readonly esxVersion?: string;
  /**
   * How long create and delete may take (Go duration strings such as `3h`).
   *
   * @default the provider's defaults (3 hours to create, 2 to delete)
   */
  readonly timeouts?: EnvironmentHostTimeouts;
}

/** Arguments of an ESX host added to an environment. */
export interface EnvironmentHostProps extends EnvironmentHostOptions {
  /** The EVS environment, e.g. `env-0123456789`; it must be CREATED. Changing it replaces the host. */
  readonly environmentId: string;
}

/**
 * An ESX host added to a deployed Amazon EVS environment (`evs_environment_host`), beyond the four
 * it was created with: an environment holds 4 to 32 hosts. Every argument replaces the host when
 * changed.
 *
 * Before destroying a host, unassign and decommission it in SDDC Manager; EVS does not check this.
 * Literal ids, names and the placement are checked at synth; `ipAddress`, `ec2InstanceId`,
 * `networkInterfaceIds`, `state`, `importFrom` and the static `generateConfigForImport` are
 * inherited from the low-level binding.
 */
export class EnvironmentHost extends EnvironmentHostBinding {
  public constructor(scope: Construct, id: string, props: EnvironmentHostProps) {
    super(scope, id, {
      ...props,
      instanceType: props.instanceType?.value,
      placementGroupId: props.placement?.placementGroupId,
      dedicatedHostId: props.placement?.dedicatedHostId,
    });
    checkLiteral(this, 'environmentId', 'environmentId', props.environmentId);
    checkHost(this, '', props.hostName, props);
    checkLiteral(this, 'esxVersion', 'esxVersion', props.esxVersion);
  }
}
