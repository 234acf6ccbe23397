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
function sdkModulesAfter(then: string, env: NodeJS.ProcessEnv = {}): string[] {
  const script = `
    const { createProvider } = require(${JSON.stringify(path.join(ROOT, 'src/provider/provider.ts'))});
    const provider = createProvider();
    const { nullObject } = require(${JSON.stringify(path.join(ROOT, 'src/provider/framework/schema.ts'))});
    const { providerSchema } = require(${JSON.stringify(path.join(ROOT, 'src/provider/config/schema.ts'))});
    const configure = async (config) => {
      const diags = await provider.configureProvider({ config: { ...nullObject(providerSchema), ...config }, terraformVersion: '1.11.4' });
      if (diags.length) throw new Error(JSON.stringify(diags));
    };
    (async () => {
      ${then}
      const loaded = Object.keys(require.cache).filter((f) => /[\\\\/](src[\\\\/]evs[\\\\/](?!constraints|vlan-rules|ipv4)|@smithy[\\\\/]|@aws-sdk[\\\\/])/.test(f));
      process.stdout.write(JSON.stringify(loaded));
    })();
  `;
  // No AWS configuration of the machine running the tests counts.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
  const noFiles = { AWS_CONFIG_FILE: '/nonexistent/aws/config', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials', AWS_EC2_METADATA_DISABLED: 'true' };
  return JSON.parse(
    execFileSync(process.execPath, ['--import', TSX_LOADER, '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...clean, ...noFiles, ...env } }),
  ) as string[];
}

/** What ConfigureProvider may load without the SDK: where region and credentials come from, and the names logs hide. */
const CONFIGURE_ONLY = /src[\\/]evs[\\/](sources|sensitive)\.ts$/;
/** The client and what only requests need: middleware, signing, HTTP, endpoints, commands. */
const CLIENT = /src[\\/]evs[\\/](client|index|settings|commands)|@aws-sdk[\\/]middleware-|@smithy[\\/](smithy-client|middleware-|signature-v4|node-http-handler|util-endpoints)/;
const STATIC_KEYS = `{ region: 'us-east-1', access_key: 'AKIAEXAMPLE000000000', secret_key: 'not-a-secret' }`;

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

  it('is not loaded by ConfigureProvider with a region and static keys', () => {
    const loaded = sdkModulesAfter(`await configure(${STATIC_KEYS});`);
    expect(loaded.filter((f) => !CONFIGURE_ONLY.test(f))).toEqual([]);
  });

  it('only its credential chain loads when ConfigureProvider resolves credentials, not the client', () => {
    const loaded = sdkModulesAfter(`await configure({ region: 'us-east-1' });`, {
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE000000000',
      AWS_SECRET_ACCESS_KEY: 'not-a-secret',
    });
    expect(loaded.some((f) => /@aws-sdk[\\/]credential-provider-node[\\/]/.test(f))).toBe(true);
    expect(loaded.filter((f) => CLIENT.test(f))).toEqual([]);
  });

  it('is loaded at the first API call', () => {
    const loaded = sdkModulesAfter(`
      await configure({ ...${STATIC_KEYS}, endpoint: 'http://127.0.0.1:9', max_retries: 0 });
      const { versionsDataSourceSchema } = require(${JSON.stringify(path.join(ROOT, 'src/provider/resources/versions/schema.ts'))});
      // Nothing listens there: the call fails, after the client was built and sent it.
      await provider.readDataSource({ typeName: 'evs_versions', config: nullObject(versionsDataSourceSchema) });
    `);
    expect(loaded.some((f) => /src[\\/]evs[\\/]client/.test(f))).toBe(true);
    expect(loaded.some((f) => /@smithy[\\/]smithy-client/.test(f))).toBe(true);
  });
});
