/**
 * `traceroute -n` output (Dmitry Butskoy's traceroute 2.1, Debian's `traceroute`), as recorded in
 * tests/fixtures/path/:
 *
 *   traceroute to 9.9.9.9 (9.9.9.9), 10 hops max, 60 byte packets
 *    1  8.8.8.1  0.236 ms  0.192 ms  0.182 ms
 *    2  * * *
 *    1  8.8.8.1  0.025 ms !N
 *
 * traceroute(8): each probe prints its address when it differs from the probe before, then its
 * time, `*` for no answer, and `!H`, `!N`, `!P`, `!X`... when an ICMP unreachable came back. The
 * hop's address is the first one that answered. traceroute does not say whether it reached the
 * target: a last hop that is the target is. Pure.
 */
import ipaddr from 'ipaddr.js';

import type { ParsedHop, ParsedPath } from './tracepath-output';

const LINE = /^\s*(\d+)\s+(.*)$/;

export function parseTraceroute(text: string, target: string): ParsedPath {
  const hops: ParsedHop[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('traceroute')) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const tokens = (m[2] ?? '').trim().split(/\s+/);
    const first = tokens.find((t) => ipaddr.isValid(t));
    const rtt = tokens.findIndex((t) => t === 'ms');
    hops.push({
      ttl: Number(m[1]),
      address: first ? ipaddr.parse(first).toString() : null,
      rttMs: rtt > 0 && first ? Number(tokens[rtt - 1]) : null,
    });
  }
  const last = hops.at(-1);
  const wanted = ipaddr.isValid(target) ? ipaddr.parse(target).toString() : target;
  return { hops, reached: last?.address === wanted };
}
