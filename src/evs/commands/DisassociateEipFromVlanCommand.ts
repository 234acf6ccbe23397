import type { MetadataBearer } from '@smithy/types';
import { de_Vlan, type Vlan } from '../models/vlans';
import { idempotencyToken } from '../protocol';
import { evsCommand } from './builder';

/** Removes an Elastic IP association from the public HCX VLAN. */
export interface DisassociateEipFromVlanRequest {
  clientToken?: string | undefined;
  environmentId: string | undefined;
  vlanName: string | undefined;
  associationId: string | undefined;
}
export interface DisassociateEipFromVlanResponse {
  vlan?: Vlan | undefined;
}
export interface DisassociateEipFromVlanCommandInput extends DisassociateEipFromVlanRequest {}
export interface DisassociateEipFromVlanCommandOutput extends DisassociateEipFromVlanResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.DisassociateEipFromVlan` */
export class DisassociateEipFromVlanCommand extends evsCommand<DisassociateEipFromVlanCommandInput, DisassociateEipFromVlanCommandOutput>('DisassociateEipFromVlan', {
  input: { associationId: [], clientToken: idempotencyToken, environmentId: [], vlanName: [] },
  output: { vlan: de_Vlan },
}) {}
