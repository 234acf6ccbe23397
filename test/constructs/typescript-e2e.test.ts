/**
 * The TypeScript path end to end: the example program (from source) synthesizes, and the
 * synthesized stack is initialized, applied and destroyed by each engine against the local EVS
 * service with no CLI configuration and no registry. Also the cdktf matchers that run the engine.
 */
import './setup';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import type { RunningEmulator } from '../../src/emulator';
import { ConnectorSecret, ConnectorType, EnvironmentConnector, EvsProvider } from '../../src';
import { mirrorPlatforms, mirrorRelativePath } from '../../src/constructs/local-mirror';
import { engineTable } from '../support/engines';
import { applyAndDestroy, assertZeroConfigStack, cleanEnv, ROOT, run, SCRATCH, startLocalEvs } from './support';

let evs: RunningEmulator;
beforeAll(async () => {
  evs = await startLocalEvs();
  mkdirSync(SCRATCH, { recursive: true });
});
afterAll(() => evs?.close());

describe.each(engineTable())('TypeScript example with %s', (_title, engine) => {
  test('synth, then init/apply/destroy in the stack folder with no configuration', async () => {
    const out = mkdtempSync(join(SCRATCH, 'ts-'));
    try {
      mkdirSync(out, { recursive: true });
      const env = cleanEnv(evs.url, { CDKTF_OUTDIR: out, TSX_TSCONFIG_PATH: join(ROOT, 'examples', 'typescript', 'tsconfig.json') });
      await run(process.execPath, ['--import', require.resolve('tsx'), join(ROOT, 'examples', 'typescript', 'main.ts')], out, env);
      const stackDir = join(out, 'stacks', 'evs-demo');
      assertZeroConfigStack(stackDir);
      const outputs = await applyAndDestroy(engine, stackDir, env);
      expect(outputs.vcenter_connector_id).toMatch(/^cnctr-[a-zA-Z0-9]{10}$/);
      expect(outputs.vcenter_state).toBe('ACTIVE');
      expect(['PASSED', 'FAILED', 'UNKNOWN']).toContain(outputs.vcenter_status);
      expect(outputs.vcenter_healthy).toBe(outputs.vcenter_status === 'PASSED');
      expect((outputs.windows_vms as Array<{ vm_id: string; status: string }>).map((v) => `${v.vm_id} ${v.status}`)).toEqual(['vm-1001 CREATED', 'vm-1002 CREATED']);
      expect(outputs.environment_state).toBe('CREATED');
      expect((await evs.control.listConnectors()).filter((c) => c.state !== 'DELETED')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test('the stack mirror serves every platform a team uses: one package hash, so a lock file made here is accepted there', async () => {
  const engine = engineTable()[0]![1];
  const outdir = mkdtempSync(join(SCRATCH, 'lock-'));
  try {
    const app = new App({ outdir });
    new EvsProvider(new TerraformStack(app, 'lock'), 'evs', { region: 'us-east-1' });
    app.synth();
    const stackDir = join(outdir, 'stacks', 'lock');
    const platforms = mirrorPlatforms();
    expect(platforms).toEqual(expect.arrayContaining(['darwin_amd64', 'darwin_arm64', 'linux_amd64', 'linux_arm64']));
    for (const p of platforms) expect(existsSync(join(stackDir, mirrorRelativePath(p)))).toBe(true);
    const env = cleanEnv(evs.url);
    await run(engine.path, ['init', '-input=false', '-no-color'], stackDir, env);
    const lock = join(stackDir, '.terraform.lock.hcl');
    const before = readFileSync(lock, 'utf8');
    await run(engine.path, ['providers', 'lock', '-fs-mirror=terraform.d/plugins', ...platforms.map((p) => `-platform=${p}`)], stackDir, env);
    const after = readFileSync(lock, 'utf8');
    // Every platform's package hashes to what `init` recorded here: nothing to add.
    expect([...new Set(after.match(/h1:[A-Za-z0-9+/=]+/g))]).toEqual([...new Set(before.match(/h1:[A-Za-z0-9+/=]+/g))]);
    expect(after.match(/h1:/g)).toHaveLength(1);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
});

describe('cdktf matchers with the real engine', () => {
  function stack(): TerraformStack {
    const app = Testing.app();
    const s = new TerraformStack(app, 'matchers');
    new EvsProvider(s, 'evs', { region: 'us-east-1', endpoint: evs.url, accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: 'secret' });
    new EnvironmentConnector(s, 'vcenter', {
      environmentId: 'env-0000000001',
      type: ConnectorType.VCENTER,
      applianceFqdn: 'vcenter.example.internal',
      secret: ConnectorSecret.fromName('evs/vcenter'),
    });
    return s;
  }

  test('toBeValidTerraform', () => {
    expect(Testing.fullSynth(stack())).toBeValidTerraform();
  });

  test('toPlanSuccessfully', () => {
    expect(Testing.fullSynth(stack())).toPlanSuccessfully();
  });

  test('an App places the provider into every stack it synthesizes', () => {
    const outdir = mkdtempSync(join(SCRATCH, 'app-'));
    try {
      const app = new App({ outdir });
      for (const name of ['one', 'two']) {
        const s = new TerraformStack(app, name);
        new EvsProvider(s, 'evs', { region: 'us-east-1' });
      }
      app.synth();
      assertZeroConfigStack(join(outdir, 'stacks', 'one'));
      assertZeroConfigStack(join(outdir, 'stacks', 'two'));
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
