/**
 * iputils' `tracepath -n` output, as recorded in tests/fixtures/path/ (iputils 20221126):
 *
 *    1?: [LOCALHOST]                      pmtu 1500
 *    1:  79.192.0.1                                            0.051ms
 *    1:  79.192.0.1                                            0.008ms
 *    2:  9.9.9.9                                               0.018ms reached
 *    3:  no reply
 *        Resume: pmtu 1500 hops 2 back 2
 *
 * A TTL may be printed more than once (tracepath probes again after a PMTU change); the first
 * line that names an address wins. `[LOCALHOST]` is this host, no hop. Pure.
 */
import ipaddr from 'ipaddr.js';

export interface ParsedHop {
  ttl: number;
  address: string | null;
  rttMs: number | null;
}

export interface ParsedPath {
  hops: ParsedHop[];
  reached: boolean;
}

const LINE = /^\s*(\d+)\??:\s+(\S+)(.*)$/;

export function parseTracepath(text: string): ParsedPath {
  const byTtl = new Map<number, ParsedHop>();
  let reached = false;
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [ttl, first, rest] = [Number(m[1]), m[2] ?? '', m[3] ?? ''];
    if (first === '[LOCALHOST]') continue;
    const address = ipaddr.isValid(first) ? ipaddr.parse(first).toString() : null;
    const rtt = /([\d.]+)ms/.exec(rest);
    const hop = { ttl, address, rttMs: rtt ? Number(rtt[1]) : null };
    const known = byTtl.get(ttl);
    if (!known || (known.address === null && address !== null)) byTtl.set(ttl, hop);
    if (/\breached\b/.test(rest)) reached = true;
  }
  return { hops: [...byTtl.values()].sort((a, b) => a.ttl - b.ttl), reached };
}
