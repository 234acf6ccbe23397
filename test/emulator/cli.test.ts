/** The evs-emulator command (source launcher, esbuild bundle) and evs-provider as real child processes. */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { buildEmulatorBundle } from '../../scripts/build-provider';
import { EmulatorControlClient } from '../../src/emulator';
import { EMULATOR_PORT, PACKAGE_VERSION } from '../../src/names';
import { launchService, type LaunchedService } from '../support/emulator-cli';
import { call, ok } from './support/aws-json';

const BIN = resolve(__dirname, '../../bin/evs-emulator.js');
const PROVIDER_BIN = resolve(__dirname, '../../bin/evs-provider.js');

let dir: string;
const children: ChildProcessWithoutNullStreams[] = [];
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'evs-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Each child leads its own process group, and the whole group is killed: a shell started from
// Python would otherwise outlive its parent, keep the pipes open and hold Jest open.
afterEach(() => {
  for (const c of children.splice(0)) {
    try {
      process.kill(-c.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Spawns `command args` as its own process group (see afterEach), tracked for cleanup. */
function launch(command: string, args: string[]): Promise<LaunchedService> {
  const started = launchService(command, args, { detached: true });
  children.push(started.child);
  return started;
}

const start = (args: string[]) => launch(process.execPath, [BIN, '--port', '0', ...args]);

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));
}

test('starts on a free port, prints the URL first, serves, and exits 0 on SIGTERM', async () => {
  const { child, url, firstLine } = await start(['--create-ms', '0']);
  expect(firstLine).toMatch(/^EVS emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
  const env = await ok(url, 'GetEnvironment', { environmentId: 'env-0000000001' });
  expect(env.environment.vcfVersion).toBe('SELF_DEPLOYED');
  const exited = exitOf(child);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});

test('-e and --seed add to the default environment; --no-default-environment starts without it; exits 0 on SIGINT', async () => {
  const seed = join(dir, 'seed.json');
  writeFileSync(seed, JSON.stringify({ environments: [{ id: 'env-fromfile01', state: 'CREATING', vcfVersion: 'SELF_DEPLOYED', name: 'filed' }] }));
  const flags = ['--seed', seed, '-e', 'env-fromflag01:CREATED:VCF-5.2.1:flagged', '--environment', 'env-selfdep001:CREATED:SELF_DEPLOYED'];
  const listed = async (url: string) =>
    (await new EmulatorControlClient(url).listEnvironments()).map((e) => [e.environmentId, e.environmentState, e.vcfVersion]).sort();

  const added = await start([...flags, '--rate-limit', 'ListEnvironments=1:1']);
  expect(await listed(added.url)).toEqual([
    ['env-0000000001', 'CREATED', 'SELF_DEPLOYED'],
    ['env-fromfile01', 'CREATING', 'SELF_DEPLOYED'],
    ['env-fromflag01', 'CREATED', 'VCF-5.2.1'],
    ['env-selfdep001', 'CREATED', 'SELF_DEPLOYED'],
  ]);
  // VCF-5.2.x: EVS made the SDDC_MANAGER connector; SELF_DEPLOYED: none.
  expect((await ok(added.url, 'ListEnvironmentConnectors', { environmentId: 'env-fromflag01' })).connectors.map((c: any) => c.type)).toEqual(['SDDC_MANAGER']);
  expect((await ok(added.url, 'ListEnvironmentConnectors', { environmentId: 'env-selfdep001' })).connectors).toEqual([]);
  expect((await call(added.url, 'ListEnvironments', {})).status).toBe(200);
  expect((await call(added.url, 'ListEnvironments', {})).status).toBe(429);
  const exited = exitOf(added.child);
  added.child.kill('SIGINT');
  expect(await exited).toBe(0);

  const alone = await start([...flags, '--no-default-environment']);
  expect((await listed(alone.url)).map(([id]) => id)).toEqual(['env-fromfile01', 'env-fromflag01', 'env-selfdep001']);
  const none = await start(['--no-default-environment']);
  expect(await listed(none.url)).toEqual([]);
});

test('--verify-signatures refuses other keys', async () => {
  const { url } = await start(['--verify-signatures', 'AKIDCLI:secretcli']);
  expect((await call(url, 'ListEnvironments', {}, { keys: { accessKeyId: 'AKIDCLI', secretAccessKey: 'secretcli' } })).status).toBe(200);
  expect((await call(url, 'ListEnvironments', {})).errorType).toBe('UnrecognizedClientException');
});

test('bad flags exit non-zero with a message', async () => {
  const child = spawn(process.execPath, [BIN, '--environment', 'env-x:CREATED'], { stdio: 'pipe' });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  expect(await exitOf(child)).not.toBe(0);
  expect(stderr).toContain('env-');
});

test('--log-requests: one line per request with operation or route, status, request id and duration', async () => {
  const { url, stderr } = await start(['--log-requests']);
  const found = await call(url, 'GetEnvironment', { environmentId: 'env-0000000001' });
  const missing = await call(url, 'GetEnvironment', { environmentId: 'env-nothere000' });
  await fetch(url + '/_emulator/health');
  const lines = async () => {
    for (let i = 0; i < 100 && stderr().split('\n').filter(Boolean).length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    return stderr().split('\n').filter(Boolean);
  };
  const [a, b, c] = await lines();
  const line = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (\S+(?: \S+)?) (\d{3}) ([0-9a-f-]{36}) (\d+\.\d) ms$/;
  expect(line.exec(a!)?.slice(1, 4)).toEqual(['GetEnvironment', '200', found.headers.get('x-amzn-requestid')]);
  expect(line.exec(b!)?.slice(1, 4)).toEqual(['GetEnvironment', '404', missing.headers.get('x-amzn-requestid')]);
  expect(line.exec(c!)?.slice(1, 3)).toEqual(['GET /_emulator/health', '200']);
});

test(`the default port is ${EMULATOR_PORT}, and --version prints the release version on both commands`, async () => {
  const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  expect(help).toMatch(new RegExp(`--port <port> +port to listen on \\(0 = a free port\\) \\(default: ${EMULATOR_PORT}\\)`));
  expect(help).toMatch(/--no-default-environment/);
  expect(help).toMatch(/SELF_DEPLOYED/);
  expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(PACKAGE_VERSION);
  expect(execFileSync(process.execPath, [PROVIDER_BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(PACKAGE_VERSION);
});

test(`the docs and examples point at the local service on port ${EMULATOR_PORT} (one constant), never LocalStack's 4566`, () => {
  const repo = resolve(__dirname, '../..');
  const examples = readdirSync(join(repo, 'examples')).map((d) => join('examples', d, 'README.md'));
  const files = ['README.md', 'docs/index.md', 'docs/guides/local-evs-service.md', ...examples].filter((f) => {
    try {
      return readFileSync(join(repo, f)).length > 0;
    } catch {
      return false;
    }
  });
  const ports = files.flatMap((f) => [...readFileSync(join(repo, f), 'utf8').matchAll(/(?:127\.0\.0\.1|localhost):(\d+|<port>)/g)].map((m) => `${f}: ${m[1]}`));
  expect(ports.length).toBeGreaterThan(5);
  expect(ports.filter((p) => !p.endsWith(`: ${EMULATOR_PORT}`))).toEqual([]);
});

describe('the bundled CLI (what the npm package and the Python wheel run)', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = join(dir, 'evs-emulator.js');
    await buildEmulatorBundle(bundle);
  });

  test('prints its listening line while it runs, with stdout a pipe, also started through a shell from Python', async () => {
    const direct = await launch(process.execPath, [bundle, '--port', '0']);
    expect((await ok(direct.url, 'ListEnvironments')).environmentSummaries).toHaveLength(1);
    expect(direct.child.exitCode).toBeNull();
    // As the wheel's console script starts it: Python runs `<script> <args>` through a shell, stdout inherited.
    const python = process.env.EVS_PYTHON ?? 'python3';
    const viaPython = await launch(python, [
      '-c',
      'import subprocess, sys; sys.exit(subprocess.run(" ".join(sys.argv[1:]), shell=True).returncode)',
      process.execPath,
      bundle,
      '--port',
      '0',
    ]);
    expect((await ok(viaPython.url, 'ListEnvironments')).environmentSummaries).toHaveLength(1);
    expect(viaPython.child.exitCode).toBeNull();
    const exited = exitOf(direct.child);
    direct.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  test('SIGTERM sent the moment the listening line is read ends it cleanly, on every one of 8 starts', async () => {
    // Whoever reads the line may signal at once (the Python command's wrapper does): the handler
    // must already be there, or Node ends by the signal instead of exit 0.
    for (let i = 0; i < 8; i++) {
      const { child } = await launch(process.execPath, [bundle, '--port', '0']);
      const exited = new Promise<[number | null, NodeJS.Signals | null]>((r) => child.once('exit', (code, signal) => r([code, signal])));
      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    }
  });

  test('--version', () => {
    expect(execFileSync(process.execPath, [bundle, '--version'], { encoding: 'utf8' }).trim()).toBe(PACKAGE_VERSION);
  });
});
