/**
 * Shared pieces of the reliability tests that the e2e harness (test/support, test/e2e/support) does
 * not have: own fixtures with a provider block of their own, a local EVS service with any options,
 * the provider process under an engine, and "does the service hold exactly the state".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmulator, type ConnectorInfo, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator';
import { randomEnvironmentId } from '../../e2e/support/service';
import type { RawState, Workspace } from '../../support/workspace';

export const FIXTURES = resolve(__dirname, '..', 'fixtures');
export const FLEET = join(FIXTURES, 'fleet');
export const CONNECTOR = join(FIXTURES, 'connector');

/** Polls fast against the local service, as the e2e runs do. */
export const FAST_POLL_ENV = { EVS_PROVIDER_POLL_MIN: '100ms', EVS_PROVIDER_POLL_MAX: '500ms' } as const;

export async function startService(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    ...options,
    durations: { createMs: 300, updateMs: 300, deleteMs: 300, checkIntervalMs: 60_000, ...options.durations },
  });
}

export async function newEnvironments(emu: RunningEmulator, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomEnvironmentId());
  await emu.control.seedEnvironments(ids.map((id) => ({ id, state: 'CREATED' as const, vcfVersion: 'SELF_DEPLOYED' as const })));
  return ids;
}

/** The FLEET fixture's `connectors`: one of each type per environment, FQDNs optionally prefixed (an in-place change). */
export function fleetConnectors(environments: readonly string[], fqdnPrefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  environments.forEach((env, i) =>
    (['VCENTER', 'SDDC_MANAGER', 'OPERATIONS_MANAGER'] as const).forEach((type) => {
      out[`${env}-${type.toLowerCase()}`] = {
        environment_id: env,
        type,
        appliance_fqdn: `${fqdnPrefix}${type.toLowerCase().replace('_', '-')}-${i}.example.internal`,
        secret_identifier: `arn:aws:secretsmanager:us-east-1:111122223333:secret:evs/${type.toLowerCase()}-${i}-AbCdEf`,
      };
    }),
  );
  return out;
}

export async function connectorsIn(emu: RunningEmulator, environments: readonly string[]): Promise<ConnectorInfo[]> {
  return (await emu.control.listConnectors()).filter((c) => environments.includes(c.environmentId));
}

/** Managed instances in the raw state file: connector id, tainted or not. */
export function stateConnectors(ws: Workspace): Array<{ address: string; connectorId: string; environmentId: string; tainted: boolean }> {
  // An engine killed during its first apply leaves an empty state file (it creates it to lock it).
  const file = join(ws.dir, 'terraform.tfstate');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const raw: RawState | undefined = text.trim() ? (JSON.parse(text) as RawState) : undefined;
  const out: Array<{ address: string; connectorId: string; environmentId: string; tainted: boolean }> = [];
  for (const r of raw?.resources ?? []) {
    if (r.mode !== 'managed') continue;
    for (const inst of r.instances ?? []) {
      const key = (inst as { index_key?: string }).index_key;
      out.push({
        address: `${r.type}.${r.name}${key !== undefined ? `[${JSON.stringify(key)}]` : ''}`,
        connectorId: String(inst.attributes?.['connector_id']),
        environmentId: String(inst.attributes?.['environment_id']),
        tainted: inst.status === 'tainted',
      });
    }
  }
  return out;
}

/** Child processes of `pid` (Linux /proc), with their command lines. */
export function childrenOf(pid: number): Array<{ pid: number; cmdline: string }> {
  const out: Array<{ pid: number; cmdline: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the parenthesised command name, which may itself hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== pid) continue;
      out.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** The provider process the engine `enginePid` started (its direct child running our executable). */
export function providerProcessOf(enginePid: number): number | undefined {
  return childrenOf(enginePid).find((c) => c.cmdline.includes('terraform-provider-evs'))?.pid;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every API call the service counted, summed over operations. */
export async function totalCalls(emu: RunningEmulator): Promise<number> {
  const c = await emu.control.getCounters();
  return Object.values(c).reduce((n, o) => n + o.calls, 0);
}
