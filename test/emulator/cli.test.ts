/** The evs-emulator command as a real child process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { createInterface } from 'readline';
import { EmulatorControlClient } from '../../src/emulator';
import { call, ok } from './support/aws-json';

const BIN = resolve(__dirname, '../../bin/evs-emulator.js');

function start(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; firstLine: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'pipe' });
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const url = /listening on (http:\/\/\S+)$/.exec(line)?.[1];
      if (!url) reject(new Error(`unexpected first line: ${line}`));
      else resolvePromise({ child, url, firstLine: line });
    });
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((r) => child.once('exit', (code) => r(code)));
}

test('starts on a free port, prints the URL first, serves, and exits 0 on SIGTERM', async () => {
  const { child, url, firstLine } = await start(['--port', '0', '--create-ms', '0']);
  expect(firstLine).toMatch(/^EVS emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
  const env = await ok(url, 'GetEnvironment', { environmentId: 'env-0000000001' });
  expect(env.environment.vcfVersion).toBe('SELF_DEPLOYED');
  const exited = exitOf(child);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});

test('seeds environments from flags and a file; exits 0 on SIGINT', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evs-cli-'));
  try {
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ environments: [{ id: 'env-fromfile01', state: 'CREATING', vcfVersion: 'SELF_DEPLOYED', name: 'filed' }] }));
    const { child, url } = await start([
      '--seed', seed,
      '--environment', 'env-fromflag01:CREATED:VCF-5.2.1:flagged',
      '--rate-limit', 'ListEnvironments=1:1',
    ]);
    const control = new EmulatorControlClient(url);
    const envs = await control.listEnvironments();
    expect(envs.map((e) => [e.environmentId, e.environmentState, e.environmentName]).sort()).toEqual([
      ['env-fromfile01', 'CREATING', 'filed'],
      ['env-fromflag01', 'CREATED', 'flagged'],
    ]);
    const { connectors } = await ok(url, 'ListEnvironmentConnectors', { environmentId: 'env-fromflag01' });
    expect(connectors.map((c: any) => c.type)).toEqual(['SDDC_MANAGER']);
    expect((await call(url, 'ListEnvironments', {})).status).toBe(200);
    expect((await call(url, 'ListEnvironments', {})).status).toBe(429);
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--verify-signatures refuses other keys', async () => {
  const { child, url } = await start(['--verify-signatures', 'AKIDCLI:secretcli']);
  try {
    expect((await call(url, 'ListEnvironments', {}, { keys: { accessKeyId: 'AKIDCLI', secretAccessKey: 'secretcli' } })).status).toBe(200);
    expect((await call(url, 'ListEnvironments', {})).errorType).toBe('UnrecognizedClientException');
  } finally {
    const exited = exitOf(child);
    child.kill('SIGTERM');
    await exited;
  }
});

test('bad flags exit non-zero with a message', async () => {
  const child = spawn(process.execPath, [BIN, '--environment', 'env-x:CREATED'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  expect(await exitOf(child)).not.toBe(0);
  expect(stderr).toContain('env-');
});
