import { execFileSync } from 'child_process';
import * as path from 'path';
import { TSX_LOADER } from './support/plugin-process';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Loads the provider in a fresh Node, optionally runs `then`, and lists which of the modules that
 * only API calls need were loaded: the EVS client (src/evs) and the AWS SDK (@smithy, @aws-sdk).
 * The plan-time rules in src/evs (the constraint table, the VLAN layout rules and their IPv4
 * arithmetic) are pure and needed to validate, so they may load.
 */
function sdkModulesAfter(then: string): string[] {
  const script = `
    const { createProvider } = require(${JSON.stringify(path.join(ROOT, 'src/provider/provider.ts'))});
    const provider = createProvider();
    (async () => {
      ${then}
      const loaded = Object.keys(require.cache).filter((f) => /[\\\\/](src[\\\\/]evs[\\\\/](?!constraints|vlan-rules|ipv4)|@smithy[\\\\/]|@aws-sdk[\\\\/])/.test(f));
      process.stdout.write(JSON.stringify(loaded));
    })();
  `;
  return JSON.parse(execFileSync(process.execPath, ['--import', TSX_LOADER, '-e', script], { cwd: ROOT, encoding: 'utf8' })) as string[];
}

describe('the AWS SDK loads lazily', () => {
  it('is not loaded to answer the schema and validate a configuration', () => {
    const loaded = sdkModulesAfter(`
      provider.schemas();
      await provider.validateProviderConfig({});
      await provider.validateResourceConfig('evs_environment_connector', {});
      await provider.validateDataResourceConfig('evs_environment_connectors', {});
    `);
    expect(loaded).toEqual([]);
  });

  it('is loaded once the provider is configured', () => {
    const loaded = sdkModulesAfter(`
      const { nullObject } = require(${JSON.stringify(path.join(ROOT, 'src/provider/framework/schema.ts'))});
      const { providerSchema } = require(${JSON.stringify(path.join(ROOT, 'src/provider/config/schema.ts'))});
      const diags = await provider.configureProvider({
        config: { ...nullObject(providerSchema), region: 'us-east-1', access_key: 'AKIAEXAMPLE000000000', secret_key: 'not-a-secret' },
        terraformVersion: '1.11.4',
      });
      if (diags.length) throw new Error(JSON.stringify(diags));
    `);
    expect(loaded.some((f) => /src[\\/]evs[\\/]client/.test(f))).toBe(true);
    expect(loaded.some((f) => /@smithy[\\/]/.test(f))).toBe(true);
  });
});
