import type { MetadataBearer } from '@smithy/types';
import { de_Environment, type ConnectivityInfo, type Environment, type LicenseInfo, type ServiceAccessSecurityGroups, type VcfHostnames, type VcfVersion } from '../models/environments';
import type { HostInfoForCreate } from '../models/hosts';
import type { RequestTagMap } from '../models/tags';
import type { InitialVlans } from '../models/vlans';
import { asJson, idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Creates an environment: VLAN subnets, and for a VCF version its four hosts and the VCF install (hours). */
export interface CreateEnvironmentRequest {
  clientToken?: string | undefined;
  /** Unique per account and Region. */
  environmentName?: string | undefined;
  kmsKeyId?: string | undefined;
  tags?: RequestTagMap | undefined;
  serviceAccessSecurityGroups?: ServiceAccessSecurityGroups | undefined;
  vpcId: string | undefined;
  serviceAccessSubnetId: string | undefined;
  vcfVersion: VcfVersion | undefined;
  termsAccepted: boolean | undefined;
  initialVlans: InitialVlans | undefined;
  /** Not with SELF_DEPLOYED (nor licenseInfo, hosts, vcfHostnames, siteId). */
  connectivityInfo?: ConnectivityInfo | undefined;
  licenseInfo?: LicenseInfo[] | undefined;
  /** Exactly four. */
  hosts?: HostInfoForCreate[] | undefined;
  vcfHostnames?: VcfHostnames | undefined;
  siteId?: string | undefined;
}
export interface CreateEnvironmentResponse {
  environment?: Environment | undefined;
}
export interface CreateEnvironmentCommandInput extends CreateEnvironmentRequest {}
export interface CreateEnvironmentCommandOutput extends CreateEnvironmentResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.CreateEnvironment` */
export class CreateEnvironmentCommand extends evsCommand<CreateEnvironmentCommandInput, CreateEnvironmentCommandOutput>('CreateEnvironment', {
  input: {
    clientToken: idempotencyToken,
    connectivityInfo: asJson,
    environmentName: [],
    hosts: asJson,
    initialVlans: asJson,
    kmsKeyId: [],
    licenseInfo: asJson,
    serviceAccessSecurityGroups: asJson,
    serviceAccessSubnetId: [],
    siteId: [],
    tags: asJson,
    termsAccepted: [],
    vcfHostnames: asJson,
    vcfVersion: [],
    vpcId: [],
  },
  output: { environment: de_Environment },
}) {}
