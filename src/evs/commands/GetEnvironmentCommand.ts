import type { GetEnvironmentCommandInput, GetEnvironmentCommandOutput } from '../models';
import { de_GetEnvironmentCommand, se_GetEnvironmentCommand } from '../protocol';
import { evsCommand } from './builder';

export type { GetEnvironmentCommandInput, GetEnvironmentCommandOutput };

/** `AmazonElasticVMwareService.GetEnvironment` */
export class GetEnvironmentCommand extends evsCommand<GetEnvironmentCommandInput, GetEnvironmentCommandOutput>(
  'GetEnvironment',
  se_GetEnvironmentCommand,
  de_GetEnvironmentCommand,
) {}
