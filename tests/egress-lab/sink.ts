/**
 * The egress lab's sink (tests/helpers/egress-lab.ts), run inside the sink's namespace: the only
 * peer the runner's namespace can reach. Every address beyond the link is local to the sink (its
 * routing table says so), so a connection to any host is answered at once (a RST, an ICMP port
 * unreachable, or one of the stand-ins below) instead of waiting for a time-out.
 *
 * - The resolver the runner's namespace names in its resolv.conf: it answers every A and AAAA
 *   question with an address of the name's own (198.18.S.n, 2001:db8:S::n, RFC 2544 and RFC 3849
 *   ranges), so each packet to that address is known to be for that name; other types get an
 *   empty answer.
 * - An HTTP stand-in on every address, port HTTP_PORT: `/ip` answers the lab's public address
 *   (a custom source), `/nic/update` as a dyndns2 server, anything else 200 `OK` (webhook, heartbeat).
 *
 * Prints one JSON line per event on stdout: `ready`, `dns` (name, type, answer) and `http`
 * (method, path without its query, the address it came to).
 *
 *   node --import tsx tests/egress-lab/sink.ts '{"resolver":"10.77.3.1","v4":"198.18.3.","v6":"2001:db8:3::","port":8080,"publicV4":"81.2.69.142"}'
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:http';

import dnsPacket from 'dns-packet';

export interface SinkConfig {
  /** The resolver's address (on the sink's side of the link). */
  resolver: string;
  /** Prefixes of the names' addresses: `198.18.3.` + n, `2001:db8:3::` + hex n. */
  v4: string;
  v6: string;
  /** The HTTP stand-in's port. */
  port: number;
  /** What `/ip` answers. */
  publicV4: string;
}

export type SinkLine =
  | { kind: 'ready' }
  | { kind: 'dns'; name: string; type: string; answer: string | null }
  | { kind: 'http'; method: string; path: string; local: string };

const say = (line: SinkLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

function startResolver(config: SinkConfig): Promise<void> {
  const numbers = new Map<string, number>();
  const addressOf = (name: string, type: 'A' | 'AAAA') => {
    const key = name.toLowerCase().replace(/\.$/, '');
    if (!numbers.has(key)) numbers.set(key, numbers.size + 10);
    const n = numbers.get(key)!;
    return type === 'A' ? `${config.v4}${n}` : `${config.v6}${n.toString(16)}`;
  };
  const socket = createSocket('udp4');
  socket.on('message', (msg, from) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(msg);
    } catch {
      return;
    }
    const answers: dnsPacket.Answer[] = [];
    for (const q of query.questions ?? []) {
      const answer = q.type === 'A' || q.type === 'AAAA' ? addressOf(q.name, q.type) : null;
      say({ kind: 'dns', name: q.name.toLowerCase(), type: q.type, answer });
      if (answer && (q.type === 'A' || q.type === 'AAAA'))
        answers.push({ type: q.type, name: q.name, ttl: 1, class: 'IN', data: answer });
    }
    const reply = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: query.questions,
      answers,
    });
    socket.send(reply, from.port, from.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(53, config.resolver, () => resolve());
  });
}

function startHttp(config: SinkConfig): Promise<void> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sink');
    say({ kind: 'http', method: req.method ?? '', path: url.pathname, local: req.socket.localAddress ?? '' });
    req.resume();
    req.on('end', () => {
      if (url.pathname === '/ip') res.end(config.publicV4);
      else if (url.pathname === '/nic/update') res.end(`good ${url.searchParams.get('myip') ?? config.publicV4}`);
      else res.end('OK');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '::', () => resolve());
  });
}

const config = JSON.parse(process.argv[2] ?? '{}') as SinkConfig;
await Promise.all([startResolver(config), startHttp(config)]);
say({ kind: 'ready' });
