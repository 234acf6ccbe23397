/**
 * The packages users install, tested from the release artifacts (not the source tree):
 * - the Python wheel in a fresh venv with PyPI `cdktf` (and the cdktn wheel with PyPI `cdktn`);
 * - the Go modules through `replace` lines to dist/<runtime>/go/evs (for cdktn also to its runtime
 *   modules, generated from the npm packages by scripts/constructs/go-runtimes.ts);
 * - the npm tarball installed into a fresh TypeScript project;
 * each runs the same example and must synthesize the same cdk.tf.json apart from metadata, with the
 * provider in the stack's local mirror; the Python and Go programs are applied end to end against
 * the local EVS service.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { artifactsOf, buildArtifacts } from '../../scripts/constructs/artifacts';
import { ensureGoRuntimes } from '../../scripts/constructs/go-runtimes';
import { CDKTN_DEV_DEPENDENCIES, swapRuntime } from '../../scripts/constructs/stage-cdktn';
import { CDKTF, CDKTN } from '../../scripts/constructs/variants';
import { listEngines } from '../support/engines';
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
    await expect(run(py, [file], work, cleanEnv(evs.url, { CDKTF_OUTDIR: join(work, 'py-bad') }))).rejects.toThrow(
      /invalid applianceFqdn: "bad host" is not valid/,
    );
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
  });
});
