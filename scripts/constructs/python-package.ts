/**
 * The Python wheel and sdist, built from jsii-pacmak's generated source with its commands fixed.
 *
 * pacmak makes each package command (`evs-emulator`) a Python script that runs the Node.js program
 * with `subprocess.run` and handles no signal: a SIGTERM ended Python and left the service running,
 * orphaned. The generated script is kept (it knows how to load the assembly); only its call is
 * routed through `run_forwarding_signals`, which stays the program's parent, passes SIGTERM,
 * SIGINT and SIGHUP on and exits with its status. The build then does what pacmak's own does: a
 * venv with pacmak's build requirements, `python -m build`, `twine check`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type Variant } from './variants';

const GENERATED_CALL = '__jsii_assembly__.invokeBinScript(';

const RUNNER = `
import signal
import subprocess


def run_forwarding_signals(pkgname, script, args):
    # Runs the Node.js program as jsii's invokeBinScript does, but stays its parent: SIGTERM,
    # SIGINT and SIGHUP reach it, and it ends before this process does (no orphaned service).
    command = jsii.kernel.getBinScriptCommand(pkgname, script, args)
    pending = []
    child = None

    def forward(signum, _frame):
        if child is None:
            pending.append(signum)
        else:
            child.send_signal(signum)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), forward)
    child = subprocess.Popen([command.command, *command.args], env=command.env)
    for signum in pending:
        child.send_signal(signum)
    status = child.wait()
    return status if status >= 0 else 128 - status

`;

/** Routes every generated command script under `source` through the signal-forwarding runner. */
export function fixCommandScripts(source: string): string[] {
  const fixed: string[] = [];
  for (const pkg of readdirSync(join(source, 'src'))) {
    const bin = join(source, 'src', pkg, '_jsii', 'bin');
    if (!existsSync(bin)) continue;
    for (const name of readdirSync(bin)) {
      const file = join(bin, name);
      const text = readFileSync(file, 'utf8');
      const at = text.indexOf('__jsii_assembly__ = ');
      if (at < 0 || !text.includes(GENERATED_CALL)) {
        throw new Error(`${file} is not the command script this build knows how to fix (jsii-pacmak changed its template?)`);
      }
      writeFileSync(file, text.slice(0, at) + RUNNER.trimStart() + '\n' + text.slice(at).replace(GENERATED_CALL, 'run_forwarding_signals('));
      fixed.push(file);
    }
  }
  return fixed;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  console.error(`build-constructs: (in ${cwd}) ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

/** pacmak's Python source for `v` (code only), its commands fixed, built into `outDir`. */
export function packPython(v: Variant, outDir: string): void {
  const staging = join(ROOT, 'build', 'python-source', v.runtime);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  run(join(ROOT, 'node_modules', '.bin', 'jsii-pacmak'), [v.packageDir, '--outdir', staging, '--targets', 'python', '--code-only', '--rosetta-unknown-snippets', 'verbatim'], ROOT);
  const source = join(staging, 'python');
  if (fixCommandScripts(source).length === 0) throw new Error(`no command scripts in ${source}: the package's bin entries are missing`);
  const venv = mkdtempSync(join(staging, '.env-'));
  run(process.env.EVS_PYTHON ?? 'python3', ['-m', 'venv', '--system-site-packages', venv], staging);
  const env = { ...process.env, PATH: `${join(venv, 'bin')}:${process.env.PATH}`, VIRTUAL_ENV: venv };
  const python = join(venv, 'bin', 'python');
  const requirements = join(ROOT, 'node_modules', 'jsii-pacmak', 'lib', 'targets', 'python', 'requirements-dev.txt');
  run(python, ['-m', 'pip', 'install', '--quiet', '--no-input', '-r', requirements], source, env);
  mkdirSync(outDir, { recursive: true });
  run(python, ['-m', 'build', '--outdir', outDir, source], source, env);
  const built = readdirSync(outDir).filter((f) => f.endsWith('.whl') || f.endsWith('.tar.gz'));
  run(python, ['-m', 'twine', 'check', ...built.map((f) => join(outDir, f))], source, env);
}
