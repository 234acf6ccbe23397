/**
 * The plugin host as a real process, driven the way go-plugin drives it: handshake line, mTLS over
 * a unix socket, health, the provider service, Shutdown, and the refusals.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { encodeMsgpack, decodeMsgpack } from '../../../src/provider/protocol/cty-msgpack';
import { impliedType } from '../../../src/provider/protocol/cty-types';
import { NOT_A_COMMAND_MESSAGE } from '../../../src/provider/plugin/handshake';
import { UNKNOWN, BigNumber } from '../../../src/provider/protocol/provider-api';
import { createTestProvider, THING } from '../support/test-provider';
import {
  connect,
  issueLeaf,
  makeClientIdentity,
  startPlugin,
  TEST_PROVIDER_MAIN,
  TSX_LOADER,
  unary,
  type ClientIdentity,
  type PluginProcess,
} from '../support/plugin-process';

const thingType = impliedType(createTestProvider().schemas().resourceSchemas[THING]!.block);

describe('plugin process with AutoMTLS', () => {
  let client: ClientIdentity;
  let plugin: PluginProcess;

  beforeAll(async () => {
    client = await makeClientIdentity();
    // As an engine under TF_LOG=DEBUG: the provider writes only the levels the engine shows.
    plugin = await startPlugin({ clientCertPem: client.certPem, env: { TF_LOG: 'DEBUG', TF_LOG_PROVIDER: '' } });
  });

  afterAll(() => {
    if (plugin.child.exitCode === null) plugin.child.kill('SIGKILL');
  });

  it('prints exactly the go-plugin handshake line first', () => {
    const h = plugin.handshake;
    expect([h.core, h.app, h.network, h.protocol]).toEqual(['1', '6', 'unix', 'grpc']);
    expect(path.isAbsolute(h.address)).toBe(true);
    expect(h.certBase64).toMatch(/^[A-Za-z0-9+/]+$/); // standard alphabet, no '=' padding
    expect(plugin.stdout()).toBe(plugin.stdout().split('\n')[0] + '\n');
  });

  it('puts the socket in a private 0700 directory', () => {
    const dir = path.dirname(plugin.handshake.address);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(plugin.handshake.address).isSocket()).toBe(true);
  });

  it('serves a certificate for localhost with serverAuth', () => {
    const { X509Certificate } = require('crypto') as typeof import('crypto');
    const cert = new X509Certificate(Buffer.from(plugin.handshake.certBase64, 'base64'));
    expect(cert.subjectAltName).toBe('DNS:localhost');
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.keyUsage ?? []).toContain('1.3.6.1.5.5.7.3.1');
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it('answers health for "plugin" and the provider schema over mTLS', async () => {
    const c = connect(plugin.handshake, client);
    try {
      expect(await unary(c.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
      const schema = await unary(c.provider, 'GetProviderSchema', {});
      expect(Object.keys(schema.resource_schemas)).toEqual([THING]);
      expect(schema.server_capabilities).toMatchObject({ plan_destroy: true, get_provider_schema_optional: true });
      const id = schema.resource_schemas[THING].block.attributes.find((a: { name: string }) => a.name === 'id');
      expect(id.type.toString()).toBe('"string"');
      expect(schema.resource_schemas[THING].block.block_types[0]).toMatchObject({ type_name: 'rule', nesting: 'LIST' });
    } finally {
      c.close();
    }
  });

  it('streams ListResource events over gRPC, stopping at the engine\'s limit', async () => {
    const c = connect(plugin.handshake, client);
    try {
      const events = await new Promise<Array<{ display_name: string; resource_object: unknown }>>((resolve, reject) => {
        const got: Array<{ display_name: string; resource_object: unknown }> = [];
        const stream = (c.provider as unknown as Record<string, (req: object) => NodeJS.ReadableStream>).ListResource!({ type_name: THING, limit: 2 });
        stream.on('data', (e: { display_name: string; resource_object: unknown }) => got.push(e));
        stream.on('end', () => resolve(got));
        stream.on('error', reject);
      });
      expect(events.map((e) => e.display_name)).toEqual(['thing 1', 'thing 2']);
      expect(events[0]!.resource_object).toBeUndefined();
    } finally {
      c.close();
    }
  });

  it('round-trips values, diagnostics with paths and private bytes through real RPCs', async () => {
    const c = connect(plugin.handshake, client);
    try {
      const config = { id: null, name: 'bad', size: null, tags: null, secret: null, rule: [] };
      const v = await unary(c.provider, 'ValidateResourceConfig', {
        type_name: THING,
        config: { msgpack: encodeMsgpack(thingType, config) },
      });
      expect(v.diagnostics).toHaveLength(1);
      expect(v.diagnostics[0]).toMatchObject({ severity: 'ERROR', summary: 'Bad name' });
      expect(v.diagnostics[0].attribute.steps).toEqual([{ attribute_name: 'name', selector: 'attribute_name' }]);

      const proposed = { ...config, name: 'x', size: new BigNumber('9007199254740993'), rule: [{ port: 443 }] };
      const plan = await unary(c.provider, 'PlanResourceChange', {
        type_name: THING,
        prior_state: { msgpack: encodeMsgpack(thingType, null) },
        proposed_new_state: { msgpack: encodeMsgpack(thingType, proposed) },
        config: { msgpack: encodeMsgpack(thingType, proposed) },
      });
      expect(plan.diagnostics).toEqual([]);
      expect(plan.legacy_type_system).toBe(false);
      const planned = decodeMsgpack(thingType, plan.planned_state.msgpack);
      expect(planned).toEqual({ ...proposed, id: UNKNOWN });

      const apply = await unary(c.provider, 'ApplyResourceChange', {
        type_name: THING,
        prior_state: { msgpack: encodeMsgpack(thingType, null) },
        planned_state: plan.planned_state,
        config: { msgpack: encodeMsgpack(thingType, proposed) },
        planned_private: plan.planned_private,
      });
      expect(decodeMsgpack(thingType, apply.new_state.msgpack)).toEqual({ ...proposed, id: 'thing-x' });
      expect(apply.private.toString()).toBe('{"v":1}');

      const read = await unary(c.provider, 'ReadResource', {
        type_name: THING,
        current_state: apply.new_state,
        private: apply.private,
      });
      expect(read.private.toString()).toBe('{"v":1}');
      expect(read.new_state.msgpack.equals(apply.new_state.msgpack)).toBe(true);

      const upgraded = await unary(c.provider, 'UpgradeResourceState', {
        type_name: THING,
        version: '1',
        raw_state: { json: Buffer.from('{"id":"a","name":"a","size":9007199254740993,"tags":null,"secret":null,"rule":[],"gone":1}') },
      });
      expect(decodeMsgpack(thingType, upgraded.upgraded_state.msgpack)).toMatchObject({ size: new BigNumber('9007199254740993') });
    } finally {
      c.close();
    }
  });

  it('answers a provider exception or an unknown type as an error diagnostic, and lives on', async () => {
    const c = connect(plugin.handshake, client);
    try {
      const r = await unary(c.provider, 'ReadDataSource', { type_name: 'evstest_nope', config: { msgpack: Buffer.from([0xc0]) } });
      expect(r.diagnostics[0]).toMatchObject({ severity: 'ERROR' });
      expect(r.diagnostics[0].detail).toMatch(/no data source "evstest_nope"/);
      const bad = await unary(c.provider, 'ValidateResourceConfig', { type_name: THING, config: { msgpack: Buffer.from([0x81, 0xa1, 0x78, 0x01]) } });
      expect(bad.diagnostics[0].detail).toMatch(/unsupported attribute "x"/);
      const move = await unary(c.provider, 'MoveResourceState', { source_type_name: 'a', target_type_name: THING });
      expect(move.diagnostics[0].summary).toMatch(/not supported/);
      expect(await unary(c.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    } finally {
      c.close();
    }
  });

  it('refuses a client with another certificate', async () => {
    const stranger = await makeClientIdentity();
    const c = connect(plugin.handshake, stranger);
    try {
      await expect(unary(c.health, 'Check', { service: 'plugin' }, 5000)).rejects.toMatchObject({ code: 14 });
    } finally {
      c.close();
    }
  });

  it('refuses a certificate that merely chains to the engine\'s (only that exact certificate is trusted)', async () => {
    const impostor = await issueLeaf(client);
    const c = connect(plugin.handshake, impostor);
    try {
      // Closed at the TLS handshake, before gRPC: UNAVAILABLE on every service.
      await expect(unary(c.provider, 'GetProviderSchema', {}, 5000)).rejects.toMatchObject({ code: 14 });
      await expect(unary(c.health, 'Check', { service: 'plugin' }, 5000)).rejects.toMatchObject({ code: 14 });
      await expect(unary(c.controller, 'Shutdown', {}, 5000)).rejects.toMatchObject({ code: 14 });
    } finally {
      c.close();
    }
  });

  it('refuses a plaintext client', async () => {
    const c = connect(plugin.handshake);
    try {
      await expect(unary(c.health, 'Check', { service: 'plugin' }, 5000)).rejects.toBeDefined();
    } finally {
      c.close();
    }
  });

  it('ignores SIGINT', async () => {
    plugin.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    const c = connect(plugin.handshake, client);
    try {
      expect(await unary(c.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    } finally {
      c.close();
    }
  });

  it('exits promptly on GRPCController.Shutdown and removes its socket directory', async () => {
    const c = connect(plugin.handshake, client);
    const asked = Date.now();
    try {
      await unary(c.controller, 'Shutdown', {});
    } finally {
      c.close();
    }
    const { code } = await plugin.exited;
    expect(code).toBe(0);
    expect(Date.now() - asked).toBeLessThan(1500);
    expect(fs.existsSync(path.dirname(plugin.handshake.address))).toBe(false);
    // Nothing but the handshake ever reached stdout; logs went to stderr as hclog JSON.
    expect(plugin.stdout().trim().split('\n')).toHaveLength(1);
    const lines = plugin.stderr().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => l['@message'] === 'Served request' && l.tf_rpc === 'GetProviderSchema')).toBe(true);
  });
});

describe('plugin process without a client certificate', () => {
  it('serves plaintext and leaves the certificate field empty', async () => {
    const plugin = await startPlugin({});
    try {
      expect(plugin.handshake.certBase64).toBe('');
      const c = connect(plugin.handshake);
      try {
        expect(await unary(c.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
        await unary(c.controller, 'Shutdown', {});
      } finally {
        c.close();
      }
      expect((await plugin.exited).code).toBe(0);
    } finally {
      if (plugin.child.exitCode === null) plugin.child.kill('SIGKILL');
    }
  });

  it('exits when its parent dies, removing the socket directory', async () => {
    // A parent that starts the provider, reports its handshake, then is SIGKILLed.
    const parentScript = `
      const { spawn } = require('child_process');
      const c = spawn(process.execPath, ['--import', ${JSON.stringify(TSX_LOADER)}, ${JSON.stringify(TEST_PROVIDER_MAIN)}],
        { stdio: ['ignore', 'pipe', 'ignore'] });
      c.stdout.once('data', (d) => { process.stdout.write(c.pid + ' ' + d.toString()); });
      setInterval(() => {}, 1000);
    `;
    const { spawn } = await import('child_process');
    const parent = spawn(process.execPath, ['-e', parentScript], {
      env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2', PLUGIN_PROTOCOL_VERSIONS: '6' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) => parent.stdout!.once('data', (d: Buffer) => resolve(d.toString())));
    const [pidText, handshake] = line.split(' ');
    const pid = Number(pidText);
    const socketDir = path.dirname(handshake!.split('|')[3]!);
    expect(fs.existsSync(socketDir)).toBe(true);
    parent.kill('SIGKILL');
    const gone = async () => {
      for (let i = 0; i < 50; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          return true;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    const exited = await gone();
    if (!exited) process.kill(pid, 'SIGKILL');
    expect(exited).toBe(true);
    expect(fs.existsSync(socketDir)).toBe(false);
  });
});

describe('refusing to start', () => {
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', TSX_LOADER, TEST_PROVIDER_MAIN], {
      env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: '', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('exits 1 with a sentence when run by hand (no magic cookie)', () => {
    const r = run({});
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(NOT_A_COMMAND_MESSAGE);
  });

  it('exits 1 when the engine does not offer protocol 6', () => {
    const r = run({ TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2', PLUGIN_PROTOCOL_VERSIONS: '4,5' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/offered plugin protocol version\(s\) 4,5.*only protocol 6/);
  });
});
