import type { Environment, EnvironmentState, EnvironmentSummary, EvsClient } from '../../../evs';
import { evsSdk } from '../../evs-sdk';
import { NotFoundError, orNotFound } from '../shared/not-found';

/** One environment, by GetEnvironment; an unknown id, or one DELETED (gone, as EVS documents it), is a NotFoundError. */
export async function findEnvironmentByID(client: EvsClient, environmentId: string, signal?: AbortSignal): Promise<Environment> {
  const message = `EVS environment ${environmentId} was not found.`;
  const out = await orNotFound(() => client.send(new (evsSdk().GetEnvironmentCommand)({ environmentId }), { abortSignal: signal }), message);
  if (!out.environment || out.environment.environmentState === 'DELETED') throw new NotFoundError(message);
  return out.environment;
}

/** Every environment of the account and Region (in these states, when given), through the paginated list. */
export async function listEnvironments(client: EvsClient, states: readonly string[] | null, signal?: AbortSignal): Promise<EnvironmentSummary[]> {
  const all: EnvironmentSummary[] = [];
  const input = states && states.length > 0 ? { state: [...states] as EnvironmentState[] } : {};
  for await (const page of evsSdk().paginateListEnvironments({ client, pageSize: 100 }, input, { abortSignal: signal })) {
    all.push(...(page.environmentSummaries ?? []));
  }
  return all;
}

/** The id of the one environment named `name`; none or several is a NotFoundError saying which. */
export async function findEnvironmentIdByName(client: EvsClient, name: string, signal?: AbortSignal): Promise<string> {
  const matches = (await listEnvironments(client, null, signal)).filter((e) => e.environmentName === name && e.environmentState !== 'DELETED');
  if (matches.length === 1 && matches[0]!.environmentId) return matches[0]!.environmentId;
  if (matches.length === 0) throw new NotFoundError(`No EVS environment is named ${JSON.stringify(name)} in this account and Region.`);
  throw new NotFoundError(
    `${matches.length} EVS environments are named ${JSON.stringify(name)} (${matches.map((e) => e.environmentId).join(', ')}); set environment_id instead.`,
  );
}
