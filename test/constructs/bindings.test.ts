/**
 * The packages users install, tested from the release artifacts (not the source tree):
 * - the Python wheel in a fresh venv with PyPI `cdktf` (and the cdktn wheel with PyPI `cdktn`), and
 *   its `evs-emulator` command, which must stop the service it runs when it is sent SIGTERM;
 * - the Go modules through `replace` lines to dist/<runtime>/go/evs (for cdktn also to its runtime
 *   modules, generated from the npm packages by scripts/constructs/go-runtimes.ts);
 * - the npm tarball installed into a fresh TypeScript project;
 * each runs the same example and must synthesize the same cdk.tf.json apart from metadata, with the
 * provider in the stack's local mirror; the Python and Go programs are applied end to end against
 * the local EVS service. The environment example (examples/environment) is synthesized from Python
 * with the prebuilt AWS bindings from PyPI and compared with the TypeScript one.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { exampleNodePath, PROVIDER_AWS_VERSION } from '../../scripts/common/provider-aws';
import { artifactsOf, buildArtifacts } from '../../scripts/constructs/artifacts';
import { ensureGoRuntimes } from '../../scripts/constructs/go-runtimes';
import { CDKTN_DEV_DEPENDENCIES, swapRuntime } from '../../scripts/constructs/stage-cdktn';
import { CDKTF, CDKTN } from '../../scripts/constructs/variants';
import { launchService } from '../support/emulator-cli';
import { until } from '../support/until';
import { listEngines } from '../support/engines';
import { readmeBlocks } from '../support/readme';
import { applyAndDestroy, assertZeroConfigStack, cleanEnv, comparableConfig, ROOT, run, SCRATCH, startLocalEvs } from './support';

jest.setTimeout(900_000);

const EXAMPLES = join(ROOT, 'examples');
let evs: RunningEmulator;
let work: string;
let reference: unknown;

beforeAll(async () => {
  mkdirSync(SCRATCH, { recursive: true });
  work = mkdtempSync(join(SCRATCH, 'bindings-'));
  // Builds (or reuses, when nothing changed) both runtimes' packages.
  buildArtifacts(CDKTF);
  buildArtifacts(CDKTN);
  evs = await startLocalEvs();
  // The reference: the TypeScript example run from the source tree.
  const out = join(work, 'ts-source');
  mkdirSync(out);
  await run(process.execPath, ['--import', require.resolve('tsx'), join(EXAMPLES, 'typescript', 'main.ts')], out, cleanEnv(evs.url, {
    CDKTF_OUTDIR: out,
    TSX_TSCONFIG_PATH: join(EXAMPLES, 'typescript', 'tsconfig.json'),
  }));
  reference = comparableConfig(join(out, 'stacks', 'evs-demo'));
});
afterAll(() => evs?.close());

/** The example's VM entitlements (through the VCENTER connector) and environment lookup applied. */
function expectEntitledAndFound(outputs: Record<string, unknown>): void {
  const vms = outputs.windows_vms as Array<{ vm_id: string; status: string }>;
  expect(vms.map((v) => [v.vm_id, v.status])).toEqual([['vm-1001', 'CREATED'], ['vm-1002', 'CREATED']]);
  expect(outputs.environment_state).toBe('CREATED');
}

function python(): string {
  return process.env.EVS_PYTHON ?? 'python3';
}

async function venvWith(name: string, packages: string[]): Promise<string> {
  const venv = join(work, name);
  await run(python(), ['-m', 'venv', venv], work, process.env);
  await run(join(venv, 'bin', 'pip'), ['install', '--quiet', ...packages], work, process.env, 600_000);
  return join(venv, 'bin', 'python');
}

describe('Python', () => {
  test('the cdktf wheel synthesizes the example like TypeScript and applies end to end', async () => {
    const py = await venvWith('venv-cdktf', [artifactsOf(CDKTF).wheel, CDKTF.pythonRuntime]);
    const out = join(work, 'py-cdktf');
    const env = cleanEnv(evs.url, { CDKTF_OUTDIR: out });
    await run(py, [join(EXAMPLES, 'python', 'main.py')], work, env);
    const stackDir = join(out, 'stacks', 'evs-demo');
    assertZeroConfigStack(stackDir);
    expect(comparableConfig(stackDir)).toEqual(reference);
    const outputs = await applyAndDestroy(listEngines()[0]!, stackDir, env);
    expect(outputs.vcenter_state).toBe('ACTIVE');
    expect(outputs.vcenter_connector_id).toMatch(/^cnctr-/);
    expectEntitledAndFound(outputs);
  });

  test('the environment example synthesizes with the prebuilt AWS bindings from PyPI exactly as the TypeScript one', async () => {
    const venv = join(work, 'venv-cdktf');
    await run(join(venv, 'bin', 'pip'), ['install', '--quiet', `cdktf-cdktf-provider-aws==${PROVIDER_AWS_VERSION}`], work, process.env, 600_000);
    const program = (language: string) => join(EXAMPLES, 'environment', language);
    const tsOut = join(work, 'env-ts');
    await run(process.execPath, ['--import', require.resolve('tsx'), join(program('typescript'), 'main.ts')], work, cleanEnv(evs.url, {
      CDKTF_OUTDIR: tsOut,
      TSX_TSCONFIG_PATH: join(program('typescript'), 'tsconfig.json'),
      NODE_PATH: exampleNodePath(),
    }));
    const pyOut = join(work, 'env-py');
    await run(join(venv, 'bin', 'python'), [join(program('python'), 'main.py')], work, cleanEnv(evs.url, { CDKTF_OUTDIR: pyOut }));
    const python = comparableConfig(join(pyOut, 'stacks', 'evs-environment'));
    expect(Object.keys((python as { resource: object }).resource)).toContain('aws_vpc');
    expect(python).toEqual(comparableConfig(join(tsOut, 'stacks', 'evs-environment')));
  });

  test('the cdktn wheel synthesizes the same program with PyPI cdktn', async () => {
    const py = await venvWith('venv-cdktn', [artifactsOf(CDKTN).wheel, CDKTN.pythonRuntime]);
    const program = readFileSync(join(EXAMPLES, 'python', 'main.py'), 'utf8')
      .replace('from cdktf import', 'from cdktn import')
      .replaceAll(CDKTF.pythonModule, CDKTN.pythonModule);
    const file = join(work, 'main_cdktn.py');
    writeFileSync(file, program);
    const out = join(work, 'py-cdktn');
    await run(py, [file], work, cleanEnv(evs.url, { CDKTF_OUTDIR: out }));
    const stackDir = join(out, 'stacks', 'evs-demo');
    assertZeroConfigStack(stackDir);
    expect(comparableConfig(stackDir)).toEqual(reference);
  });

  test('bad input is refused at synth from Python too, naming the property', async () => {
    const py = join(work, 'venv-cdktf', 'bin', 'python');
    const program = readFileSync(join(EXAMPLES, 'python', 'main.py'), 'utf8').replace('vcenter.example.internal', 'bad host');
    const file = join(work, 'bad.py');
    writeFileSync(file, program);
    // Named as Python spells it (the jsii runtime says it is Python), with the construct path and value.
    await expect(run(py, [file], work, cleanEnv(evs.url, { CDKTF_OUTDIR: join(work, 'py-bad') }))).rejects.toThrow(
      /evs-demo\/vcenter: invalid appliance_fqdn: "bad host" is not valid/,
    );
  });
});

/** Every process below `pid` (Linux: /proc/<pid>/task/<tid>/children). */
function descendants(pid: number): number[] {
  const tasks = join('/proc', String(pid), 'task');
  if (!existsSync(tasks)) return [];
  const children = readdirSync(tasks).flatMap((tid) => {
    try {
      return readFileSync(join(tasks, tid, 'children'), 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** Whether `pid` still runs (a zombie waiting for its reaper has ended). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(join('/proc', String(pid), 'stat'), 'utf8'));
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe("the Python package's evs-emulator command", () => {
  test('SIGTERM to it stops the local service it runs: it exits 0, the port closes and no process is left', async () => {
    const command = join(work, 'venv-cdktf', 'bin', 'evs-emulator');
    const started = launchService(command, ['--port', '0'], { env: cleanEnv('http://127.0.0.1:1') });
    const tree: number[] = [];
    try {
      const { child, url } = await started;
      const port = Number(new URL(url).port);
      tree.push(...descendants(child.pid!));
      expect(tree.length).toBeGreaterThan(0);
      expect(await portOpen(port)).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The wrapper has exited; what it started may take a moment to be reaped.
      await until('the processes the command started to end', async () => (tree.some(running) ? undefined : true), 20_000);
      expect(await portOpen(port)).toBe(false);
    } finally {
      started.child.kill('SIGKILL');
      for (const pid of tree.filter(running)) process.kill(pid, 'SIGKILL');
    }
  });
});

/** Copies the Go example to `name`, lets `adapt` rewrite it, builds it and runs it; returns the stack folder. */
async function synthGo(name: string, adapt: (dir: string, env: NodeJS.ProcessEnv) => Promise<void>): Promise<{ stackDir: string; env: NodeJS.ProcessEnv }> {
  const dir = join(work, name);
  cpSync(join(EXAMPLES, 'go'), dir, { recursive: true });
  const goEnv = { ...process.env, GOFLAGS: '-mod=mod' };
  await adapt(dir, goEnv);
  await run('go', ['mod', 'tidy'], dir, goEnv, 600_000);
  await run('go', ['build', '-o', join(dir, 'evs-demo'), '.'], dir, goEnv, 600_000);
  const out = join(work, `${name}-out`);
  const env = cleanEnv(evs.url, { CDKTF_OUTDIR: out });
  await run(join(dir, 'evs-demo'), [], dir, env);
  return { stackDir: join(out, 'stacks', 'evs-demo'), env };
}

/**
 * The example for cdktn, as a Go user changes it: the runtime's import path and package name, our
 * module's name, and go.mod's requirements, plus `replace` lines for the modules the proxy lacks.
 */
async function adaptToCdktn(dir: string, goEnv: NodeJS.ProcessEnv): Promise<void> {
  const main = join(dir, 'main.go');
  const source = readFileSync(main, 'utf8');
  writeFileSync(
    main,
    source
      .replaceAll(`"${CDKTF.goRuntimeModule}"`, `"${CDKTN.goRuntimeModule}"`)
      .replace(/\bcdktf\./g, 'cdktn.')
      .replaceAll(`${CDKTF.goModule}/`, `${CDKTN.goModule}/`),
  );
  const ours = `${CDKTN.goModule}/${CDKTN.goPackage}`;
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const runtimes = ensureGoRuntimes();
  await run('go', [
    'mod', 'edit',
    `-droprequire=${CDKTF.goRuntimeModule}`,
    `-droprequire=${CDKTF.goModule}/${CDKTF.goPackage}`,
    `-dropreplace=${CDKTF.goModule}/${CDKTF.goPackage}`,
    `-require=${ours}@v${version}`,
    `-replace=${ours}=${artifactsOf(CDKTN).goModule}`,
    ...runtimes.flatMap((m) => [`-require=${m.module}@${m.version}`, `-replace=${m.module}=${m.dir}`]),
  ], dir, goEnv);
}

describe('Go', () => {
  test('the cdktf Go module synthesizes the example like TypeScript and applies end to end', async () => {
    const { stackDir, env } = await synthGo('go-cdktf', async (dir) => {
      const gomod = readFileSync(join(dir, 'go.mod'), 'utf8').replace(/=> \S+$/m, `=> ${artifactsOf(CDKTF).goModule}`);
      writeFileSync(join(dir, 'go.mod'), gomod);
    });
    assertZeroConfigStack(stackDir);
    expect(comparableConfig(stackDir)).toEqual(reference);
    const outputs = await applyAndDestroy(listEngines()[0]!, stackDir, env);
    expect(outputs.vcenter_state).toBe('ACTIVE');
    expectEntitledAndFound(outputs);
    // Bad input from Go is named as Go spells it.
    await expect(run(join(work, 'go-cdktf', 'evs-demo'), [], work, cleanEnv(evs.url, { CDKTF_OUTDIR: join(work, 'go-bad'), EVS_ENVIRONMENT_ID: 'env-123' }))).rejects.toThrow(
      /evs-demo\/vcenter: invalid EnvironmentId: "env-123" is not valid/,
    );
  });

  test('the cdktn Go module, with the cdktn runtime generated from its npm package, synthesizes the example like TypeScript and applies end to end', async () => {
    const { stackDir, env } = await synthGo('go-cdktn', adaptToCdktn);
    const program = readFileSync(join(work, 'go-cdktn', 'main.go'), 'utf8');
    expect(program).not.toContain(CDKTF.goRuntimeModule);
    expect(program).not.toContain(CDKTF.goModule);
    const gomod = readFileSync(join(work, 'go-cdktn', 'go.mod'), 'utf8');
    expect(gomod).not.toContain(CDKTF.goRuntimeModule);
    assertZeroConfigStack(stackDir);
    // Synthesized by the cdktn runtime, not cdktf's.
    expect((JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8')) as { '//': { metadata: { version: string } } })['//'].metadata.version).toBe(CDKTN_DEV_DEPENDENCIES.cdktn);
    expect(comparableConfig(stackDir)).toEqual(reference);
    const outputs = await applyAndDestroy(listEngines()[0]!, stackDir, env);
    expect(outputs.vcenter_state).toBe('ACTIVE');
    expect(outputs.vcenter_connector_id).toMatch(/^cnctr-/);
  });
});

describe('npm', () => {
  test.each([CDKTF, CDKTN])('the $runtime tarball installs into a fresh project and synthesizes the example', async (v) => {
    const dir = join(work, `npm-${v.runtime}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'evs-demo', private: true }));
    const runtimeDeps = v.runtime === 'cdktf' ? ['cdktf@0.21.0', 'constructs@10.4.2'] : ['cdktn@0.24.0', 'constructs@10.7.2'];
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', artifactsOf(v).npmTarball, ...runtimeDeps], dir, process.env, 600_000);
    const source = readFileSync(join(EXAMPLES, 'typescript', 'main.ts'), 'utf8');
    const program = v.runtime === 'cdktf' ? source : swapRuntime(source).replaceAll(CDKTF.npmName, CDKTN.npmName);
    writeFileSync(join(dir, 'main.ts'), program);
    copyFileSync(join(ROOT, 'examples', 'typescript', 'tsconfig.json'), join(dir, 'tsconfig.json'));
    // The installed package, not the source: drop the in-repo path mapping.
    const tsconfig = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
    delete tsconfig.compilerOptions.paths;
    delete tsconfig.compilerOptions.baseUrl;
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const out = join(dir, 'cdktf.out');
    await run(process.execPath, ['--import', require.resolve('tsx'), 'main.ts'], dir, cleanEnv(evs.url, { CDKTF_OUTDIR: out }));
    const stackDir = join(out, 'stacks', 'evs-demo');
    assertZeroConfigStack(stackDir);
    expect(existsSync(join(dir, 'node_modules', ...v.npmName.split('/'), 'dist', 'provider', 'terraform-provider-evs'))).toBe(true);
    expect(comparableConfig(stackDir)).toEqual(reference);
    // The `./emulator` export: it runs, and its types resolve with both module resolutions.
    writeFileSync(
      join(dir, 'emulator.ts'),
      `import { startEmulator } from '${v.npmName}/emulator';\n` +
        'startEmulator({ durations: { createMs: 10 } }).then(async (e) => { const url: string = e.url; console.log(url); await e.close(); });\n',
    );
    expect(await run(process.execPath, ['--import', require.resolve('tsx'), 'emulator.ts'], dir, process.env)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/);
    for (const resolution of [['--module', 'commonjs', '--moduleResolution', 'node'], ['--module', 'node16', '--moduleResolution', 'node16']]) {
      await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--strict', '--skipLibCheck', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), ...resolution, 'emulator.ts'], dir, process.env);
    }
  });
});

/**
 * The README's programs, exactly as printed, each in a fresh folder with the release artifacts
 * beside it as the README says, its install and synth commands run as written (with the user's
 * npm, pip and Go caches); then the stack is applied and destroyed against the local EVS service,
 * which knows the README's example environment.
 */
describe('README programs', () => {
  const README_ENVIRONMENT = 'env-0123456789';
  beforeAll(async () => {
    await evs.control.seedEnvironments([{ id: README_ENVIRONMENT, state: 'CREATED', vcfVersion: 'SELF_DEPLOYED' }]);
  });

  /** Runs README shell lines with bash in `dir`, in the test's own environment (no AWS endpoint). */
  function bash(script: string, dir: string): Promise<string> {
    return run('bash', ['-euo', 'pipefail', '-c', script], dir, { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', GOFLAGS: '-mod=mod' }, 600_000);
  }

  async function applyReadmeStack(dir: string): Promise<void> {
    const stackDir = join(dir, 'cdktf.out', 'stacks', 'connectors');
    assertZeroConfigStack(stackDir);
    // The stack names no endpoint: AWS_ENDPOINT_URL_EVS (set by cleanEnv) points the engine here.
    expect(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8')).not.toMatch(/"endpoint"/);
    const created = async (): Promise<number> => (await evs.control.getCounters()).CreateEnvironmentConnector?.ok ?? 0;
    const before = await created();
    await applyAndDestroy(listEngines()[0]!, stackDir, cleanEnv(evs.url));
    expect(await created()).toBe(before + 1);
    expect((await evs.control.listConnectors()).filter((c) => c.environmentId === README_ENVIRONMENT && c.state !== 'DELETED')).toEqual([]);
  }

  /** The first line (the synth) of the README's `index`th shell block of a section. */
  const synthLine = (section: string, index: number): string => readmeBlocks(section, 'sh')[index]!.split('\n')[0]!;

  test('TypeScript', async () => {
    const dir = mkdtempSync(join(work, 'readme-ts-'));
    copyFileSync(artifactsOf(CDKTF).npmTarball, join(dir, basename(artifactsOf(CDKTF).npmTarball)));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'connectors', private: true }));
    writeFileSync(join(dir, 'main.ts'), readmeBlocks('TypeScript', 'ts')[0]!);
    await bash(`${readmeBlocks('TypeScript', 'sh')[0]}${synthLine('TypeScript', 1)}`, dir);
    await applyReadmeStack(dir);
  });

  test('Python', async () => {
    const dir = mkdtempSync(join(work, 'readme-py-'));
    copyFileSync(artifactsOf(CDKTF).wheel, join(dir, basename(artifactsOf(CDKTF).wheel)));
    writeFileSync(join(dir, 'main.py'), readmeBlocks('Python', 'python')[0]!);
    await bash(`${readmeBlocks('Python', 'sh')[0]}${synthLine('Python', 1)}`, dir);
    await applyReadmeStack(dir);
  });

  test('Go', async () => {
    const dir = mkdtempSync(join(work, 'readme-go-'));
    cpSync(artifactsOf(CDKTF).goModule, join(dir, 'evs-go'), { recursive: true });
    writeFileSync(join(dir, 'go.mod'), readmeBlocks('Go', '')[0]!);
    writeFileSync(join(dir, 'main.go'), readmeBlocks('Go', 'go')[0]!);
    await bash(synthLine('Go', 0), dir);
    await applyReadmeStack(dir);
  });
});
