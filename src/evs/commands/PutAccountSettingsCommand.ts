import type { MetadataBearer } from '@smithy/types';
import type { AccountSetting } from '../models/versions';
import { asJson } from '../protocol';
import { evsCommand } from './builder';

/** Creates or overwrites the listed account settings (others keep their values); answers the modified ones. */
export interface PutAccountSettingsRequest {
  settings: AccountSetting[] | undefined;
}
export interface PutAccountSettingsResponse {
  settings?: AccountSetting[] | undefined;
}
export interface PutAccountSettingsCommandInput extends PutAccountSettingsRequest {}
export interface PutAccountSettingsCommandOutput extends PutAccountSettingsResponse, MetadataBearer {}

/** `AmazonElasticVMwareService.PutAccountSettings` */
export class PutAccountSettingsCommand extends evsCommand<PutAccountSettingsCommandInput, PutAccountSettingsCommandOutput>('PutAccountSettings', {
  input: { settings: asJson },
  output: { settings: asJson },
}) {}
