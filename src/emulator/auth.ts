/**
 * SigV4 on incoming requests. Every API request must carry a well-formed `Authorization` header
 * scoped to service `evs`; with keys configured, the signature is also recomputed with the SDK's
 * own signer (@smithy/signature-v4) and compared.
 *
 * Error names and messages follow what AWS JSON services answer (MissingAuthenticationToken,
 * IncompleteSignature, InvalidSignature, UnrecognizedClient). The status is 403, as current AWS
 * JSON endpoints answer; clients dispatch on the name either way.
 */
import { Hash } from '@smithy/hash-node';
import { createHash } from 'crypto';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IncomingHttpHeaders } from 'http';
import { AwsError } from './protocol';

export const SIGNING_SERVICE = 'evs';
const ALGORITHM = 'AWS4-HMAC-SHA256';
/** AWS accepts signatures up to 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000;

export interface AccessKey {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
}

function denied(type: string, message: string): AwsError {
  return new AwsError(type, 403, message);
}

function mismatch(): AwsError {
  return denied(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  );
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/** Checks the header's form; throws the AWS error for the first problem found. */
export function parseAuthorization(headers: IncomingHttpHeaders): ParsedAuthorization {
  const auth = header(headers, 'authorization');
  if (!auth) throw denied('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const space = auth.indexOf(' ');
  const algorithm = space < 0 ? auth : auth.slice(0, space);
  const rest = space < 0 ? '' : auth.slice(space + 1);
  const params = new Map<string, string>();
  const problems: string[] = [];
  if (algorithm === ALGORITHM) {
    for (const part of rest.split(',')) {
      const item = part.trim();
      if (!item) continue;
      const eq = item.indexOf('=');
      if (eq < 0) {
        throw denied(
          'IncompleteSignatureException',
          `'${item}' not a valid key=value pair (missing equal-sign) in Authorization header: '${auth}'.`,
        );
      }
      params.set(item.slice(0, eq), item.slice(eq + 1));
    }
  }
  for (const p of ['Credential', 'Signature', 'SignedHeaders']) {
    if (!params.get(p)) problems.push(`Authorization header requires '${p}' parameter.`);
  }
  const amzDate = header(headers, 'x-amz-date');
  if (!amzDate && !header(headers, 'date')) {
    problems.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  if (problems.length > 0) {
    throw denied('IncompleteSignatureException', `${problems.join(' ')} Authorization=${auth}`);
  }
  const scope = params.get('Credential')!.split('/');
  if (scope.length !== 5 || scope.some((s) => s === '') || scope[4] !== 'aws4_request') {
    throw denied(
      'IncompleteSignatureException',
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${params.get('Credential')}'`,
    );
  }
  const [accessKeyId, date, region, service] = scope as [string, string, string, string];
  if (service !== SIGNING_SERVICE) {
    throw denied('InvalidSignatureException', `Credential should be scoped to correct service: '${SIGNING_SERVICE}'.`);
  }
  if (!/^[a-z0-9-]+$/.test(region)) {
    throw denied('InvalidSignatureException', 'Credential should be scoped to a valid region.');
  }
  const effectiveDate = amzDate ?? '';
  if (!/^\d{8}$/.test(date) || (amzDate && !effectiveDate.startsWith(date))) {
    throw denied(
      'InvalidSignatureException',
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${effectiveDate.slice(0, 8)}', from '${effectiveDate}'.`,
    );
  }
  const signedHeaders = params.get('SignedHeaders')!.split(';');
  if (!signedHeaders.includes('host')) {
    throw denied('InvalidSignatureException', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  const signature = params.get('Signature')!;
  if (!/^[0-9a-f]{64}$/.test(signature)) {
    throw denied('IncompleteSignatureException', `Signature must be 64 lowercase hexadecimal characters, got '${signature}'.`);
  }
  return { accessKeyId, date, region, service, signedHeaders, signature, amzDate: effectiveDate };
}

/** `YYYYMMDDTHHMMSSZ` to a Date, or undefined. */
function parseAmzDate(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

export interface SignedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Recomputes the signature with the configured secret and compares. */
export async function verifySignature(
  req: SignedRequest,
  parsed: ParsedAuthorization,
  keys: ReadonlyMap<string, string>,
  now: number,
): Promise<void> {
  const secretAccessKey = keys.get(parsed.accessKeyId);
  if (secretAccessKey === undefined) {
    throw denied('UnrecognizedClientException', 'The security token included in the request is invalid.');
  }
  const signingDate = parseAmzDate(parsed.amzDate);
  if (!signingDate) {
    throw denied('IncompleteSignatureException', `Date must be in ISO-8601 'basic format'. Got '${parsed.amzDate}'.`);
  }
  if (Math.abs(now - signingDate.getTime()) > MAX_SKEW_MS) {
    throw denied(
      'InvalidSignatureException',
      `Signature expired: ${parsed.amzDate} is now earlier or later than the 15 minutes allowed around the server time.`,
    );
  }
  // The signer trusts a payload hash header; check it against the body actually received.
  const declaredHash = header(req.headers, 'x-amz-content-sha256');
  if (declaredHash !== undefined && declaredHash !== 'UNSIGNED-PAYLOAD') {
    const actual = createHash('sha256').update(req.body).digest('hex');
    if (actual !== declaredHash) throw mismatch();
  }
  const headers: Record<string, string> = {};
  for (const name of parsed.signedHeaders) {
    const v = header(req.headers, name);
    if (v !== undefined) headers[name] = v;
  }
  const q = req.path.indexOf('?');
  const query: Record<string, string> = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(req.path.slice(q + 1))) query[k] = v;
  const request = new HttpRequest({
    method: req.method,
    protocol: 'http:',
    hostname: headers.host ?? 'localhost',
    path: q >= 0 ? req.path.slice(0, q) : req.path,
    query,
    headers,
    body: req.body,
  });
  const signer = new SignatureV4({
    credentials: { accessKeyId: parsed.accessKeyId, secretAccessKey, sessionToken: headers['x-amz-security-token'] },
    region: parsed.region,
    service: SIGNING_SERVICE,
    sha256: Hash.bind(null, 'sha256'),
    // Sign exactly the client's signed headers: by default the signer adds x-amz-content-sha256,
    // which the JS SDK sends but the Go and Python SDKs do not, so their signatures never matched.
    applyChecksum: false,
  });
  const signed = await signer.sign(request, {
    signingDate,
    signableHeaders: new Set(parsed.signedHeaders),
  });
  const expected = /Signature=([0-9a-f]+)/.exec(String(signed.headers['authorization'] ?? ''))?.[1];
  if (expected !== parsed.signature) throw mismatch();
}
