/** Optional state file: written atomically on change, loaded on start. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startEmulator } from '../../src/emulator';
import { ok, sleep, waitForState } from './support/aws-json';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'evs-emu-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('connectors survive a restart through the state file', async () => {
  const stateFile = join(dir, 'state.json');
  const first = await startEmulator({ stateFile, durations: { createMs: 0 } });
  const c = (
    await ok(first.url, 'CreateEnvironmentConnector', {
      environmentId: 'env-0000000001',
      type: 'VCENTER',
      applianceFqdn: 'vc.example.internal',
      secretIdentifier: 'evs/vc',
    })
  ).connector;
  await waitForState(first.url, 'env-0000000001', c.connectorId, 'ACTIVE');
  await sleep(20);
  const saved = JSON.parse(readFileSync(stateFile, 'utf8'));
  expect(saved.version).toBe(1);
  expect(saved.connectors.map((x: any) => x.connectorId)).toEqual([c.connectorId]);
  await first.close();
  expect(readdirSync(dir)).toEqual(['state.json']); // no temporary files left behind

  const second = await startEmulator({ stateFile });
  const { connectors } = await ok(second.url, 'ListEnvironmentConnectors', { environmentId: 'env-0000000001' });
  expect(connectors).toEqual([expect.objectContaining({ connectorId: c.connectorId, state: 'ACTIVE', createdAt: c.createdAt })]);
  await second.close();
});

test('a state change mid-lifecycle resumes after restart', async () => {
  const stateFile = join(dir, 'state.json');
  const first = await startEmulator({ stateFile, durations: { createMs: 300 } });
  const c = (
    await ok(first.url, 'CreateEnvironmentConnector', {
      environmentId: 'env-0000000001',
      type: 'OPERATIONS_MANAGER',
      applianceFqdn: 'ops.example.internal',
      secretIdentifier: 'evs/ops',
    })
  ).connector;
  await first.close();
  const second = await startEmulator({ stateFile });
  await waitForState(second.url, 'env-0000000001', c.connectorId, 'ACTIVE');
  await second.close();
});

test('a file that is not a state file is refused at start', async () => {
  const stateFile = join(dir, 'bad.json');
  writeFileSync(stateFile, '{"hello": 1}');
  await expect(startEmulator({ stateFile })).rejects.toThrow(/not an EVS emulator state file/);
});

test('readers never see a half-written file while state changes', async () => {
  const stateFile = join(dir, 'state.json');
  const emu = await startEmulator({ stateFile });
  let reads = 0;
  let stop = false;
  const reader = (async () => {
    while (!stop) {
      JSON.parse(readFileSync(stateFile, 'utf8')); // throws on a partial file
      reads++;
      await sleep(0);
    }
  })();
  for (let i = 0; i < 60; i++) {
    await emu.control.seedEnvironments([{ id: `env-atom${String(i).padStart(6, '0')}`, name: 'x'.repeat(100) }]);
    await sleep(1);
  }
  stop = true;
  await reader;
  await emu.close();
  expect(reads).toBeGreaterThan(10);
  expect(JSON.parse(readFileSync(stateFile, 'utf8')).environments).toHaveLength(61);
});

test('changes made through the in-process control handle reach the file without a request', async () => {
  const stateFile = join(dir, 'state.json');
  const emu = await startEmulator({ stateFile });
  await emu.control.seedEnvironments([{ id: 'env-inproc0001' }]);
  const saved = async () => JSON.parse(readFileSync(stateFile, 'utf8')).environments.map((e: any) => e.environmentId);
  for (let i = 0; i < 100 && !(await saved()).includes('env-inproc0001'); i++) await sleep(20);
  expect(await saved()).toContain('env-inproc0001');
  await emu.close();
});
