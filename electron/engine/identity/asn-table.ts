/**
 * IP-to-ASN from @ip-location-db/asn's `*-num.csv`: one range a line, `start,end,asn,org`,
 * addresses as decimal integers, sorted by start. The package ships no MMDB, and reading the
 * CSV into memory would cost more than the 15 MB, so the file stays on disk and a
 * lookup is a binary search over byte offsets: about 14 reads of a few hundred bytes each.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface AsnRange {
  start: bigint;
  end: bigint;
  asn: number;
  org: string;
}

/** Longer than any line of the file (the longest is about 260 bytes). */
const PROBE = 1024;
/** Below this many bytes between the bounds, the rest is read in one go and scanned. */
const SCAN = 2048;
const NL = 0x0a;

/** `start,end,asn,org` with org maybe quoted ("" for a quote inside). null for a line that is not one. */
export function parseAsnLine(line: string): AsnRange | null {
  const m = /^(\d+),(\d+),(\d+),(.*)$/.exec(line.trim());
  if (!m) return null;
  let org = m[4] ?? '';
  if (org.startsWith('"') && org.endsWith('"') && org.length >= 2) org = org.slice(1, -1).replaceAll('""', '"');
  return { start: BigInt(m[1] ?? ''), end: BigInt(m[2] ?? ''), asn: Number(m[3]), org };
}

export class AsnTable {
  private readonly fd: number;
  private readonly size: number;
  private readonly buf = Buffer.alloc(PROBE);

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  /** The range holding `ip` (an address as an integer), or null. */
  find(ip: bigint): AsnRange | null {
    // Invariant: the wanted line (the last one starting at or below ip) starts in [lo, hi).
    let lo = 0;
    let hi = this.size;
    while (hi - lo > SCAN) {
      const mid = lo + Math.floor((hi - lo) / 2);
      const first = this.firstLineFrom(mid);
      if (first === null || first.start > ip) hi = mid;
      else lo = mid;
    }
    let best: AsnRange | null = null;
    for (const range of this.linesIn(lo, hi)) {
      if (range.start > ip) break;
      best = range;
    }
    if (!best || best.end < ip) return null;
    // Read as bytes (offsets are byte counts); organisation names are UTF-8.
    return { ...best, org: Buffer.from(best.org, 'latin1').toString('utf8') };
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The first whole line starting at `at` or later. Only that line becomes a string: a lookup makes little garbage. */
  private firstLineFrom(at: number): AsnRange | null {
    const from = Math.max(0, at - 1);
    const n = readSync(this.fd, this.buf, 0, PROBE, from);
    const begin = at === 0 ? 0 : this.buf.indexOf(NL) + 1;
    if (begin === 0 && at !== 0) return null;
    const end = this.buf.indexOf(NL, begin);
    return parseAsnLine(this.buf.toString('latin1', begin, end < 0 || end > n ? n : end));
  }

  /** Every line starting in [lo, hi), in order. */
  private *linesIn(lo: number, hi: number): Generator<AsnRange> {
    const from = Math.max(0, lo - 1);
    const buf = Buffer.allocUnsafe(hi - from + PROBE);
    const n = readSync(this.fd, buf, 0, buf.length, from);
    const text = buf.toString('latin1', 0, n);
    let pos = lo === 0 ? 0 : text.indexOf('\n') + 1;
    if (lo !== 0 && pos === 0) return;
    while (from + pos < hi) {
      const end = text.indexOf('\n', pos);
      const range = parseAsnLine(text.slice(pos, end < 0 ? undefined : end));
      if (range) yield range;
      if (end < 0) return;
      pos = end + 1;
    }
  }
}
