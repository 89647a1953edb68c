/**
 * Where mqtt.js connects, from the one parse of the broker's URL (shared/settings/destination-url.ts),
 * for the MQTT channel and the fleet link alike (issue 58). mqtt.js reads a URL string with Node's
 * legacy `url.parse`, which reads `mqtt://127.0.0.1:41883\@localhost:41884` as 127.0.0.1:41883
 * where the destination rule reads localhost:41884; so it is never given the string, only the
 * scheme, host and port the rule compared (and a WebSocket's path).
 */
import { readUrl } from '../../../shared/settings/destination-url';
import { type Passage, processGate } from './egress-gate';

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

/**
 * A client id: MQTT 3.1.1 (section 3.1.3.1) only guarantees ids of 1 to 23 characters from
 * 0-9a-zA-Z, and a broker may refuse anything else: "ipwatch", up to 8 letters or digits of
 * `name`, and 8 random hex digits. The name is cut, never the random part: two clients with one
 * id throw each other off the broker at each connect (issue 59: a 55-character site's Test took
 * over its running link).
 */
export const mqttClientId = (name: string, randomHex: string): string =>
  `ipwatch${name.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}${randomHex.replace(/[^0-9a-f]/gi, '').slice(0, 8)}`;

/** What the gate needs of an mqtt.js client: its connection events, and ending it. */
interface BrokerClient {
  on(event: 'connect' | 'close' | 'reconnect', listener: () => void): unknown;
  end(force?: boolean): unknown;
}

/**
 * `connect()` through the egress gate (net/egress-gate.ts): the broker passes it before mqtt.js
 * opens its socket (a refusal throws, nothing is opened) and again at each reconnect mqtt.js
 * makes on its own, when a refusal ends the client. Each of those opens a new socket to the
 * broker's name, which asks the system's resolver, so the name is recorded as looked up here:
 * mqtt.js's mqtt:// stream hands net.createConnection only port and host, never a `lookup` of ours
 * (mqtt 5, build/lib/connect/tcp.js), so none can be handed to the socket (egress-lookup.ts).
 *
 * One listener per event for the client's life, ending whichever passage is under way: a
 * `once('connect')` per attempt stayed behind at every attempt that never connected, so a client
 * left at a refusing broker gathered one more each reconnect period without end (the egress lab's
 * MaxListenersExceededWarning).
 */
export function connectThroughGate<C extends BrokerClient>(target: BrokerTarget, connect: () => C): C {
  const ask = { host: target.hostname.replace(/^\[|\]$/g, ''), port: target.port, protocol: 'tcp' } as const;
  // A passage ends at the first of its connect (made) and a close (failed).
  let current: Passage | undefined;
  const settle = (err?: unknown) => {
    current?.end(err);
    current = undefined;
  };
  const open = (): Passage => {
    const passage = processGate.open(ask);
    processGate.lookup(ask.host);
    return passage;
  };
  current = open();
  const client = connect();
  client.on('connect', () => settle());
  client.on('close', () => settle({ code: 'ECLOSED' }));
  client.on('reconnect', () => {
    settle({ code: 'ECLOSED' });
    try {
      current = open();
    } catch {
      client.end(true);
    }
  });
  return client;
}
