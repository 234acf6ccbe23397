/**
 * The local EVS service killed and restarted (same port, same state file) in the middle of an
 * apply: creates already answered survive in the state file, the provider's waits ride out the
 * unreachable service, and the apply (or the next one) converges with nothing replaced.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { supportedNode } from '../../scripts/common/node';
import { EmulatorControlClient } from '../../src/emulator';
import { randomEnvironmentId } from '../e2e/support/service';
import { launchService } from '../support/emulator-cli';
import { oneEngineTable } from '../support/engines';
import { until } from '../support/until';
import { Workspace } from '../support/workspace';
import { FAST_POLL_ENV, FLEET, fleetConnectors, stateConnectors } from './support/world';

const BIN = resolve(__dirname, '../../bin/evs-emulator.js');

let dir: string;
let service: ChildProcessWithoutNullStreams | undefined;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'evs-restart-'))));
afterAll(() => {
  service?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the service's CLI and resolves with its URL once it listens. */
async function startService(args: string[]): Promise<string> {
  const started = launchService(supportedNode(), [BIN, ...args]);
  service = started.child;
  return (await started).url;
}

describe.each(oneEngineTable())('%s', (_name, engine) => {
  test('service SIGKILLed and restarted mid-apply: converges, every connector created before the kill is kept, none replaced', async () => {
    const stateFile = join(dir, 'evs-state.json');
    const environments = [randomEnvironmentId(), randomEnvironmentId()];
    const common = ['--state-file', stateFile, '--create-ms', '3000', '--delete-ms', '300', '--check-interval-ms', '60000'];
    const url = await startService([
      '--port', '0', '--no-default-environment', ...common,
      ...environments.map((id) => `--environment=${id}:CREATED:SELF_DEPLOYED`),
    ]);
    const port = new URL(url).port;
    const control = new EmulatorControlClient(url);

    const connectors = fleetConnectors(environments);
    const ws = await Workspace.create(engine, { fixture: FLEET, endpoint: url, vars: { connectors } });
    const run = ws.start(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 300_000 });

    // Kill once creates have been answered (the connectors are CREATING for 3 s), then come back.
    const before = await until('creates to reach the service', async () => {
      const held = await control.listConnectors();
      return held.length >= 3 ? held : undefined;
    });
    service!.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 2000));
    expect(await startService(['--port', port, ...common])).toBe(url);

    let applied = await run.done;
    if (applied.code !== 0) applied = await ws.run(['apply', '-auto-approve', '-parallelism=10'], { env: FAST_POLL_ENV, timeoutMs: 300_000 });
    if (applied.code !== 0) throw new Error(`apply after the restart did not converge:\n${applied.stdout}\n${applied.stderr}`);

    const held = (await control.listConnectors()).filter((c) => environments.includes(c.environmentId));
    const inState = stateConnectors(ws);
    expect(held).toHaveLength(6);
    expect(held.every((c) => c.state === 'ACTIVE')).toBe(true);
    expect(inState.every((s) => !s.tainted)).toBe(true);
    expect(inState.map((s) => s.connectorId).sort()).toEqual(held.map((c) => c.connectorId).sort());
    // Nothing answered before the kill was lost or replaced.
    const kept = new Set(inState.map((s) => s.connectorId));
    expect(before.filter((c) => !kept.has(c.connectorId))).toEqual([]);
    expect((await ws.planExitCode()).code).toBe(0);
  });
});
