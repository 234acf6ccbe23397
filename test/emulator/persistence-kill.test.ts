/**
 * The state file under SIGKILL: the real CLI with `--state-file`, concurrent clients making
 * changes through the API and the control interface, a SIGKILL at a random moment, a restart on
 * the same file; every change that was answered must be there. Repeated, on one file, so later
 * rounds also check that earlier answered changes survive further crashes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { createInterface } from 'readline';
import { EmulatorControlClient } from '../../src/emulator';
import { call } from './support/aws-json';

const BIN = resolve(__dirname, '../../bin/evs-emulator.js');
const ROUNDS = 6;
const CLIENTS = 12;
const TYPES = ['VCENTER', 'SDDC_MANAGER', 'OPERATIONS_MANAGER'] as const;

let dir: string;
let child: ChildProcessWithoutNullStreams | undefined;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'evs-kill-'))));
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function startCli(stateFile: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  // Lifecycles far longer than the test: every answered state stays as answered.
  const args = ['--port', '0', '--state-file', stateFile, '--create-ms', '3600000', '--delete-ms', '3600000'];
  const c = spawn(process.execPath, [BIN, ...args], { stdio: 'pipe' });
  return new Promise((ok, fail) => {
    let stderr = '';
    c.stderr.on('data', (d) => (stderr += d));
    c.once('exit', (code) => fail(new Error(`exited ${code} before listening: ${stderr}`)));
    createInterface({ input: c.stdout }).once('line', (line) => ok({ child: c, url: line.split(' on ')[1]! }));
  });
}

/** What the clients were told happened. */
interface Answered {
  environments: Set<string>;
  created: Map<string, { environmentId: string; type: string }>;
  deleting: Set<string>;
  /** Out-of-band fqdn changes through the control interface: connector id → fqdn. */
  patched: Map<string, string>;
}

/** One client: seed an environment (control), create its three connectors, delete one (API), patch one (control); again. */
async function client(url: string, round: number, n: number, answered: Answered, stop: () => boolean): Promise<number> {
  const control = new EmulatorControlClient(url);
  let changes = 0;
  for (let k = 0; !stop(); k++) {
    const environmentId = `env-${String(round).padStart(2, '0')}${String(n).padStart(2, '0')}${String(k).padStart(6, '0')}`;
    try {
      await control.seedEnvironments([{ id: environmentId, state: 'CREATED' }]);
      answered.environments.add(environmentId);
      changes++;
      const ids: string[] = [];
      for (const type of TYPES) {
        const r = await call(url, 'CreateEnvironmentConnector', { environmentId, type, applianceFqdn: `${type.toLowerCase().replace('_', '-')}.example.internal`, secretIdentifier: 's' });
        if (r.status !== 200) throw new Error(`create answered ${r.status}: ${JSON.stringify(r.body)}`);
        answered.created.set(r.body.connector.connectorId, { environmentId, type });
        ids.push(r.body.connector.connectorId);
        changes++;
      }
      const d = await call(url, 'DeleteEnvironmentConnector', { environmentId, connectorId: ids[0] });
      if (d.status !== 200) throw new Error(`delete answered ${d.status}: ${JSON.stringify(d.body)}`);
      answered.deleting.add(ids[0]!);
      const fqdn = `moved-${k}.example.internal`;
      await control.updateConnector(ids[1]!, { applianceFqdn: fqdn });
      answered.patched.set(ids[1]!, fqdn);
      changes += 2;
    } catch (err) {
      if (stop()) return changes; // the request the kill cut off: not answered, not counted
      throw err;
    }
  }
  return changes;
}

test(`every answered change survives SIGKILL at a random moment (${ROUNDS} rounds, ${CLIENTS} concurrent clients)`, async () => {
  const stateFile = join(dir, 'state.json');
  const answered: Answered = { environments: new Set(), created: new Map(), deleting: new Set(), patched: new Map() };
  const report: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const started = await startCli(stateFile);
    child = started.child;
    const exited = new Promise((r) => started.child.once('exit', r));
    // Everything answered before, in every earlier round, is there after the restart.
    await expectHolds(started.url, answered);
    let killed = false;
    const clients = Array.from({ length: CLIENTS }, (_, n) => client(started.url, round, n, answered, () => killed));
    const delay = 100 + Math.floor(Math.random() * 700);
    await new Promise((r) => setTimeout(r, delay));
    killed = true;
    started.child.kill('SIGKILL');
    const changes = (await Promise.all(clients)).reduce((a, b) => a + b, 0);
    await exited;
    report.push(`round ${round}: killed after ${delay} ms, ${changes} answered changes`);
    // Whatever moment the kill hit, the file parses.
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).version).toBe(1);
  }
  const last = await startCli(stateFile);
  child = last.child;
  await expectHolds(last.url, answered);
  // The killed processes' temporary files were cleared at start.
  expect(readdirSync(dir)).toEqual(['state.json']);
  last.child.kill('SIGTERM');
  expect(answered.created.size).toBeGreaterThan(ROUNDS * 3);
  console.log(`[state file under SIGKILL] ${report.join('; ')}; ${answered.created.size} creates, ${answered.environments.size} environments in all`);
}, 120_000);

async function expectHolds(url: string, answered: Answered): Promise<void> {
  const control = new EmulatorControlClient(url);
  const environments = new Set((await control.listEnvironments()).map((e) => e.environmentId));
  expect([...answered.environments].filter((id) => !environments.has(id))).toEqual([]);
  const connectors = new Map((await control.listConnectors()).map((c) => [c.connectorId, c]));
  const missing = [...answered.created.keys()].filter((id) => !connectors.has(id));
  expect(missing).toEqual([]);
  for (const [id, { environmentId, type }] of answered.created) {
    const c = connectors.get(id)!;
    expect({ id, environmentId: c.environmentId, type: c.type }).toEqual({ id, environmentId, type });
    // An answered delete is there; one cut off by the kill may or may not have happened.
    if (answered.deleting.has(id)) expect([id, c.state]).toEqual([id, 'DELETING']);
    else expect([id, ['CREATING', 'DELETING'].includes(c.state)]).toEqual([id, true]);
    if (answered.patched.has(id)) expect([id, c.applianceFqdn]).toEqual([id, answered.patched.get(id)]);
  }
}
