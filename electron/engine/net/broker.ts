/**
 * Where mqtt.js connects, from the one parse of the broker's URL (shared/settings/destination-url.ts),
 * for the MQTT channel and the fleet link alike (issue 58). mqtt.js reads a URL string with Node's
 * legacy `url.parse`, which reads `mqtt://127.0.0.1:41883\@localhost:41884` as 127.0.0.1:41883
 * where the destination rule reads localhost:41884; so it is never given the string, only the
 * scheme, host and port the rule compared (and a WebSocket's path).
 */
import { readUrl } from '../../../shared/settings/destination-url';

export interface BrokerTarget {
  protocol: 'mqtt' | 'mqtts' | 'ws' | 'wss';
  /** What mqtt.js hands net/tls.connect (`hostname`), or puts in a WebSocket URL (brackets for IPv6). */
  hostname: string;
  host: string;
  port: number;
  /** A WebSocket's path and query; '' for mqtt(s). */
  path: string;
}

const PROTOCOLS = new Set(['mqtt', 'mqtts', 'ws', 'wss']);

/** The broker's scheme, host and port as the rule reads them; throws in words for an address it refuses. */
export function brokerTarget(url: string): BrokerTarget {
  const r = readUrl(url);
  if (!r.ok) throw new Error(`the broker address is refused: ${r.problem}`);
  const { scheme, host, hostname, port, pathname, search } = r.url;
  if (!PROTOCOLS.has(scheme))
    throw new Error(`expected an mqtt://, mqtts://, ws:// or wss:// broker, got ${scheme}://`);
  const ws = scheme === 'ws' || scheme === 'wss';
  // mqtt.js builds a WebSocket's URL as protocol://hostname:port+path: an IPv6 host keeps its brackets there.
  const name = ws ? host : hostname;
  return {
    protocol: scheme as BrokerTarget['protocol'],
    hostname: name,
    host: name,
    port,
    path: ws ? `${pathname || '/'}${search}` : '',
  };
}
