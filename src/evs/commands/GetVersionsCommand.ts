import type { MetadataBearer } from '@smithy/types';
import type { InstanceTypeEsxVersionsInfo, VcfVersionInfo } from '../models/versions';
import { asJson } from '../protocol';
import { evsCommand } from './builder';

/** The VCF versions EVS offers and the ESX versions per instance type; takes no input. */
export interface GetVersionsRequest {}
export interface GetVersionsResponse {
  vcfVersions: VcfVersionInfo[] | undefined;
  instanceTypeEsxVersions: InstanceTypeEsxVersionsInfo[] | undefined;
}
export interface GetVersionsCommandInput extends GetVersionsRequest {}
export interface GetVersionsCommandOutput extends GetVersionsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.GetVersions` */
export class GetVersionsCommand extends evsCommand<GetVersionsCommandInput, GetVersionsCommandOutput>('GetVersions', {
  input: {},
  output: { instanceTypeEsxVersions: asJson, vcfVersions: asJson },
}) {}
