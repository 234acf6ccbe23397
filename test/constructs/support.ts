/**
 * Helpers for the construct library's end-to-end tests: run a synthesized stack with a real engine
 * (no CLI configuration, no registry, a fresh HOME) against the local EVS service.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { Engine } from '../support/engines';

export const ROOT = join(__dirname, '..', '..');
export const SCRATCH = join(ROOT, 'build', 'test-constructs');

/** Short lifecycle so an apply finishes in seconds. */
export function startLocalEvs(): Promise<RunningEmulator> {
  return startEmulator({ durations: { createMs: 300, updateMs: 300, deleteMs: 300 } });
}

/** What the program and the engine see: the local service, fake keys, nothing from the user's HOME. */
export function cleanEnv(endpoint: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'evs-home-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    CHECKPOINT_DISABLE: '1',
    // Read by the provider at apply; the programs synthesize the same stack with or without it.
    AWS_ENDPOINT_URL_EVS: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    ...extra,
  };
  return env;
}

const execFileAsync = promisify(execFile);

/**
 * Runs a command without blocking the event loop: the local EVS service lives in this process and
 * must keep answering while the engine works.
 */
export async function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 300_000): Promise<string> {
  try {
    const { stdout } = await execFileAsync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
    return stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** init → apply → outputs → destroy, in the synthesized stack folder, exactly as a user types it. */
export async function applyAndDestroy(engine: Engine, stackDir: string, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  // No registry, no CLI config: init must find the provider in terraform.d/plugins.
  await run(engine.path, ['init', '-input=false', '-no-color'], stackDir, env);
  await run(engine.path, ['apply', '-auto-approve', '-input=false', '-no-color'], stackDir, env);
  const outputs = JSON.parse(await run(engine.path, ['output', '-json'], stackDir, env)) as Record<string, { value: unknown }>;
  await run(engine.path, ['destroy', '-auto-approve', '-input=false', '-no-color'], stackDir, env);
  return Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, v.value]));
}

/** cdk.tf.json without what legitimately differs between languages (metadata, stack traces). */
export function comparableConfig(stackDir: string): unknown {
  const json = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8')) as Record<string, unknown>;
  delete json['//'];
  // cdktf's default local backend names the state file by the program's working directory.
  const backend = (json.terraform as { backend?: { local?: { path?: string } } } | undefined)?.backend?.local;
  if (backend?.path) backend.path = basename(backend.path);
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([k]) => k !== '//')
          .map(([k, x]) => [k, strip(x)]),
      );
    }
    return v;
  };
  return strip(json);
}

export function mirrorExecutable(stackDir: string): string {
  return join(stackDir, 'terraform.d', 'plugins', 'registry.terraform.io', 'evslabs', 'evs', '0.1.0', 'linux_amd64', 'terraform-provider-evs_v0.1.0');
}

export function assertZeroConfigStack(stackDir: string): void {
  if (!existsSync(mirrorExecutable(stackDir))) throw new Error(`no provider in the implied local mirror of ${stackDir}`);
}
