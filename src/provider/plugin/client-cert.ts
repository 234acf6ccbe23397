/** The engine's client certificate from PLUGIN_CLIENT_CERT: the one peer the plugin host accepts. */
import { X509Certificate } from 'crypto';

/** DER of the engine's client certificate (PEM); throws with a readable message otherwise. */
export function clientCertDer(pemText: string): Buffer {
  try {
    return new X509Certificate(pemText).raw;
  } catch (e) {
    throw new Error(`PLUGIN_CLIENT_CERT does not hold a readable PEM certificate: ${(e as Error).message}`);
  }
}
