import type { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { DataEvsVersions } from './generated/data-evs-versions';

/** Settings of the versions lookup (only the Terraform meta-arguments). */
export interface DataVersionsProps extends TerraformMetaArguments {}

/**
 * The VCF versions and instance types EVS offers in the Region (`data.evs_versions`):
 * `vcfVersions` (status, default ESX version, instance types) and `instanceTypeEsxVersions`.
 * Compare with `VcfVersion` and `InstanceType`, or pass a listed value to their `of`.
 */
export class DataVersions extends DataEvsVersions {
  public constructor(scope: Construct, id: string, props: DataVersionsProps = {}) {
    super(scope, id, props);
  }
}
