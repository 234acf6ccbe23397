/**
 * The local EVS service as a single executable (what the release ships for machines without
 * Node): built as the release builds it, started with no Node on PATH, it prints its URL, answers
 * the API and the control interface, and stops cleanly.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildEmulatorExecutable } from '../../scripts/build-release';
import { PACKAGE_VERSION } from '../../src/names';
import { launchService } from '../support/emulator-cli';
import { ok } from './support/aws-json';

let dir: string;
let exe: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evs-emu-sea-'));
  exe = join(dir, 'evs-emulator');
  await buildEmulatorExecutable(exe);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_NODE = { PATH: '/nonexistent', HOME: tmpdir() };

test('starts with no Node on PATH, answers the API and the control interface, and exits 0 on SIGTERM', async () => {
  const started = launchService(exe, ['--port', '0', '--create-ms', '0', '-e', 'env-seaexe0001:CREATED:VCF-5.2.2'], { env: NO_NODE });
  const { child } = started;
  try {
    const { url } = await started;
    const created = await ok(url, 'CreateEnvironmentConnector', {
      environmentId: 'env-0000000001',
      type: 'VCENTER',
      applianceFqdn: 'vc.example.internal',
      secretIdentifier: 'evs/vc',
    });
    expect(created.connector.state).toBe('CREATING');
    const { environmentSummaries } = await ok(url, 'ListEnvironments');
    expect(environmentSummaries.map((e: any) => e.environmentId).sort()).toEqual(['env-0000000001', 'env-seaexe0001']);
    const health = (await (await fetch(`${url}/_emulator/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, version: PACKAGE_VERSION, resources: { environments: 2, connectors: 2 } });
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
});

test('--version and --help', () => {
  expect(execFileSync(exe, ['--version'], { env: NO_NODE, encoding: 'utf8' }).trim()).toBe(PACKAGE_VERSION);
  expect(execFileSync(exe, ['--help'], { env: NO_NODE, encoding: 'utf8' })).toMatch(/^Usage: evs-emulator \[options\]/);
});
