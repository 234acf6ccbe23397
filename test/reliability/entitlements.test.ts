/**
 * VM entitlements under faults and crashes, with the real provider process: 20 entitlement
 * resources applied and destroyed while the service throttles, fails and resets connections (one
 * engine: retries and waits are the provider's own), and a provider SIGKILLed while EVS validates
 * the VMs (every engine), after which the re-run converges. Afterwards the service entitles exactly
 * the VMs the state records: nothing untracked, nothing twice.
 */
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { engineTable, oneEngineTable } from '../support/engines';
import { until } from '../support/until';
import { Workspace } from '../support/workspace';
import { FAST_POLL_ENV, FIXTURES, FLEET, isAlive, newEnvironments, providerProcessOf, startService } from './support/world';

const ENTITLEMENTS = join(FIXTURES, 'entitlements');
const FAULTS = { throttleRate: 0.2, retryAfterSeconds: 1, errorRate: 0.05, resetRate: 0.02, latencyMs: 40 } as const;
const LIVE = ['CREATING', 'CREATED', 'AT_RISK'];

let svc: RunningEmulator;
beforeAll(async () => {
  svc = await startService({ durations: { entitlementMs: 300 } });
});
afterAll(() => svc?.close());
afterEach(async () => {
  await svc.control.clearFaults();
  await svc.control.setDurations({ entitlementMs: 300 });
});

/** A VCENTER connector in each environment (no faults): environment id → connector id. */
async function vcenters(engine: Parameters<typeof Workspace.create>[0], environments: string[]): Promise<Map<string, string>> {
  const connectors = Object.fromEntries(
    environments.map((env, i) => [
      env,
      { environment_id: env, type: 'VCENTER', appliance_fqdn: `vcenter-${i}.example.internal`, secret_identifier: 'evs/vcenter' },
    ]),
  );
  const ws = await Workspace.create(engine, { fixture: FLEET, endpoint: svc.url, vars: { connectors } });
  await ws.ok(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV });
  const held = (await svc.control.listConnectors()).filter((c) => environments.includes(c.environmentId));
  return new Map(held.map((c) => [c.environmentId, c.connectorId]));
}

/** `connector/vm` of every VM the service entitles in these environments, sorted. */
async function entitled(environments: string[]): Promise<string[]> {
  return (await svc.control.listEntitlements())
    .filter((e) => environments.includes(e['environmentId'] as string) && LIVE.includes(e.status))
    .map((e) => `${e.connectorId}/${e.vmId}`)
    .sort();
}

/** `connector/vm` of every VM the state records, sorted (duplicates kept, so a double shows). */
function inState(ws: Workspace): string[] {
  const out: string[] = [];
  for (const r of ws.rawState()?.resources ?? []) {
    if (r.mode !== 'managed' || r.type !== 'evs_vm_entitlement') continue;
    for (const inst of r.instances ?? []) {
      for (const vm of (inst.attributes?.['vm_ids'] as string[] | undefined) ?? []) out.push(`${String(inst.attributes?.['connector_id'])}/${vm}`);
    }
  }
  return out.sort();
}

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('20 entitlement resources (40 VMs) at -parallelism=10 under throttling, 500s, resets and latency: exact match, then an empty destroy', async () => {
    const environments = await newEnvironments(svc, 4);
    const connectors = await vcenters(engine, environments);
    const entitlements: Record<string, unknown> = {};
    environments.forEach((env, e) => {
      for (let k = 0; k < 5; k++) {
        entitlements[`${e}-${k}`] = { environment_id: env, connector_id: connectors.get(env), vm_ids: [`vm-${1001 + 2 * k}`, `vm-${1002 + 2 * k}`] };
      }
    });
    const ws = await Workspace.create(engine, { fixture: ENTITLEMENTS, endpoint: svc.url, vars: { entitlements } });
    await svc.control.resetCounters();
    await svc.control.setFaults({ ...FAULTS, seed: 2024 });

    const applied = await ws.run(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 600_000 });
    const counters = await svc.control.getCounters();
    expect(counters.CreateEntitlement.throttled + counters.CreateEntitlement.faulted + counters.ListVmEntitlements.throttled).toBeGreaterThan(0);
    if (applied.code !== 0) throw new Error(`apply under faults failed:\n${applied.stdout}\n${applied.stderr}`);
    const held = await entitled(environments);
    expect(held).toHaveLength(40);
    expect(inState(ws)).toEqual(held);
    expect((await svc.control.listEntitlements()).filter((x) => environments.includes(x['environmentId'] as string)).every((x) => x.status === 'CREATED')).toBe(true);
    expect((await ws.planExitCode()).code).toBe(0);
    console.log(`[entitlement faults ${engine.name}] apply ${applied.ms} ms, CreateEntitlement ${JSON.stringify(counters.CreateEntitlement)}`);

    await svc.control.resetCounters();
    const destroyed = await ws.run(['destroy', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 600_000 });
    if (destroyed.code !== 0) throw new Error(`destroy under faults failed:\n${destroyed.stdout}\n${destroyed.stderr}`);
    expect(await entitled(environments)).toEqual([]);
    expect(inState(ws)).toEqual([]);
  });
});

describe.each(engineTable())('%s', (_name, engine) => {
  test('SIGKILL of the provider while EVS validates the VMs: the re-run converges, sending nothing twice', async () => {
    const environments = await newEnvironments(svc, 1);
    const connectorId = (await vcenters(engine, environments)).get(environments[0]!)!;
    const vmIds = ['vm-1001', 'vm-1002', 'vm-1003'];
    const ws = await Workspace.create(engine, {
      fixture: ENTITLEMENTS,
      endpoint: svc.url,
      vars: { entitlements: { w: { environment_id: environments[0], connector_id: connectorId, vm_ids: vmIds } } },
    });
    await svc.control.setDurations({ entitlementMs: 4000 });
    const run = ws.start(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
    await until('the create to reach the service', async () => ((await entitled(environments)).length === 3 ? true : undefined));
    // The provider process serving this apply (the engine starts one per phase).
    const providerPid = await until('the provider process', () => providerProcessOf(run.child.pid!), 10_000);
    process.kill(providerPid, 'SIGKILL');
    expect((await run.done).code === 0).toBe(false);
    await until('the provider to exit', () => (isAlive(providerPid) ? undefined : true), 10_000);
    // The engine never heard back: the state does not know the entitlements EVS is validating.
    expect(inState(ws)).toEqual([]);

    await svc.control.resetCounters();
    await ws.ok(['apply', '-auto-approve'], { env: FAST_POLL_ENV });
    expect((await svc.control.getCounters()).CreateEntitlement.calls).toBe(0);
    expect(inState(ws)).toEqual(vmIds.map((vm) => `${connectorId}/${vm}`));
    expect(await entitled(environments)).toEqual(inState(ws));
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.ok(['destroy', '-auto-approve'], { env: FAST_POLL_ENV });
    expect(await entitled(environments)).toEqual([]);
  });
});
