/**
 * AutoMTLS material: a fresh self-signed P-256 server certificate per process (the engine pins
 * exactly this leaf, taken from the handshake line) and the engine's client certificate.
 */
import 'reflect-metadata'; // @peculiar/x509 needs a Reflect polyfill for its DI container
import * as x509 from '@peculiar/x509';
import { webcrypto, X509Certificate } from 'crypto';

export interface ServerIdentity {
  certPem: string;
  keyPem: string;
  /** Leaf DER, base64 without padding, as go-plugin's handshake wants it. */
  certBase64: string;
}

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

export async function generateServerIdentity(): Promise<ServerIdentity> {
  const crypto = webcrypto;
  x509.cryptoProvider.set(crypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const keys = (await crypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex').replace(/^[89a-f]/, '1'),
    name: 'CN=localhost, O=HashiCorp',
    notBefore: new Date(now - 30_000), // tolerate small clock differences
    notAfter: new Date(now + 24 * 3600_000 * 30),
    signingAlgorithm: ALG,
    keys: keys as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'],
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyAgreement | x509.KeyUsageFlags.keyCertSign,
        true,
      ),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'localhost' }]),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    certPem: cert.toString('pem') + '\n',
    keyPem: pem('PRIVATE KEY', pkcs8),
    certBase64: Buffer.from(cert.rawData).toString('base64').replace(/=+$/, ''),
  };
}

/** DER of the engine's client certificate (PEM); throws with a readable message otherwise. */
export function clientCertDer(pemText: string): Buffer {
  try {
    return new X509Certificate(pemText).raw;
  } catch (e) {
    throw new Error(`PLUGIN_CLIENT_CERT does not hold a readable PEM certificate: ${(e as Error).message}`);
  }
}
