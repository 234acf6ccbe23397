/**
 * The engines under test and what each is tested for. The feature table (scripts/common/engines.ts)
 * is checked against the binaries themselves; under CI all three engines must be there: Terraform
 * 1.11 (neither identity nor lists), Terraform ≥ 1.14 (both) and OpenTofu ≥ 1.12 (identity).
 */
import { execFileSync } from 'node:child_process';
import { engineFeatures, listEngines } from '../support/engines';

const engines = listEngines();

test.each(engines.map((e) => [`${e.name} ${e.version}`, e] as const))('%s: list resources exactly when the table says so', (_t, engine) => {
  let hasQuery: boolean;
  try {
    execFileSync(engine.path, ['query', '-help'], { stdio: 'pipe', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
    hasQuery = true;
  } catch {
    hasQuery = false;
  }
  expect(hasQuery).toBe(engineFeatures(engine).listResources);
});

test('the feature table', () => {
  expect(engineFeatures({ name: 'terraform', version: '1.11.4' })).toEqual({ identity: false, listResources: false });
  expect(engineFeatures({ name: 'terraform', version: '1.12.0' })).toEqual({ identity: true, listResources: false });
  expect(engineFeatures({ name: 'terraform', version: '1.15.0' })).toEqual({ identity: true, listResources: true });
  expect(engineFeatures({ name: 'tofu', version: '1.12.6' })).toEqual({ identity: true, listResources: false });
});

/** Under CI (`.ci/run` sets CI=true) the newest Terraform comes from the build kit and must be there. */
test('the engines cover every protocol feature the provider serves (required under CI)', () => {
  const kinds = {
    'Terraform without identity (1.11)': engines.some((e) => e.name === 'terraform' && !engineFeatures(e).identity),
    'Terraform with list resources (>= 1.14)': engines.some((e) => e.name === 'terraform' && engineFeatures(e).listResources),
    'OpenTofu with identity (>= 1.12)': engines.some((e) => e.name === 'tofu' && engineFeatures(e).identity),
  };
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const missing = Object.entries(kinds).filter(([, present]) => !present).map(([kind]) => kind);
  if (ci) expect(missing).toEqual([]);
  else expect(missing.length).toBeLessThan(Object.keys(kinds).length);
});
