/**
 * go-plugin's start-up contract, checked before anything heavy is loaded: the magic cookie, the
 * protocol versions the engine offers, and the handshake line that must be stdout's first line.
 */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

export const NOT_A_COMMAND_MESSAGE =
  'This is a Terraform provider plugin: Terraform or OpenTofu start it themselves, it is not a command to run by hand. ' +
  'Declare it in required_providers and run `terraform init` (or `tofu init`) instead.';

export type PluginEnvironment =
  | { ok: true; clientCertPem?: string }
  | { ok: false; message: string };

export function checkPluginEnvironment(env: NodeJS.ProcessEnv = process.env): PluginEnvironment {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) return { ok: false, message: NOT_A_COMMAND_MESSAGE };
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  // Engines always say which versions they speak; an old go-plugin host that does not is given 6.
  if (offered !== undefined && offered.trim() !== '') {
    const versions = offered.split(',').map((v) => Number(v.trim()));
    if (!versions.includes(APP_PROTOCOL_VERSION)) {
      return {
        ok: false,
        message:
          `The engine offered plugin protocol version(s) ${offered}, but this provider speaks only protocol ` +
          `${APP_PROTOCOL_VERSION} (Terraform 1.0 or later, OpenTofu). Upgrade the engine.`,
      };
    }
  }
  const cert = env.PLUGIN_CLIENT_CERT;
  return cert && cert.trim() !== '' ? { ok: true, clientCertPem: cert } : { ok: true };
}

/** `1|6|unix|/path|grpc|<cert>`: the sixth field is empty when serving without TLS. */
export function handshakeLine(socketPath: string, certBase64NoPadding: string | undefined): string {
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|unix|${socketPath}|grpc|${certBase64NoPadding ?? ''}\n`;
}
