/**
 * The small HTTP server a GENA subscription's NOTIFYs arrive at (UPnP Device Architecture 1.1,
 * section 4.3), on this machine's LAN-side address and a random port. Its path holds a random
 * token, so only the router that was told the CALLBACK can reach it. Each NOTIFY is answered 200
 * as soon as its body is read: miniupnpd sends no further NOTIFY to a subscriber while one is
 * still in flight (upnpevents.c, upnp_event_var_change_notify), so a slow answer loses events.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { parsePropertySet, type GenaProperties } from './gena-message';

export interface GenaNotify {
  sid: string;
  /** SEQ: 0 for the initial event, then one more per event the router delivered. */
  seq: number | null;
  properties: GenaProperties;
}

export interface GenaListener {
  /** `http://<lan address>:<port>/<token>`: the URL for the CALLBACK header. */
  readonly callbackUrl: string;
  close(): Promise<void>;
}

/** A NOTIFY body is a few hundred bytes; anything near this is not a router's. */
const MAX_BODY = 64 * 1024;
/** A NOTIFY that has not arrived whole by then is dropped: routers send it in one piece. */
const REQUEST_TIMEOUT_MS = 5000;

/**
 * Opens the listener. `accepts(sid)` says whether a NOTIFY's SID is the subscription's (else 412,
 * as UDA 4.3.2 asks for an unknown SID); `onNotify` gets each accepted, readable NOTIFY.
 */
export async function openGenaListener(
  localAddress: string,
  accepts: (sid: string) => boolean,
  onNotify: (notify: GenaNotify) => void,
): Promise<GenaListener> {
  const path = `/ipwatch/gena/${randomBytes(16).toString('hex')}`;
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS }, (req, res) =>
    handle(req, res, path, accepts, onNotify),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: localAddress, port: 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { callbackUrl: `http://${localAddress}:${port}${path}`, close: () => closeServer(server) };
}

function handle(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  accepts: (sid: string) => boolean,
  onNotify: (notify: GenaNotify) => void,
): void {
  const answer = (status: number) => {
    res.writeHead(status, { 'content-length': '0', connection: 'close' });
    res.end();
  };
  if (req.method !== 'NOTIFY') return answer(405);
  if (req.url !== path) return answer(404);
  const [sid, nt, nts] = ['sid', 'nt', 'nts'].map((name) => header(req, name));
  if (!nt || !nts || !sid) return answer(400);
  if (nt !== 'upnp:event' || nts !== 'upnp:propchange' || !accepts(sid)) return answer(412);
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) {
      answer(413);
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > MAX_BODY) return;
    const properties = parsePropertySet(Buffer.concat(chunks).toString('utf8'));
    answer(properties ? 200 : 400);
    const seq = Number(header(req, 'seq') ?? NaN);
    if (properties) onNotify({ sid, seq: Number.isSafeInteger(seq) && seq >= 0 ? seq : null, properties });
  });
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim();
};

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
