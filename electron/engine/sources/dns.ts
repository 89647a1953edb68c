/**
 * DNS "what is my address" sources (OpenDNS myip, Google o-o.myaddr, Cloudflare whoami):
 * one raw UDP query sent over the forced family, whose server answers with the address it
 * saw the query come from. One round trip, no TLS: the cheapest source there is.
 */
import { randomInt } from 'node:crypto';

import dnsPacket from 'dns-packet';

import type { Family } from '../../../shared/types';
import { parseHostPort } from './parsers';
import { SourceError, type IpSource, type SourceDeps } from './types';

export interface DnsSourceSpec {
  kind: 'dns';
  id: string;
  provider: string;
  family: Family;
  /** `host:port` or `[v6]:port`. */
  server: string;
  name: string;
  type: 'A' | 'AAAA' | 'TXT';
  /** CH for Cloudflare's whoami.cloudflare; IN otherwise. */
  class: 'IN' | 'CH';
}

const RCODES: Record<number, string> = { 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED' };
const QR_BIT = 0x80;

export function createDnsSource(spec: DnsSourceSpec, deps: SourceDeps): IpSource {
  const { host, port } = parseHostPort(spec.server);

  async function query(signal: AbortSignal): Promise<string> {
    // A random id keeps a stray or forged reply from being taken for ours.
    const id = randomInt(0x10000);
    const payload = dnsPacket.encode({
      type: 'query',
      id,
      // Recursion desired: OpenDNS and 1.1.1.1 are resolvers; authoritative servers ignore it.
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: spec.type, name: spec.name, class: spec.class }],
    });
    const reply = await deps.net.udp.exchange({
      host,
      port,
      family: spec.family,
      payload,
      signal,
      accept: (msg) => msg.length >= 12 && msg.readUInt16BE(0) === id && (msg.readUInt8(2) & QR_BIT) !== 0,
    });
    return answerOf(reply, spec);
  }

  return { id: spec.id, provider: spec.provider, kind: 'dns', family: spec.family, cost: 1, query };
}

function answerOf(reply: Buffer, spec: DnsSourceSpec): string {
  let packet: dnsPacket.DecodedPacket;
  try {
    packet = dnsPacket.decode(reply);
  } catch {
    throw new SourceError('network', 'malformed DNS reply');
  }
  const rcode = (packet.flags ?? 0) & 0xf;
  if (rcode !== 0) {
    throw new SourceError(
      'parse',
      `DNS ${RCODES[rcode] ?? `rcode ${rcode}`} for ${spec.name} ${spec.class} ${spec.type}`,
    );
  }
  // Skips CNAMEs and anything else a server adds before the record asked for.
  for (const answer of packet.answers ?? []) {
    if (answer.type !== spec.type) continue;
    if (answer.type === 'A' || answer.type === 'AAAA') return answer.data;
    if (answer.type === 'TXT') return txtString(answer.data);
  }
  throw new SourceError('parse', `no ${spec.type} record in the DNS reply for ${spec.name}`);
}

/** One TXT record may be split in several character-strings; they form one value. */
function txtString(data: dnsPacket.TxtData): string {
  const parts = Array.isArray(data) ? data : [data];
  return parts.map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join('');
}
