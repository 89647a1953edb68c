/**
 * A local UDP DNS server standing in for OpenDNS (myip A/AAAA), Google (o-o.myaddr TXT) and
 * Cloudflare (whoami CH TXT). Records and faults can be changed while it runs. Binds
 * 127.0.0.1 unless `host: '::1'`.
 *
 * @example
 *   const dns = await startDnsServer();
 *   dns.setRecord('myip.opendns.com', 'A', '81.2.69.142');
 *   dns.setRecord('whoami.cloudflare', 'TXT', '81.2.69.142', 'CH');
 *   const source = createDnsSource({ ..., server: dns.server, name: 'myip.opendns.com', type: 'A', class: 'IN' }, deps);
 *   dns.setFault('servfail');
 *   await dns.close();
 */
import { createSocket, type RemoteInfo } from 'node:dgram';
import type { AddressInfo } from 'node:net';

import dnsPacket from 'dns-packet';

/** NS: a zone's name servers, for the dynamic DNS proof (authoritative servers found by NS). */
export type DnsRecordType = 'A' | 'AAAA' | 'TXT' | 'NS';
export type DnsClass = 'IN' | 'CH';

export type DnsFault =
  | 'none'
  /** Never answers. */
  | 'timeout'
  | 'servfail'
  | 'nxdomain'
  /** NOERROR with an empty answer section. */
  | 'empty'
  /** Answers with another transaction id first (must be ignored), then correctly. */
  | 'wrong-id-first'
  /** Answers a datagram that is not DNS, with the right id (a malformed reply). */
  | 'garbage'
  /** Answers every A/AAAA/TXT question with the client's own address as the server saw it. */
  | 'echo-remote';

export interface DnsServerOptions {
  /** Address to bind: '127.0.0.1' (default) or '::1'. */
  host?: string;
  /** Port to bind; 0 (default) picks a free one. */
  port?: number;
}

export interface DnsQuestionSeen {
  name: string;
  type: string;
  class: string;
  /** The client's address as the server saw it. */
  remote: string;
  recursionDesired: boolean;
}

export interface FakeDnsServer {
  readonly port: number;
  readonly host: string;
  /** `host:port` as the settings and DnsSourceSpec.server take it. */
  readonly server: string;
  readonly requests: number;
  readonly lastQuestion: DnsQuestionSeen | undefined;
  /** Sets (replaces) the answers to one name/type/class; an empty list removes them. */
  setRecord(name: string, type: DnsRecordType, values: string | string[], cls?: DnsClass): void;
  setFault(fault: DnsFault): void;
  reset(): void;
  close(): Promise<void>;
}

const RCODE = { servfail: 2, nxdomain: 3 } as const;

const key = (name: string, type: string, cls: string) => `${cls}/${type}/${name.toLowerCase().replace(/\.$/, '')}`;

export async function startDnsServer(options: DnsServerOptions = {}): Promise<FakeDnsServer> {
  const host = options.host ?? '127.0.0.1';
  const records = new Map<string, string[]>();
  let fault: DnsFault = 'none';
  let requests = 0;
  let lastQuestion: DnsQuestionSeen | undefined;
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');

  const answersFor = (q: dnsPacket.Question, remote: string): dnsPacket.Answer[] => {
    const cls = q.class ?? 'IN';
    const type = q.type;
    if (type !== 'A' && type !== 'AAAA' && type !== 'TXT' && type !== 'NS') return [];
    const values = fault === 'echo-remote' ? [remote] : (records.get(key(q.name, type, cls)) ?? []);
    return values.map((v) =>
      type === 'TXT'
        ? { type, class: cls, name: q.name, ttl: 0, data: [v] }
        : { type, class: cls, name: q.name, ttl: 0, data: v },
    );
  };

  const reply = (query: dnsPacket.DecodedPacket, rinfo: RemoteInfo) => {
    const remote = rinfo.address.replace(/^::ffff:/, '');
    const questions = query.questions ?? [];
    const send = (packet: dnsPacket.Packet) => socket.send(dnsPacket.encode(packet), rinfo.port, rinfo.address);
    const rcode = fault === 'servfail' || fault === 'nxdomain' ? RCODE[fault] : 0;
    const answers = rcode || fault === 'empty' ? [] : questions.flatMap((q) => answersFor(q, remote));
    const response: dnsPacket.Packet = { type: 'response', id: query.id ?? 0, flags: rcode, questions, answers };
    if (fault === 'garbage') {
      const junk = Buffer.from('\0\0\x81\x80 not a DNS message', 'latin1');
      junk.writeUInt16BE(query.id ?? 0, 0);
      socket.send(junk, rinfo.port, rinfo.address);
      return;
    }
    if (fault === 'wrong-id-first') send({ ...response, id: ((query.id ?? 0) + 1) & 0xffff });
    send(response);
  };

  socket.on('message', (msg, rinfo) => {
    requests += 1;
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(msg);
    } catch {
      return;
    }
    const q = query.questions?.[0];
    if (q) {
      lastQuestion = {
        name: q.name,
        type: q.type,
        class: q.class ?? 'IN',
        remote: rinfo.address.replace(/^::ffff:/, ''),
        recursionDesired: query.flag_rd,
      };
    }
    if (fault !== 'timeout') reply(query, rinfo);
  });

  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(options.port ?? 0, host, () => resolve());
  });
  const port = (socket.address() as AddressInfo).port;
  // Idempotent, so a test may close early and still leave the cleanup hook to call it again.
  let closing: Promise<void> | undefined;

  return {
    port,
    host,
    server: host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`,
    get requests() {
      return requests;
    },
    get lastQuestion() {
      return lastQuestion;
    },
    setRecord(name, type, values, cls = 'IN') {
      const list = Array.isArray(values) ? values : [values];
      if (list.length === 0) records.delete(key(name, type, cls));
      else records.set(key(name, type, cls), list);
    },
    setFault(next) {
      fault = next;
    },
    reset() {
      requests = 0;
      lastQuestion = undefined;
    },
    close: () => (closing ??= new Promise<void>((resolve) => socket.close(() => resolve()))),
  };
}
