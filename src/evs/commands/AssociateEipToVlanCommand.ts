import type { MetadataBearer } from '@smithy/types';
import { de_Vlan, type Vlan } from '../models/vlans';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Associates an Elastic IP with the public HCX VLAN (`vlanName` "hcx"). */
export interface AssociateEipToVlanRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  vlanName: string | undefined;
  allocationId: string | undefined;
}
export interface AssociateEipToVlanResponse {
  vlan?: Vlan | undefined;
}
export interface AssociateEipToVlanCommandInput extends AssociateEipToVlanRequest {}
export interface AssociateEipToVlanCommandOutput extends AssociateEipToVlanResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.AssociateEipToVlan` */
export class AssociateEipToVlanCommand extends evsCommand<AssociateEipToVlanCommandInput, AssociateEipToVlanCommandOutput>('AssociateEipToVlan', {
  input: { allocationId: [], clientToken: idempotencyToken, environmentId: [], vlanName: [] },
  output: { vlan: de_Vlan },
}) {}
