/**
 * The real provider (src/provider/main.ts) as a process, driven over mTLS gRPC the way an engine
 * drives it, with typed helpers for the RPCs the configuration and logging tests need.
 */
import * as path from 'path';
import { PROVIDER_CONFIG_BASE } from '../resources/harness';
import { createProvider } from '../../../src/provider/provider';
import { decodeMsgpack, encodeMsgpack } from '../../../src/provider/protocol/cty-msgpack';
import { impliedType } from '../../../src/provider/protocol/cty-types';
import type { ObjectValue } from '../../../src/provider/protocol/provider-api';
import { connect, makeClientIdentity, startPlugin, TSX_LOADER, unary, type Clients, type PluginProcess } from './plugin-process';

const MAIN = path.resolve(__dirname, '../../../src/provider/main.ts');
const schemas = createProvider().schemas();
const providerType = impliedType(schemas.provider.block);
const dataType = (name: string) => impliedType(schemas.dataSourceSchemas[name]!.block);

export interface ProtoDiagnostic {
  severity: string;
  summary: string;
  detail: string;
}

export interface RealProvider {
  plugin: PluginProcess;
  clients: Clients;
  /** ConfigureProvider with PROVIDER_CONFIG_BASE overridden by `config`. */
  configure(config: Partial<ObjectValue>): Promise<ProtoDiagnostic[]>;
  /** ReadDataSource; the state decoded. */
  readData(typeName: string, config: ObjectValue): Promise<{ state: ObjectValue | null; diagnostics: ProtoDiagnostic[] }>;
  /** hclog JSON lines written to stderr so far. */
  logLines(): Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** Starts the provider with only the given AWS/TF variables (the host's are dropped). */
export async function startRealProvider(env: Record<string, string>): Promise<RealProvider> {
  // startPlugin starts from process.env: the host's AWS and TF variables are unset here (spawn
  // leaves out variables whose value is undefined).
  const base: NodeJS.ProcessEnv = {};
  for (const k of Object.keys(process.env)) if (/^(AWS_|TF_)/.test(k)) base[k] = undefined;
  const identity = await makeClientIdentity();
  const plugin = await startPlugin({
    clientCertPem: identity.certPem,
    env: {
      ...base,
      AWS_CONFIG_FILE: '/nonexistent/aws/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws/credentials',
      TF_LOG: '',
      TF_LOG_PROVIDER: '',
      ...env,
    },
    command: [process.execPath, '--import', TSX_LOADER, MAIN],
  });
  const clients = connect(plugin.handshake, identity);
  return {
    plugin,
    clients,
    async configure(config) {
      const value = { ...PROVIDER_CONFIG_BASE, ...config } as ObjectValue;
      const res = await unary(clients.provider, 'ConfigureProvider', {
        terraform_version: '1.11.0',
        config: { msgpack: encodeMsgpack(providerType, value) },
      }, 30_000);
      return res.diagnostics as ProtoDiagnostic[];
    },
    async readData(typeName, config) {
      const type = dataType(typeName);
      const res = await unary(clients.provider, 'ReadDataSource', { type_name: typeName, config: { msgpack: encodeMsgpack(type, config) } }, 30_000);
      return { state: decodeMsgpack(type, res.state.msgpack) as ObjectValue | null, diagnostics: res.diagnostics as ProtoDiagnostic[] };
    },
    logLines: () =>
      plugin
        .stderr()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    async stop() {
      try {
        await unary(clients.controller, 'Shutdown', {}, 5_000);
      } catch {
        /* already gone */
      }
      clients.close();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([plugin.exited, new Promise((r) => (timer = setTimeout(r, 5_000)))]);
      clearTimeout(timer);
      if (plugin.child.exitCode === null) plugin.child.kill('SIGKILL');
    },
  };
}
