import type { MetadataBearer } from '@smithy/types';
import type { AccountSetting } from '../models/versions';
import { asJson } from '../protocol';
import { evsCommand } from './builder';

/** The account settings of the Region that were ever set; takes no input. */
export interface GetAccountSettingsRequest {}
export interface GetAccountSettingsResponse {
  settings?: AccountSetting[] | undefined;
}
export interface GetAccountSettingsCommandInput extends GetAccountSettingsRequest {}
export interface GetAccountSettingsCommandOutput extends GetAccountSettingsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.GetAccountSettings` */
export class GetAccountSettingsCommand extends evsCommand<GetAccountSettingsCommandInput, GetAccountSettingsCommandOutput>('GetAccountSettings', {
  input: {},
  output: { settings: asJson },
}) {}
