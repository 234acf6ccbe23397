/** What EVS offers (VCF versions, ESX versions per instance type) and account settings. */
import type { InstanceType, VcfVersion } from '../constraints';

export interface VcfVersionInfo {
  vcfVersion: VcfVersion | undefined;
  /** e.g. `AVAILABLE`, `RESTRICTED`. */
  status: string | undefined;
  defaultEsxVersion: string | undefined;
  instanceTypes: InstanceType[] | undefined;
}

export interface InstanceTypeEsxVersionsInfo {
  instanceType: InstanceType | undefined;
  esxVersions: string[] | undefined;
}

/** An account setting of the Region, e.g. `{ name: 'vcfPortedCoreCount', value: '256' }`. */
export interface AccountSetting {
  name: string | undefined;
  value: string | undefined;
}
