/**
 * Drives a provider process the way go-plugin does: start it with the magic cookie and a client
 * certificate, read the handshake line, dial the socket with mTLS.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import * as grpc from '@grpc/grpc-js';
import { spawn, type ChildProcess } from 'child_process';
import { webcrypto, X509Certificate } from 'crypto';
import * as path from 'path';
import { serviceDefinitions } from '../../../src/provider/protocol/grpc-definitions';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../../src/provider/plugin/handshake';

const ROOT = path.resolve(__dirname, '../../..');
export const TSX_LOADER = `file://${ROOT}/node_modules/tsx/dist/loader.mjs`;
export const TEST_PROVIDER_MAIN = path.join(__dirname, 'test-provider-main.ts');

export interface ClientIdentity {
  certPem: string;
  keyPem: string;
  /** For issuing further certificates under this one (it is a CA, as go-plugin's is). */
  issuer: { cert: x509.X509Certificate; keys: webcrypto.CryptoKeyPair };
}

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

function keyPem(pkcs8: ArrayBuffer): string {
  const b64 = Buffer.from(pkcs8).toString('base64');
  return `-----BEGIN PRIVATE KEY-----\n${b64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END PRIVATE KEY-----\n`;
}

/** A client leaf signed by `ca`'s key: it chains to the trusted cert but is not that cert. */
export async function issueLeaf(ca: ClientIdentity): Promise<ClientIdentity> {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: 'CN=localhost, O=Impostor',
    issuer: ca.issuer.cert.subject,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3600_000),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey as never,
    signingKey: ca.issuer.keys.privateKey as never,
    extensions: [
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
    ],
  });
  return {
    certPem: cert.toString('pem') + '\n',
    keyPem: keyPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
    issuer: { cert, keys },
  };
}

/** A client certificate shaped like go-plugin's (self-signed CA, clientAuth, DNS:localhost). */
export async function makeClientIdentity(): Promise<ClientIdentity> {
  const alg = ALG;
  x509.cryptoProvider.set(webcrypto as never);
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=localhost, O=HashiCorp',
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3600_000),
    signingAlgorithm: alg,
    keys: keys as never,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth, x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
    ],
  });
  return {
    certPem: cert.toString('pem') + '\n',
    keyPem: keyPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
    issuer: { cert, keys },
  };
}

export interface Handshake {
  core: string;
  app: string;
  network: string;
  address: string;
  protocol: string;
  certBase64: string;
  /** Milliseconds from spawn to the handshake line. */
  elapsedMs: number;
}

export interface PluginProcess {
  child: ChildProcess;
  handshake: Handshake;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Start a provider executable (default: the test provider through tsx) and wait for its handshake. */
export function startPlugin(options: {
  env?: NodeJS.ProcessEnv;
  clientCertPem?: string;
  command?: string[];
  cookie?: boolean;
}): Promise<PluginProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PLUGIN_PROTOCOL_VERSIONS: '5,6', ...options.env };
  if (options.cookie !== false) env[MAGIC_COOKIE_KEY] = MAGIC_COOKIE_VALUE;
  else delete env[MAGIC_COOKIE_KEY];
  if (options.clientCertPem) env.PLUGIN_CLIENT_CERT = options.clientCertPem;
  else delete env.PLUGIN_CLIENT_CERT;
  const [cmd, ...args] = options.command ?? [process.execPath, '--import', TSX_LOADER, TEST_PROVIDER_MAIN];
  const started = process.hrtime.bigint();
  const child = spawn(cmd!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let done = false;
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0 && !done) {
        done = true;
        const [core, app, network, address, protocol, certBase64] = out.slice(0, nl).split('|');
        resolve({
          child,
          handshake: {
            core: core!,
            app: app!,
            network: network!,
            address: address!,
            protocol: protocol!,
            certBase64: certBase64 ?? '',
            elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
          },
          stdout: () => out,
          stderr: () => err,
          exited,
        });
      }
    });
    void exited.then(({ code }) => {
      if (!done) reject(Object.assign(new Error(`plugin exited (${code}) before its handshake: ${err}`), { code, stderr: err }));
    });
  });
}

/** PEM of the server certificate carried (unpadded base64 DER) in the handshake line. */
export function serverCertPem(certBase64: string): string {
  const der = Buffer.from(certBase64, 'base64');
  return new X509Certificate(der).toString();
}

export type Clients = {
  provider: grpc.Client & Record<string, Function>;
  controller: grpc.Client & Record<string, Function>;
  health: grpc.Client & Record<string, Function>;
  close(): void;
};

/** gRPC clients over the plugin's socket: mTLS when `client` is given, else plaintext. */
export function connect(handshake: Handshake, client?: ClientIdentity, trustPem?: string): Clients {
  const defs = serviceDefinitions();
  const Client = (name: keyof typeof defs) => grpc.makeGenericClientConstructor(defs[name], name) as unknown as new (
    target: string,
    creds: grpc.ChannelCredentials,
    opts: object,
  ) => grpc.Client & Record<string, Function>;
  const creds = client
    ? grpc.credentials.createSsl(
        Buffer.from(trustPem ?? serverCertPem(handshake.certBase64)),
        Buffer.from(client.keyPem),
        Buffer.from(client.certPem),
      )
    : grpc.credentials.createInsecure();
  const target = `unix://${handshake.address}`;
  const opts = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  const provider = new (Client('tfplugin6.Provider'))(target, creds, opts);
  const controller = new (Client('plugin.GRPCController'))(target, creds, opts);
  const health = new (Client('grpc.health.v1.Health'))(target, creds, opts);
  return {
    provider,
    controller,
    health,
    close: () => [provider, controller, health].forEach((c: grpc.Client) => c.close()),
  };
}

/** Promise form of a unary call with a deadline. */
export function unary<T = any>(client: grpc.Client & Record<string, Function>, method: string, req: object, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    client[method]!(req, { deadline: Date.now() + timeoutMs }, (err: grpc.ServiceError | null, res: T) =>
      err ? reject(err) : resolve(res),
    );
  });
}
