import type { MetadataBearer } from '@smithy/types';
import { de_String } from '../protocol';
import { evsCommand } from './builder';

/** The EVS Custom Addon depot URL for vSphere Lifecycle Manager; `rotate: true` revokes the token and issues a new one. */
export interface GetDepotUrlRequest {
  environmentId: string | undefined;
  rotate?: boolean | undefined;
}
export interface GetDepotUrlResponse {
  /** The token is a path component of the URL. */
  depotUrl: string | undefined;
  token: string | undefined;
}
export interface GetDepotUrlCommandInput extends GetDepotUrlRequest {}
export interface GetDepotUrlCommandOutput extends GetDepotUrlResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.GetDepotUrl` */
export class GetDepotUrlCommand extends evsCommand<GetDepotUrlCommandInput, GetDepotUrlCommandOutput>('GetDepotUrl', {
  input: { environmentId: [], rotate: [] },
  output: { depotUrl: de_String, token: de_String },
}) {}
