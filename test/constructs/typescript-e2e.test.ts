/**
 * The TypeScript path end to end: the example program (from source) synthesizes, and the
 * synthesized stack is initialized, applied and destroyed by each engine against the local EVS
 * service with no CLI configuration and no registry. Also the cdktf matchers that run the engine.
 */
import './setup';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import type { RunningEmulator } from '../../src/emulator';
import { ConnectorSecret, ConnectorType, EnvironmentConnector, EvsProvider } from '../../src';
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
      expect((await evs.control.listConnectors()).filter((c) => c.state !== 'DELETED')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
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
