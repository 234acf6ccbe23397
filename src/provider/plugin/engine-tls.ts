/**
 * AutoMTLS on the plugin's connections, done here rather than by gRPC: each connection is wrapped
 * in TLS with our certificate, and handed to gRPC only once the engine has proved it holds exactly
 * the certificate it gave us in PLUGIN_CLIENT_CERT (TLS proves possession of its key; the DER must
 * match byte for byte). Anything else is closed before gRPC sees a byte.
 *
 * Why not gRPC's own TLS: its server credentials trust the engine's certificate as a CA, and Node
 * then parses its ~140 bundled root certificates into the trust store first (5–7 ms of every
 * provider start, paid 3–5 times per command); and gRPC reports a peer certificate only for
 * connections that chain-verified, which an exact-certificate check does not need.
 */
import * as tls from 'tls';
import type * as net from 'net';
import { log } from '../log';
import type { ServerIdentity } from './certificates';

/**
 * Returns what to do with each raw connection: `accept` gets the TLS socket once the engine's
 * certificate has been checked.
 */
export function engineTls(identity: ServerIdentity, clientDer: Buffer, accept: (socket: tls.TLSSocket) => void): (raw: net.Socket) => void {
  // A TLS server that never listens: connections are handed to it as they arrive.
  const server = tls.createServer({
    key: identity.keyPem,
    cert: identity.certPem,
    // No CA: the peer is checked by exact certificate below, not by chain.
    ca: [],
    requestCert: true,
    // Node's chain check would fail (no CA); the exact check on 'secureConnection' decides instead.
    rejectUnauthorized: false,
    // At least TLS 1.2, even if NODE_OPTIONS (--tls-min-v1.0) lowered Node's default.
    minVersion: 'TLSv1.2',
    // gRPC clients (Go's included) require HTTP/2 negotiated by ALPN.
    ALPNProtocols: ['h2'],
  });
  server.on('tlsClientError', (err) => log.debug('Connection closed by a TLS error', { error: err.message }));
  server.on('secureConnection', (socket: tls.TLSSocket) => {
    socket.on('error', (err) => log.debug('Connection closed', { error: err.message }));
    const peer = socket.getPeerCertificate();
    if (!peer?.raw || !clientDer.equals(peer.raw)) {
      log.warn('Refused a connection: its client certificate is not the one the engine gave this process');
      socket.destroy();
      return;
    }
    accept(socket);
  });
  return (raw) => server.emit('connection', raw);
}
