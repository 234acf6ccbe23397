/**
 * `npm run demo`: starts the local EVS service, synthesizes the TypeScript example
 * (examples/typescript via cdktf.json's app), runs init / plan / apply with the engine in the
 * synthesized stack folder (no CLI configuration, no registry: the provider is in the stack's local
 * mirror), prints the connector (state, status, checks), destroys, and stops the service.
 * It uses the engine the user has (`terraform`, else `tofu`, on PATH) and never builds one.
 *
 *   node --import tsx scripts/constructs/demo.ts     (EVS_ENGINE=tofu to pick OpenTofu when both exist)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { listEngines, type Engine } from '../common/engines';
import { ROOT } from './variants';

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, quiet = false): Promise<string> {
  return new Promise((resolve, reject) => {
    console.log(`\n$ ${[cmd.split('/').pop(), ...args].join(' ')}`);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!quiet) process.stdout.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

function engines(): Engine[] {
  try {
    return listEngines();
  } catch {
    throw new Error(
      'npm run demo needs Terraform or OpenTofu: neither `terraform` nor `tofu` is on PATH. Install either one ' +
        '(or point EVS_ENGINES=terraform=/path/to/terraform at it) and run it again.',
    );
  }
}

async function main(): Promise<void> {
  const found = engines();
  const engine = found.find((e) => e.name === (process.env.EVS_ENGINE ?? 'terraform')) ?? found[0]!;
  const evs = await startEmulator({ durations: { createMs: 1000, updateMs: 1000, deleteMs: 1000 } });
  console.log(`local EVS service: ${evs.url} (engine: ${engine.name} ${engine.version})`);
  const outdir = mkdtempSync(join(tmpdir(), 'evs-demo-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
    CDKTF_OUTDIR: join(outdir, 'cdktf.out'),
    TSX_TSCONFIG_PATH: join(ROOT, 'examples', 'typescript', 'tsconfig.json'),
    AWS_ENDPOINT_URL_EVS: evs.url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
  };
  delete env.TF_CLI_CONFIG_FILE;
  try {
    await sh(process.execPath, ['--import', require.resolve('tsx'), join(ROOT, 'examples', 'typescript', 'main.ts')], outdir, env);
    const stack = join(outdir, 'cdktf.out', 'stacks', 'evs-demo');
    await sh(engine.path, ['init', '-input=false', '-no-color'], stack, env, true);
    await sh(engine.path, ['plan', '-input=false', '-no-color', '-out=tfplan'], stack, env);
    await sh(engine.path, ['apply', '-input=false', '-no-color', 'tfplan'], stack, env);
    const state = JSON.parse(await sh(engine.path, ['show', '-json'], stack, env, true)) as {
      values?: { root_module?: { resources?: Array<{ type: string; values: Record<string, unknown> }> } };
    };
    const connector = state.values?.root_module?.resources?.find((r) => r.type === 'evs_environment_connector');
    if (!connector) throw new Error('no connector in the state after apply');
    const { connector_id, state: st, status, checks } = connector.values;
    console.log('\nconnector:', JSON.stringify({ connector_id, state: st, status, checks }, null, 2));
    await sh(engine.path, ['destroy', '-auto-approve', '-input=false', '-no-color'], stack, env);
  } finally {
    await evs.close();
    rmSync(outdir, { recursive: true, force: true });
    console.log('\nlocal EVS service stopped');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
