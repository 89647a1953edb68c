/**
 * A local UPnP Internet Gateway Device standing in for miniupnpd 2.3.1 (Debian's build), on
 * loopback: an SSDP responder, the HTTP server with rootDesc.xml, SOAP control and GENA events.
 *
 * Built from the UPnP Device Architecture 1.1 and WANIPConnection:2 specifications and from
 * miniupnpd's source (github.com/miniupnp/miniupnp, tag miniupnpd_2_3_1, folder miniupnpd/),
 * with the answers checked byte for byte against the real daemon in a network namespace:
 * - SSDP (minissdp.c, ProcessSSDPData / SendSSDPResponse): answers an M-SEARCH whose ST starts
 *   with a known type, echoing the searched version (Debian builds SSDP_RESPOND_SAME_VERSION),
 *   LOCATION http://HOST:PORT/rootDesc.xml. Unicast searches are answered too.
 * - rootDesc.xml (upnpdescgen.c, rootDesc[]): IGD v2 by default (WANIPConnection:2 at
 *   /ctl/IPConn, events at /evt/IPConn), v1 with `igdVersion: 1` (miniupnpd's -1).
 * - SOAP (upnpsoap.c): the action comes from the SOAPAction header (ExecuteSoapAction); an
 *   unknown one is UPnPError 401 "Invalid Action" (SoapError, HTTP 500); none at all is a 400.
 *   GetExternalIPAddress answers an empty string when the WAN address is reserved
 *   (getifaddr.c, addr_is_reserved: private, 100.64/10, ...) or missing.
 *   AddPortMapping and GetGenericPortMappingEntry keep and list a mapping table
 *   (upnp-igd-mappings.ts; the listing checked against the real daemon by router/lab-mappings.test.ts).
 * - GENA (upnphttp.c ProcessHTTPSubscribe_upnphttp / ProcessHTTPUnSubscribe_upnphttp,
 *   upnpevents.c), not UPNP_STRICT as Debian builds it: TIMEOUT granted as asked (1800 for none),
 *   a CALLBACK must be on the requester's own address (checkCallbackURL) else 412, an unknown
 *   or expired SID is 412, an unknown event path is 200 without a SID. NOTIFY goes out at once
 *   after a SUBSCRIBE (SEQ 0) and on each WAN change, raw as upnp_event_prepare writes it; while
 *   one NOTIFY to a subscriber is in flight, a change is not sent to it (the 4-in-77 loss the lab
 *   saw); a NOTIFY that cannot be delivered removes the subscriber; SEQ grows once answered.
 *   On a lost address the event says Disconnected and 0.0.0.0 (genEventVars).
 *
 * @example
 *   const igd = await startUpnpIgd({ externalAddress: '81.2.69.142' });
 *   createUpnpIgd({ gateway: { address: '127.0.0.1', family: 4 }, ssdpTargets: [igd.ssdp], ... });
 *   igd.setExternalAddress('81.2.69.160'); // NOTIFY to subscribers
 *   igd.restart(); // forgets subscriptions: a renewal answers 412
 */
import { randomUUID } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

import { MappingTable, soapArgs } from './upnp-igd-mappings';
import { igdRootDesc, isReserved, propertySet, soapFault, soapResponse } from './upnp-igd-xml';

export interface UpnpIgdOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** The WAN address; null for none. Default 81.2.69.142. */
  externalAddress?: string | null;
  /** Default 2 (Debian's miniupnpd). */
  igdVersion?: 1 | 2;
  /** The fake's clock for subscription expiry (a test's FakeClock.now); default Date.now. */
  now?: () => number;
}

export interface Subscriber {
  sid: string;
  callback: string;
  expiresAt: number;
  seq: number;
  inFlight: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  status: number;
}

export interface FakeUpnpIgd {
  /** Where to send the SSDP search (the client's `ssdpTargets`). */
  readonly ssdp: { address: string; port: number };
  readonly location: string;
  readonly searches: number;
  readonly requests: readonly LoggedRequest[];
  readonly subscribers: readonly Subscriber[];
  /** NOTIFYs not sent because one to the same subscriber was in flight. */
  readonly skippedNotifies: number;
  setExternalAddress(ip: string | null): void;
  /** The next SOAP calls answer this UPnPError (null: answer normally). */
  setSoapFault(fault: { code: number; description: string } | null): void;
  /** The port mappings (AddPortMapping, GetGenericPortMappingEntry: upnp-igd-mappings.ts). */
  readonly mappings: MappingTable;
  /** Stops answering SSDP searches (a router with UPnP switched off). */
  setSsdpSilent(silent: boolean): void;
  /** Loses the next `count` M-SEARCH datagrams, as UDP may. */
  dropSearches(count: number): void;
  /** SSDP answers sent before the real one for every search (say, a LOCATION on another host). */
  setSsdpDecoys(answers: string[]): void;
  /**
   * A router restart: subscriptions forgotten, BOOTID up; with `newHttpPort`, its HTTP server
   * comes back on another port (miniupnpd's `port=0`, Debian's default, picks one at each start).
   */
  restart(options?: { newHttpPort?: boolean }): Promise<void>;
  close(): Promise<void>;
}

const UUID = '3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b';
const SERVER = 'Debian/12 UPnP/1.1 MiniUPnPd/2.3.1';
const KNOWN_TYPES = [
  'upnp:rootdevice',
  'urn:schemas-upnp-org:device:InternetGatewayDevice:',
  'urn:schemas-upnp-org:device:WANConnectionDevice:',
  'urn:schemas-upnp-org:device:WANDevice:',
  'urn:schemas-upnp-org:service:WANIPConnection:',
  'urn:schemas-upnp-org:service:WANCommonInterfaceConfig:',
];

export async function startUpnpIgd(options: UpnpIgdOptions = {}): Promise<FakeUpnpIgd> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? Date.now;
  const version = options.igdVersion ?? 2;
  let external = options.externalAddress === undefined ? '81.2.69.142' : options.externalAddress;
  let fault: { code: number; description: string } | null = null;
  let silent = false;
  let decoys: string[] = [];
  let drop = 0;
  let bootId = 1795600606;
  let searches = 0;
  let skipped = 0;
  const requests: LoggedRequest[] = [];
  const mappings = new MappingTable();
  let subscribers: Subscriber[] = [];
  const usable = () => (external && !isReserved(external) ? external : null);

  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = route(req, res, Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, status });
    });
  });
  http.keepAliveTimeout = 1;
  const listen = () => new Promise<void>((resolve) => http.listen(0, host, resolve));
  await listen();
  let location = '';
  const locate = () => (location = `http://${host}:${(http.address() as AddressInfo).port}/rootDesc.xml`);
  locate();

  /** miniupnpd's BuildHeader_upnphttp: every answer closes its connection. */
  function reply(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): number {
    res.sendDate = false;
    res.writeHead(status, {
      'Content-Type': status === 400 ? 'text/html' : 'text/xml; charset="utf-8"',
      Connection: 'close',
      'Content-Length': String(Buffer.byteLength(body)),
      Server: SERVER,
      Ext: '',
      ...headers,
    });
    res.end(body);
    return status;
  }

  function route(req: IncomingMessage, res: ServerResponse, body: string): number {
    const path = req.url ?? '';
    if (req.method === 'GET' && path === '/rootDesc.xml') return reply(res, 200, igdRootDesc(version, UUID, host));
    if (req.method === 'POST' && path.startsWith('/ctl/')) return control(req, res, body);
    if (req.method === 'SUBSCRIBE' && path.startsWith('/evt/')) return subscribe(req, res, path);
    if (req.method === 'UNSUBSCRIBE' && path.startsWith('/evt/')) return unsubscribe(req, res);
    return reply(res, 404, '<html><body>Not Found</body></html>');
  }

  function control(req: IncomingMessage, res: ServerResponse, body: string): number {
    const header = String(req.headers.soapaction ?? '');
    const m = /^"?([^#"]+)#([^"]+)"?$/.exec(header);
    if (!m) return reply(res, 400, '<html><body>Bad request</body></html>');
    const [, ns = '', action = ''] = m;
    if (fault) return reply(res, 500, soapFault(fault.code, fault.description));
    const client = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    const mapped = mappings.handle(action, soapArgs(body), client);
    if (mapped)
      return mapped.ok
        ? reply(res, 200, soapResponse(action, ns, mapped.out))
        : reply(res, 500, soapFault(mapped.code, mapped.description));
    if (action !== 'GetExternalIPAddress') return reply(res, 500, soapFault(401, 'Invalid Action'));
    return reply(res, 200, soapResponse(action, ns, { NewExternalIPAddress: usable() ?? '' }));
  }

  function subscribe(req: IncomingMessage, res: ServerResponse, path: string): number {
    const callback = req.headers.callback;
    const sid = req.headers.sid;
    const seconds = Number(/^Second-(\d+)/i.exec(String(req.headers.timeout ?? ''))?.[1] ?? 0) || 1800;
    if (typeof callback === 'string') {
      const url = /<(http:\/\/[^>]+)>/.exec(callback)?.[1];
      const client = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
      if (!url || new URL(url).hostname !== client) return reply(res, 412);
      if (path !== '/evt/IPConn') return reply(res, 200, '', { Timeout: `Second-${seconds}` });
      const sub: Subscriber = { sid: `uuid:${randomUUID()}`, callback: url, expiresAt: 0, seq: 0, inFlight: false };
      sub.expiresAt = now() + seconds * 1000;
      subscribers.push(sub);
      const status = reply(res, 200, '', { Timeout: `Second-${seconds}`, SID: sub.sid });
      res.on('finish', () => sendNotify(sub));
      return status;
    }
    const sub = live().find((s) => s.sid === sid);
    if (!sub) return reply(res, 412);
    sub.expiresAt = now() + seconds * 1000;
    return reply(res, 200, '', { Timeout: `Second-${seconds}`, SID: sub.sid });
  }

  function unsubscribe(req: IncomingMessage, res: ServerResponse): number {
    const before = subscribers.length;
    subscribers = subscribers.filter((s) => s.sid !== req.headers.sid);
    return reply(res, subscribers.length < before ? 200 : 412);
  }

  /** Expired subscribers without a NOTIFY in flight are dropped (upnpevents_processfds). */
  function live(): Subscriber[] {
    subscribers = subscribers.filter((s) => s.inFlight || s.expiresAt >= now());
    return subscribers;
  }

  function sendNotify(sub: Subscriber): void {
    if (sub.inFlight) {
      skipped += 1;
      return;
    }
    sub.inFlight = true;
    const url = new URL(sub.callback);
    const xml = propertySet(usable(), version);
    const message =
      `NOTIFY ${url.pathname || '/'} HTTP/1.1\r\nHost: ${url.host}\r\n` +
      `Content-Type: text/xml; charset="utf-8"\r\nContent-Length: ${Buffer.byteLength(xml) + 2}\r\n` +
      `NT: upnp:event\r\nNTS: upnp:propchange\r\nSID: ${sub.sid}\r\nSEQ: ${sub.seq}\r\n` +
      `Connection: close\r\nCache-Control: no-cache\r\n\r\n${xml}\r\n`;
    const socket = connect(Number(url.port || 80), url.hostname, () => socket.write(message));
    let answered = false;
    socket.once('data', () => {
      answered = true;
      sub.seq += 1;
      socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sub.inFlight = false;
      if (!answered) subscribers = subscribers.filter((s) => s !== sub);
    });
  }

  const closeHttp = () =>
    new Promise<void>((resolve) => {
      http.close(() => resolve());
      http.closeAllConnections();
    });

  const ssdp = createSocket('udp4');
  ssdp.on('message', (msg, from) => {
    const text = msg.toString('latin1');
    if (!text.startsWith('M-SEARCH')) return;
    searches += 1;
    if (drop > 0) {
      drop -= 1;
      return;
    }
    const st = /\r\nST:[ \t]*([^\r\n]*)/i.exec(text)?.[1]?.trim() ?? '';
    if (silent || !KNOWN_TYPES.some((t) => st.startsWith(t))) return;
    const answer =
      `HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: ${st}\r\nUSN: uuid:${UUID}::${st}\r\nEXT:\r\n` +
      `SERVER: ${SERVER}\r\nLOCATION: ${location}\r\nOPT: "http://schemas.upnp.org/upnp/1/0/"; ns=01\r\n` +
      `01-NLS: ${bootId}\r\nBOOTID.UPNP.ORG: ${bootId}\r\nCONFIGID.UPNP.ORG: 1337\r\n\r\n`;
    for (const d of [...decoys, answer]) ssdp.send(d, from.port, from.address);
  });
  await new Promise<void>((resolve) => ssdp.bind(0, host, resolve));

  return {
    ssdp: { address: host, port: ssdp.address().port },
    get location() {
      return location;
    },
    get searches() {
      return searches;
    },
    requests,
    mappings,
    get subscribers() {
      return live();
    },
    get skippedNotifies() {
      return skipped;
    },
    setExternalAddress(ip) {
      external = ip;
      for (const sub of live()) sendNotify(sub);
    },
    setSoapFault: (f) => (fault = f),
    setSsdpSilent: (s) => (silent = s),
    setSsdpDecoys: (d) => (decoys = d),
    dropSearches: (count) => (drop = count),
    async restart(options = {}) {
      subscribers = [];
      bootId += 1;
      if (!options.newHttpPort) return;
      await closeHttp();
      await listen();
      locate();
    },
    async close() {
      ssdp.close();
      await closeHttp();
    },
  };
}
