/** Environment shapes (Environment, EnvironmentSummary and their parts) and how the client reads them. */
import type { CheckResult, CheckType, EnvironmentState, VcfVersion } from '../constraints';
import { asJson, de_Boolean, de_String, de_Timestamp, listOf, structure } from '../protocol';

export type { EnvironmentState, VcfVersion };

export interface EnvironmentSummary {
  environmentId?: string | undefined;
  environmentName?: string | undefined;
  vcfVersion?: VcfVersion | undefined;
  environmentStatus?: CheckResult | undefined;
  environmentState?: EnvironmentState | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  environmentArn?: string | undefined;
}

export interface Check {
  type?: CheckType | undefined;
  id?: string | undefined;
  result?: CheckResult | undefined;
  impairedSince?: Date | undefined;
}

export interface LicenseInfo {
  solutionKey: string | undefined;
  vsanKey: string | undefined;
}

export interface ConnectivityInfo {
  privateRouteServerPeerings: string[] | undefined;
}

export interface VcfHostnames {
  vCenter: string | undefined;
  nsx: string | undefined;
  nsxManager1: string | undefined;
  nsxManager2: string | undefined;
  nsxManager3: string | undefined;
  nsxEdge1: string | undefined;
  nsxEdge2: string | undefined;
  sddcManager: string | undefined;
  cloudBuilder: string | undefined;
}

export interface ServiceAccessSecurityGroups {
  securityGroups?: string[] | undefined;
}

export interface Secret {
  secretArn?: string | undefined;
}

export interface Environment {
  environmentId?: string | undefined;
  environmentState?: EnvironmentState | undefined;
  stateDetails?: string | undefined;
  createdAt?: Date | undefined;
  modifiedAt?: Date | undefined;
  environmentArn?: string | undefined;
  environmentName?: string | undefined;
  vpcId?: string | undefined;
  serviceAccessSubnetId?: string | undefined;
  vcfVersion?: VcfVersion | undefined;
  termsAccepted?: boolean | undefined;
  licenseInfo?: LicenseInfo[] | undefined;
  siteId?: string | undefined;
  environmentStatus?: CheckResult | undefined;
  checks?: Check[] | undefined;
  connectivityInfo?: ConnectivityInfo | undefined;
  vcfHostnames?: VcfHostnames | undefined;
  kmsKeyId?: string | undefined;
  serviceAccessSecurityGroups?: ServiceAccessSecurityGroups | undefined;
  credentials?: Secret[] | undefined;
}

export const de_EnvironmentSummary = structure<EnvironmentSummary>({
  createdAt: de_Timestamp,
  environmentArn: de_String,
  environmentId: de_String,
  environmentName: de_String,
  environmentState: de_String,
  environmentStatus: de_String,
  modifiedAt: de_Timestamp,
  vcfVersion: de_String,
});

export const de_Check = structure<Check>({ id: de_String, impairedSince: de_Timestamp, result: de_String, type: de_String });

export const de_Environment = structure<Environment>({
  checks: listOf(de_Check),
  connectivityInfo: asJson,
  createdAt: de_Timestamp,
  credentials: asJson,
  environmentArn: de_String,
  environmentId: de_String,
  environmentName: de_String,
  environmentState: de_String,
  environmentStatus: de_String,
  kmsKeyId: de_String,
  licenseInfo: asJson,
  modifiedAt: de_Timestamp,
  serviceAccessSecurityGroups: asJson,
  serviceAccessSubnetId: de_String,
  siteId: de_String,
  stateDetails: de_String,
  termsAccepted: de_Boolean,
  vcfHostnames: asJson,
  vcfVersion: de_String,
  vpcId: de_String,
});
