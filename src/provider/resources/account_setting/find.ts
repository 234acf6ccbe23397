import type { AccountSetting, EvsClient } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import { NotFoundError } from '../shared/not-found';

/** Every setting EVS lists for the account and Region (those never set are left out). */
export async function listAccountSettings(client: EvsClient, signal?: AbortSignal): Promise<AccountSetting[]> {
  const out = await client.send(new (evsSdk().GetAccountSettingsCommand)({}), { abortSignal: signal });
  return out.settings ?? [];
}

/** The setting's value; NotFoundError when EVS lists no value for it. */
export async function findAccountSetting(client: EvsClient, name: string, signal?: AbortSignal): Promise<string> {
  const found = (await listAccountSettings(client, signal)).find((s) => s.name === name);
  if (found?.value === undefined) throw new NotFoundError(`EVS lists no value for the account setting ${name} in the provider's Region.`);
  return found.value;
}
