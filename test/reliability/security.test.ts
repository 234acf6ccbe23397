/**
 * Security of the shipped artefacts. test/provider/plugin/process.test.ts proves the plugin host's
 * refusals with the test provider (tsx); here the same promises are held against the real bundled
 * provider (dist/provider/terraform-provider-evs), plus what only a real engine run can show: no
 * credential in TRACE logs, and the sensitive marks engines see. test/emulator/auth.test.ts covers
 * the local service's SigV4 checks one by one; here: loopback by default and signed-header tampering.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { connect as netConnect } from 'node:net';
import { startEmulator } from '../../src/emulator';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, NOT_A_COMMAND_MESSAGE } from '../../src/provider/plugin/handshake';
import { DUMMY_KEYS, signedRequest } from '../emulator/support/aws-json';
import { connect, issueLeaf, makeClientIdentity, startPlugin, unary, type ClientIdentity, type PluginProcess } from '../provider/support/plugin-process';
import { engineTable } from '../support/engines';
import { PROVIDER_BUNDLE, runCommand, Workspace } from '../support/workspace';
import { FAST_POLL_ENV, newEnvironments, startService } from './support/world';

describe('the real provider bundle as a plugin process', () => {
  let engineCert: ClientIdentity;
  let plugin: PluginProcess;
  beforeAll(async () => {
    engineCert = await makeClientIdentity();
    plugin = await startPlugin({ command: [PROVIDER_BUNDLE], clientCertPem: engineCert.certPem });
  });
  afterAll(() => {
    if (plugin?.child.exitCode === null) plugin.child.kill('SIGKILL');
  });

  test('serves the engine\'s certificate (control)', async () => {
    const c = connect(plugin.handshake, engineCert);
    try {
      expect(await unary(c.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    } finally {
      c.close();
    }
  });

  test.each<[string, () => Promise<ClientIdentity | undefined>]>([
    ['another self-signed certificate', () => makeClientIdentity()],
    ['a certificate issued under the engine\'s', () => issueLeaf(engineCert)],
    ['plaintext (no TLS at all)', async () => undefined],
  ])('refuses a client with %s, on every service', async (_what, identity) => {
    const c = connect(plugin.handshake, await identity());
    try {
      for (const [client, method] of [
        [c.provider, 'GetProviderSchema'],
        [c.health, 'Check'],
        [c.controller, 'Shutdown'],
      ] as const) {
        await expect(unary(client, method, method === 'Check' ? { service: 'plugin' } : {}, 5000)).rejects.toMatchObject({
          code: expect.any(Number),
        });
      }
    } finally {
      c.close();
    }
    // Still alive and serving the engine after the attempts.
    const ok = connect(plugin.handshake, engineCert);
    try {
      expect(await unary(ok.health, 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    } finally {
      ok.close();
    }
  });

  test('the socket lives in a directory only the user can enter, holding nothing else', () => {
    const dir = dirname(plugin.handshake.address);
    const st = statSync(dir);
    expect(st.mode & 0o777).toBe(0o700);
    expect(st.uid).toBe(process.getuid!());
    expect(readdirSync(dir)).toEqual([plugin.handshake.address.slice(dir.length + 1)]);
    expect(statSync(plugin.handshake.address).isSocket()).toBe(true);
  });

  test.each([
    ['missing', undefined],
    ['wrong', 'not-the-cookie'],
  ])('exits 1 with a sentence and prints nothing on stdout when the magic cookie is %s', (_what, cookie) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PLUGIN_PROTOCOL_VERSIONS: '6' };
    delete env[MAGIC_COOKIE_KEY];
    if (cookie) env[MAGIC_COOKIE_KEY] = cookie;
    const r = spawnSync(PROVIDER_BUNDLE, [], { env, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(NOT_A_COMMAND_MESSAGE);
    expect(MAGIC_COOKIE_VALUE).toHaveLength(64);
  });
});

describe('the local EVS service', () => {
  test('binds loopback only by default', async () => {
    const emu = await startEmulator();
    try {
      expect(new URL(emu.url).hostname).toBe('127.0.0.1');
      // The kernel's view: the listening socket's local address is 127.0.0.1 (0100007F), not 0.0.0.0.
      const hexPort = emu.port.toString(16).toUpperCase().padStart(4, '0');
      const listening = readFileSync('/proc/net/tcp', 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\s+/))
        .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A');
      expect(listening.map((f) => f[1])).toEqual([`0100007F:${hexPort}`]);
      const v6 = readFileSync('/proc/net/tcp6', 'utf8').split('\n').filter((l) => l.includes(`:${hexPort} `) && / 0A /.test(l));
      expect(v6).toEqual([]);
      // And from the machine's other addresses, nothing answers.
      const others = Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && a.family === 'IPv4' && !a.internal)
        .map((a) => a!.address);
      for (const address of others) {
        const refused = await new Promise<boolean>((resolve) => {
          const s = netConnect({ host: address, port: emu.port });
          s.once('connect', () => (s.destroy(), resolve(false)));
          s.once('error', () => resolve(true));
        });
        expect(refused).toBe(true);
      }
    } finally {
      await emu.close();
    }
  });

  test('with verification on, a request whose signed target header was changed is refused and changes nothing', async () => {
    const emu = await startEmulator({ verifySignatures: [DUMMY_KEYS] });
    try {
      const body = { environmentId: 'env-0000000001', type: 'VCENTER', applianceFqdn: 'vcenter.example.internal', secretIdentifier: 'evs/x' };
      // Signed as a harmless read, replayed as a create.
      const req = await signedRequest(emu.url, 'GetEnvironment', body);
      const { host: _h, ...headers } = req.headers;
      headers['x-amz-target'] = 'AmazonElasticVMwareService.CreateEnvironmentConnector';
      const res = await fetch(emu.url + '/', { method: 'POST', headers, body: req.body });
      expect(res.status).toBe(403);
      expect(res.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
      expect(await emu.control.listConnectors()).toEqual([]);
      expect((await emu.control.getCounters()).CreateEnvironmentConnector).toMatchObject({ calls: 1, denied: 1, ok: 0 });
    } finally {
      await emu.close();
    }
  });
});

const MARK = {
  secretKey: 'SeCrEtKeYmArKeR0123456789abcdefghijklmnop',
  token: 'SeSsIoNtOkEnMaRkEr9876543210ZYXWVUTSRQPONMLKJIHGFEDCBA',
  envSecret: 'EnVsEcReTmArKeR0123456789abcdefghijklmnop',
  envToken: 'EnVtOkEnMaRkEr9876543210ZYXWVUTSRQPONMLKJIHGF',
};

describe.each(engineTable())('%s', (_name, engine) => {
  test('providers schema: secret_key and token are sensitive, as engines see them', async () => {
    const svc = await startService();
    try {
      const ws = await Workspace.create(engine, { fixture: join(__dirname, 'fixtures', 'connector'), endpoint: svc.url, vars: { environment_id: 'env-0123456789' } });
      // Straight through runCommand: Workspace.start would put -no-color between the subcommands.
      const r = await runCommand(engine.path, ['providers', 'schema', '-json'], { cwd: ws.dir, env: ws.env() }).done;
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { provider_schemas: Record<string, { provider: { block: { attributes: Record<string, { sensitive?: boolean }> } } }> };
      const attrs = Object.values(doc.provider_schemas)[0]!.provider.block.attributes;
      expect(Object.entries(attrs).filter(([, a]) => a.sensitive).map(([n]) => n).sort()).toEqual(['secret_key', 'token']);
    } finally {
      await svc.close();
    }
  });

  test('TF_LOG=TRACE: a full apply and destroy log nothing of the secret key, the session token or sensitive values', async () => {
    const svc = await startService();
    try {
      const [env] = await newEnvironments(svc, 1);
      const ws = await Workspace.create(engine, { fixture: join(__dirname, 'fixtures', 'credentials'), endpoint: svc.url, vars: { environment_id: env } });
      // Credentials from the provider block (sensitive variables) ...
      ws.setVars({ secret_key: MARK.secretKey, token: MARK.token, use_block_credentials: true });
      const trace = { TF_LOG: 'TRACE', ...FAST_POLL_ENV };
      const logs: string[] = [];
      const keep = (r: { stdout: string; stderr: string }) => logs.push(r.stdout, r.stderr);
      keep(await ws.ok(['apply', '-auto-approve'], { env: trace }));
      keep(await ws.ok(['plan'], { env: trace }));
      keep(await ws.ok(['destroy', '-auto-approve'], { env: trace }));
      // ... and from the environment.
      ws.setVars({ use_block_credentials: false });
      const fromEnv = { ...trace, AWS_SECRET_ACCESS_KEY: MARK.envSecret, AWS_SESSION_TOKEN: MARK.envToken };
      keep(await ws.ok(['apply', '-auto-approve'], { env: fromEnv }));
      keep(await ws.ok(['destroy', '-auto-approve'], { env: fromEnv }));

      const all = logs.join('\n');
      // The logs are real TRACE logs of both the engine and the provider...
      expect(all).toMatch(/\[TRACE\]/);
      expect(all).toContain('creating connector');
      expect(all).toContain('deleting connector');
      expect(all.length).toBeGreaterThan(100_000);
      // ... and hold none of the secrets, in any spelling a log could use.
      for (const secret of Object.values(MARK)) {
        for (const form of [secret, Buffer.from(secret).toString('base64').slice(0, 24), secret.slice(8, 32)]) {
          expect(all.includes(form)).toBe(false);
        }
      }
      expect(await svc.control.listConnectors()).toEqual([]);
    } finally {
      await svc.close();
    }
  });
});
