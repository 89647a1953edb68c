/**
 * An HTTPS client that trusts one certificate by its SHA-256 fingerprint, as a person does who
 * compared it with the one IPWatch printed: the TLS handshake ends, the fingerprint is checked,
 * and only then is the request (with its token) written.
 */
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

export interface PinnedAnswer {
  status: number;
  body: string;
  /** The answer's headers (Node's: lower-case names, Set-Cookie as a list). */
  headers: IncomingHttpHeaders;
  /** The fingerprint the server showed, colon hex (Node's fingerprint256). */
  fingerprint: string;
}

export async function pinnedRequest(
  url: string,
  fingerprint: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<PinnedAnswer> {
  const u = new URL(url);
  const socket = tls.connect({
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port),
    servername: /^[\d.:[\]]+$/.test(u.hostname) ? undefined : u.hostname,
    // The check is the pin below, not a CA: the certificate is self-signed.
    rejectUnauthorized: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', resolve);
    socket.once('error', reject);
  });
  const shown = socket.getPeerCertificate().fingerprint256;
  if (shown !== fingerprint) {
    socket.destroy();
    throw new Error(`the server showed ${shown}, not the pinned ${fingerprint}`);
  }
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        method: init.method ?? 'GET',
        path: `${u.pathname}${u.search}`,
        headers: { host: u.host, ...init.headers },
        createConnection: () => socket,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers, fingerprint: shown }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
