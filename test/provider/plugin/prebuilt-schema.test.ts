/**
 * The bundle answers GetProviderSchema from bytes encoded at build time, without building the
 * provider: the answer is the provider's own, and the provider still serves everything else in
 * the same process.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ProviderService } from '../../../src/provider/plugin/provider-service';
import { createProvider } from '../../../src/provider/provider';
import { serviceDefinitions } from '../../../src/provider/protocol/grpc-definitions';
import { PROVIDER_BUNDLE } from '../../support/workspace';
import { connect, makeClientIdentity, startPlugin, unary, type PluginProcess } from '../support/plugin-process';

let plugin: PluginProcess | undefined;
let cacheHome: string;
afterEach(async () => {
  plugin?.child.kill('SIGKILL');
  if (plugin) await plugin.exited;
  fs.rmSync(cacheHome, { recursive: true, force: true });
});

test('the bundle serves the provider\'s own schema, then builds the provider for the next RPC', async () => {
  const engineCert = await makeClientIdentity();
  cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-prebuilt-schema-'));
  plugin = await startPlugin({ command: [PROVIDER_BUNDLE], clientCertPem: engineCert.certPem, env: { XDG_CACHE_HOME: cacheHome } });
  const method = serviceDefinitions()['tfplugin6.Provider']['GetProviderSchema']!;
  const live = await new ProviderService(createProvider()).handlers['GetProviderSchema']!({});
  const expected = method.responseDeserialize((method.responseSerialize as (v: unknown) => Buffer)(live));
  const c = connect(plugin.handshake, engineCert);
  try {
    expect(await unary(c.provider, 'GetProviderSchema', {})).toEqual(expected);
    const metadata = await unary<{ resources: Array<{ type_name: string }> }>(c.provider, 'GetMetadata', {});
    expect(metadata.resources.map((r) => r.type_name)).toContain('evs_environment_connector');
    const exited = plugin.exited;
    await unary(c.controller, 'Shutdown', {});
    expect((await exited).code).toBe(0);
  } finally {
    c.close();
  }
});
