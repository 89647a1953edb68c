/**
 * SSDP as a UPnP-IGD client speaks it (UPnP Device Architecture 1.1, section 1.3): the M-SEARCH
 * it sends and the HTTP-over-UDP answer it reads. Pure: the socket work is in ssdp.ts.
 *
 * An answer is unauthenticated (any host on the LAN can send one), so the only answer believed
 * is one whose LOCATION is on the gateway itself: everything after it (description, SOAP, GENA)
 * then goes over TCP to the gateway's own address.
 */

export const SSDP_GROUP = '239.255.255.250';
export const SSDP_PORT = 1900;

/** Both versions: a v2 device must answer a v1 search (UDA 1.1, 1.3.2), but some v1-only routers exist. */
export const IGD_SEARCH_TARGETS = [
  'urn:schemas-upnp-org:device:InternetGatewayDevice:1',
  'urn:schemas-upnp-org:device:InternetGatewayDevice:2',
] as const;

/** Seconds a device may wait before it answers (UDA: 1 to 5). miniupnpd answers at once; others spread. */
export const DEFAULT_MX = 2;

export interface SsdpAnswer {
  /** The device description's URL. */
  location: string;
  /** The search target the device answered for. */
  st: string;
  /** Unique service name: `uuid:...::urn:...`. */
  usn: string;
  /** SERVER: OS, UPnP version and product (`Debian/12 UPnP/1.1 MiniUPnPd/2.3.1`), when sent. */
  server?: string;
  /** BOOTID.UPNP.ORG: grows each time the device restarts (UDA 1.1), when sent. */
  bootId?: number;
}

/** The M-SEARCH datagram for one search target, addressed to `host` (the group, or the gateway for a unicast search). */
export function buildMSearch(st: string, host: string, port = SSDP_PORT, mx = DEFAULT_MX): Buffer {
  return Buffer.from(
    `M-SEARCH * HTTP/1.1\r\nHOST: ${host}:${port}\r\nMAN: "ssdp:discover"\r\nMX: ${mx}\r\nST: ${st}\r\n\r\n`,
    'latin1',
  );
}

/**
 * Reads one SSDP search answer: `HTTP/1.1 200 OK` and its headers (names in any letter case).
 * Null for anything else: a search or an announcement from another control point, an error
 * status, or an answer without LOCATION or ST.
 */
export function parseSsdpAnswer(datagram: Buffer | string): SsdpAnswer | null {
  const text = typeof datagram === 'string' ? datagram : datagram.toString('latin1');
  const [statusLine = '', ...lines] = text.split(/\r?\n/);
  if (!/^HTTP\/1\.[01] 200\b/i.test(statusLine)) return null;
  const headers = new Map<string, string>();
  for (const line of lines) {
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  const location = headers.get('location');
  const st = headers.get('st');
  if (!location || !st) return null;
  const bootId = Number(headers.get('bootid.upnp.org'));
  return {
    location,
    st,
    usn: headers.get('usn') ?? '',
    ...(headers.get('server') ? { server: headers.get('server') } : {}),
    ...(Number.isInteger(bootId) && bootId >= 0 && headers.has('bootid.upnp.org') ? { bootId } : {}),
  };
}

/** True for an Internet Gateway Device search target of any version. */
export const isIgdTarget = (st: string): boolean => /^urn:schemas-upnp-org:device:InternetGatewayDevice:\d+$/.test(st);

/**
 * The URL when it is plain HTTP on the gateway's own address (no host name: a name could
 * resolve anywhere), else null. Used for the LOCATION and for every URL the description gives.
 */
export function urlOnGateway(href: string, gateway: string, base?: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || url.username || url.password) return null;
  return url.hostname.replace(/^\[|\]$/g, '') === gateway ? url : null;
}
