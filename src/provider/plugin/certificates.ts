/**
 * AutoMTLS material: a fresh self-signed P-256 server certificate per process (the engine pins
 * exactly this leaf, taken from the handshake line).
 *
 * Built with @peculiar/asn1-x509 (the RFC 5280 ASN.1 schema) rather than @peculiar/x509 on top of
 * it: the same DER, but without x509's DI container, Reflect polyfill and every PKCS module it
 * registers at load — ~40 ms of each start-up, paid about four times per apply.
 */
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_kp_serverAuth,
} from '@peculiar/asn1-x509';
import { generateKeyPairSync, randomBytes, sign } from 'crypto';

export interface ServerIdentity {
  certPem: string;
  keyPem: string;
  /** Leaf DER, base64 without padding, as go-plugin's handshake wants it. */
  certBase64: string;
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const OID_CN = '2.5.4.3';
const OID_O = '2.5.4.10';

function pem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

function extension(extnID: string, critical: boolean, value: object): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

const rdn = (type: string, value: string) =>
  new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: value }) })]);

/** CN=localhost, O=HashiCorp; SAN DNS:localhost; EKU serverAuth; a CA, as go-plugin's own leaf is. */
export async function generateServerIdentity(): Promise<ServerIdentity> {
  const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const now = Date.now();
  const name = new Name([rdn(OID_CN, 'localhost'), rdn(OID_O, 'HashiCorp')]);
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x10; // positive, and no leading zero byte to strip
  const signatureAlgorithm = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: serial.buffer.slice(serial.byteOffset, serial.byteOffset + serial.length),
    signature: signatureAlgorithm,
    issuer: name,
    subject: name,
    validity: new Validity({
      notBefore: new Date(now - 30_000), // tolerate small clock differences
      notAfter: new Date(now + 24 * 3600_000 * 30),
    }),
    subjectPublicKeyInfo: AsnConvert.parse(keys.publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo),
    extensions: new Extensions([
      extension(id_ce_basicConstraints, true, new BasicConstraints({ cA: true })),
      extension(
        id_ce_keyUsage,
        true,
        new KeyUsage(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment | KeyUsageFlags.keyAgreement | KeyUsageFlags.keyCertSign),
      ),
      extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage([id_kp_serverAuth])),
      extension(id_ce_subjectAltName, false, new SubjectAlternativeName([new GeneralName({ dNSName: 'localhost' })])),
    ]),
  });
  // ECDSA signatures in X.509 are DER (r, s) — node's crypto.sign default encoding.
  const signature = sign('sha256', Buffer.from(AsnConvert.serialize(tbs)), keys.privateKey);
  const der = new Uint8Array(
    AsnConvert.serialize(
      new Certificate({ tbsCertificate: tbs, signatureAlgorithm, signatureValue: signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.length) }),
    ),
  );
  return {
    certPem: pem('CERTIFICATE', der),
    keyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    certBase64: Buffer.from(der).toString('base64').replace(/=+$/, ''),
  };
}
