/**
 * End-to-end harness: a temporary Terraform/OpenTofu working directory that uses the real bundled
 * provider through a filesystem mirror (placed there by the project's own `install` code), a CLI
 * config that allows nothing else (offline), and the engine run as a real child process with
 * automation-friendly settings and fake AWS credentials pointing at the local EVS service.
 *
 * One mirror and one `init` per engine are shared by every workspace of a test file: `init` runs for
 * real once, and each workspace gets a copy of its `.terraform` directory and lock file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { PROVIDER_EXECUTABLE, PROVIDER_SOURCE, PROVIDER_VERSION } from '../../src/names';
import { DEFAULT_HOSTS, installProvider } from '../../src/provider/install';
import { pathWithoutNodeModules, supportedNode } from '../../scripts/common/node';
import type { Engine } from './engines';

const repoRoot = resolve(__dirname, '..', '..');
export const PROVIDER_BUNDLE = join(repoRoot, 'dist', 'provider', PROVIDER_EXECUTABLE);
export const FIXTURES = join(repoRoot, 'test', 'e2e', 'fixtures');

/** Credentials the local EVS service accepts (it checks the SigV4 shape, not the secret). */
export const FAKE_AWS = {
  AWS_ACCESS_KEY_ID: 'AKIAEVSE2ETESTKEY000',
  AWS_SECRET_ACCESS_KEY: 'e2e-secret-access-key-not-real-000000000',
  AWS_REGION: 'us-east-1',
} as const;

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** A running engine command (for tests that interrupt it). */
export interface RunningCommand {
  readonly child: ChildProcess;
  /** Output so far. */
  output(): string;
  /** Resolves once `pattern` appears in stdout or stderr. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends a signal to the engine's whole process group, as a terminal's Ctrl-C does. */
  signal(sig: NodeJS.Signals): void;
  readonly done: Promise<RunResult>;
}

let sharedRoot: string | undefined;
/** Per-process scratch directory, removed at exit. */
function scratch(): string {
  if (!sharedRoot) {
    const root = mkdtempSync(join(tmpdir(), 'evs-e2e-'));
    sharedRoot = root;
    process.once('exit', () => {
      if (process.env.EVS_E2E_KEEP) return;
      rmSync(root, { recursive: true, force: true });
    });
  }
  return sharedRoot;
}

let mirror: { dir: string; cliConfig: string } | undefined;
/** The filesystem mirror with the bundled provider and a CLI config that uses only it. */
export function providerMirror(): { dir: string; cliConfig: string } {
  if (mirror) return mirror;
  if (!existsSync(PROVIDER_BUNDLE)) {
    throw new Error(`${PROVIDER_BUNDLE} is missing: run \`npm run build:provider\` (npm test does it in pretest).`);
  }
  const dir = join(scratch(), 'mirror');
  installProvider({ dir, binary: PROVIDER_BUNDLE });
  const cliConfig = join(scratch(), 'cli.tfrc');
  const include = DEFAULT_HOSTS.map((h) => JSON.stringify(`${h}/${PROVIDER_SOURCE}`)).join(', ');
  writeFileSync(
    cliConfig,
    `# Offline: the evs provider from the local mirror, nothing from any registry.\n` +
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(dir)}\n    include = [${include}]\n  }\n}\n`,
  );
  mirror = { dir, cliConfig };
  return mirror;
}

/** The environment an engine runs with: the host's, minus anything Terraform/AWS, plus ours. */
export function engineEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(TF_|AWS_|CHECKPOINT_)/.test(k)) continue;
    env[k] = v;
  }
  const none = join(scratch(), 'no-such-aws-file');
  Object.assign(env, {
    // The provider's `#!/usr/bin/env node` runs the machine's Node when it is supported, else the
    // devDependency Node 22 (never whatever npm linked into node_modules/.bin); tests that want
    // another Node put it first on PATH.
    PATH: `${dirname(supportedNode())}${delimiter}${pathWithoutNodeModules(process.env.PATH)}`,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    TF_CLI_CONFIG_FILE: providerMirror().cliConfig,
    // Never read the developer's AWS files: the run is hermetic.
    AWS_CONFIG_FILE: none,
    AWS_SHARED_CREDENTIALS_FILE: none,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...FAKE_AWS,
  });
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs a command to completion, capturing output; never rejects on a non-zero exit. */
export function runCommand(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): RunningCommand {
  const started = Date.now();
  // Own process group, so a signal can reach the engine and its provider processes together and a
  // timeout can kill everything it started.
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  const notify = (): void => waiters.splice(0).forEach((w) => w());
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    notify();
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    notify();
  });
  const killGroup = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  const timeoutMs = opts.timeoutMs ?? 240_000;
  const timer = setTimeout(() => {
    stderr += `\n[harness] ${cmd} ${args.join(' ')} killed after ${timeoutMs} ms\n`;
    killGroup('SIGKILL');
  }, timeoutMs);
  const done = new Promise<RunResult>((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      notify();
      ok({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
  return {
    child,
    output: () => stdout + stderr,
    signal: killGroup,
    done,
    waitFor(pattern, waitMs = 60_000) {
      return new Promise<void>((ok, fail) => {
        const deadline = setTimeout(
          () => fail(new Error(`timed out after ${waitMs} ms waiting for ${pattern} in:\n${stdout}\n${stderr}`)),
          waitMs,
        );
        const check = (): void => {
          if (pattern.test(stdout) || pattern.test(stderr)) {
            clearTimeout(deadline);
            ok();
          } else if (child.exitCode !== null || child.signalCode !== null) {
            clearTimeout(deadline);
            fail(new Error(`command ended before ${pattern} appeared:\n${stdout}\n${stderr}`));
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

const templates = new Map<string, Promise<string>>();
/** One real `init` per engine per test file; workspaces copy its result. */
function initTemplate(engine: Engine): Promise<string> {
  let t = templates.get(engine.path);
  if (!t) {
    t = (async () => {
      const dir = join(scratch(), `init-${engine.name}-${engine.version}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'versions.tf'),
        `terraform {\n  required_providers {\n    evs = {\n      source  = "${PROVIDER_SOURCE}"\n      version = "${PROVIDER_VERSION}"\n    }\n  }\n}\n`,
      );
      const r = await runCommand(engine.path, ['init', '-input=false', '-no-color'], { cwd: dir, env: engineEnv() }).done;
      if (r.code !== 0) throw new Error(`${engine.name} init failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
      return dir;
    })();
    templates.set(engine.path, t);
  }
  return t;
}

/** What `show -json` says about one resource instance or data source. */
export interface StateResource {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly values: Record<string, unknown>;
  readonly sensitive_values?: Record<string, unknown>;
  readonly tainted?: boolean;
}

export interface WorkspaceOptions {
  /** Directory under test/e2e/fixtures (or an absolute directory) whose `*.tf` files make up the configuration. */
  readonly fixture: string;
  /** Endpoint of the local EVS service (TF_VAR_endpoint). */
  readonly endpoint: string;
  /** Input variables, written to terraform.tfvars.json. */
  readonly vars?: Record<string, unknown>;
  /**
   * Extra environment for every command (e.g. another TF_CLI_CONFIG_FILE, HOME or PATH). When set,
   * the workspace runs its own `init` instead of copying the shared one.
   */
  readonly env?: Record<string, string | undefined>;
}

export class Workspace {
  private vars: Record<string, unknown>;

  private constructor(
    readonly engine: Engine,
    readonly dir: string,
    private readonly endpoint: string,
    vars: Record<string, unknown>,
    private readonly extraEnv: Record<string, string | undefined>,
  ) {
    this.vars = vars;
    this.writeVars();
  }

  static async create(engine: Engine, opts: WorkspaceOptions): Promise<Workspace> {
    const dir = mkdtempSync(join(scratch(), `${engine.name}${engine.version}-${opts.fixture.replace(/\W+/g, '_').slice(-40)}-`));
    const ws = new Workspace(engine, dir, opts.endpoint, opts.vars ?? {}, opts.env ?? {});
    ws.useFixture(opts.fixture);
    if (opts.env) {
      await ws.ok(['init']);
    } else {
      const template = await initTemplate(engine);
      cpSync(join(template, '.terraform'), join(dir, '.terraform'), { recursive: true, verbatimSymlinks: true });
      cpSync(join(template, '.terraform.lock.hcl'), join(dir, '.terraform.lock.hcl'));
    }
    return ws;
  }

  /**
   * Replaces the configuration with another fixture's (state and init stay). A fixture name gets
   * the shared provider block from fixtures/common; an absolute directory (an example) is used alone.
   */
  useFixture(fixture: string): void {
    for (const f of readdirSync(this.dir)) if (f.endsWith('.tf')) rmSync(join(this.dir, f));
    const sources = isAbsolute(fixture) ? [fixture] : [join(FIXTURES, 'common'), join(FIXTURES, fixture)];
    for (const src of sources) {
      for (const f of readdirSync(src)) if (f.endsWith('.tf')) cpSync(join(src, f), join(this.dir, f));
    }
  }

  /** Writes an extra .tf file into the working directory (e.g. an `import` block). */
  writeFile(name: string, content: string): void {
    writeFileSync(join(this.dir, name), content);
  }

  removeFile(name: string): void {
    rmSync(join(this.dir, name), { force: true });
  }

  /** The input variables as they are now (for a second workspace over the same configuration). */
  currentVars(): Record<string, unknown> {
    return { ...this.vars };
  }

  setVars(vars: Record<string, unknown>): void {
    this.vars = { ...this.vars, ...vars };
    this.writeVars();
  }

  private writeVars(): void {
    writeFileSync(join(this.dir, 'terraform.tfvars.json'), JSON.stringify({ endpoint: this.endpoint, ...this.vars }, null, 2));
  }

  env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    return engineEnv({ ...this.extraEnv, ...extra });
  }

  /** Starts an engine command; `-no-color` and `-input=false` are added where the command takes them. */
  start(args: readonly string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): RunningCommand {
    const [cmd, ...rest] = args;
    const flags: string[] = ['-no-color'];
    if (['apply', 'plan', 'destroy', 'import', 'refresh', 'init'].includes(cmd!)) flags.push('-input=false');
    return runCommand(this.engine.path, [cmd!, ...flags, ...rest], { cwd: this.dir, env: this.env(opts.env), timeoutMs: opts.timeoutMs });
  }

  run(args: readonly string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunResult> {
    return this.start(args, opts).done;
  }

  /** Runs and fails the test with the engine's full output unless it exits 0. */
  async ok(args: readonly string[], opts: { env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<RunResult> {
    const r = await this.run(args, opts);
    if (r.code !== 0) {
      throw new Error(`${this.engine.name} ${args.join(' ')} exited ${r.code ?? r.signal}:\n${r.stdout}\n${r.stderr}`);
    }
    return r;
  }

  apply(extra: readonly string[] = []): Promise<RunResult> {
    return this.ok(['apply', '-auto-approve', ...extra]);
  }

  destroy(extra: readonly string[] = []): Promise<RunResult> {
    return this.ok(['destroy', '-auto-approve', ...extra]);
  }

  /** `plan -detailed-exitcode`: 0 no changes, 2 changes; anything else throws. */
  async planExitCode(extra: readonly string[] = []): Promise<{ code: 0 | 2; result: RunResult }> {
    const result = await this.run(['plan', '-detailed-exitcode', ...extra]);
    if (result.code !== 0 && result.code !== 2) {
      throw new Error(`${this.engine.name} plan failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    }
    return { code: result.code, result };
  }

  /** Saved plan as JSON (`plan -out` + `show -json`). */
  async planJson(extra: readonly string[] = []): Promise<PlanJson> {
    await this.ok(['plan', '-out=e2e.tfplan', ...extra]);
    const r = await this.ok(['show', '-json', 'e2e.tfplan']);
    return JSON.parse(r.stdout) as PlanJson;
  }

  /** Every resource and data source in state, from `show -json`. */
  async state(): Promise<StateResource[]> {
    const r = await this.ok(['show', '-json']);
    const doc = JSON.parse(r.stdout) as { values?: { root_module?: { resources?: StateResource[] } } };
    return doc.values?.root_module?.resources ?? [];
  }

  async resource(address: string): Promise<StateResource | undefined> {
    return (await this.state()).find((r) => r.address === address);
  }

  async outputs(): Promise<Record<string, unknown>> {
    const r = await this.ok(['output', '-json']);
    const doc = JSON.parse(r.stdout) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v.value]));
  }

  /** The raw state file (instance status such as `tainted` lives here). */
  rawState(): RawState | undefined {
    const p = join(this.dir, 'terraform.tfstate');
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as RawState) : undefined;
  }

  /** Status of a managed resource instance in the raw state (`tainted` or undefined), or 'absent'. */
  instanceStatus(type: string, name: string): 'tainted' | 'ok' | 'absent' {
    const res = this.rawState()?.resources?.find((r) => r.mode === 'managed' && r.type === type && r.name === name);
    const inst = res?.instances?.[0];
    if (!inst) return 'absent';
    return inst.status === 'tainted' ? 'tainted' : 'ok';
  }
}

export interface RawState {
  resources?: Array<{
    mode: string;
    type: string;
    name: string;
    instances?: Array<{
      index_key?: number | string;
      status?: string;
      schema_version?: number;
      attributes?: Record<string, unknown>;
      identity?: Record<string, unknown>;
      identity_schema_version?: number;
    }>;
  }>;
}

export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly change: {
    readonly actions: string[];
    readonly before: Record<string, unknown> | null;
    readonly after: Record<string, unknown> | null;
    readonly replace_paths?: unknown[];
  };
  readonly action_reason?: string;
}

export interface PlanJson {
  readonly resource_changes?: ResourceChange[];
  readonly resource_drift?: ResourceChange[];
}

/** The actions planned for an address, e.g. `['update']`, `['delete','create']`; `[]` when absent. */
export function actionsFor(plan: PlanJson, address: string): string[] {
  return plan.resource_changes?.find((c) => c.address === address)?.change.actions ?? [];
}
