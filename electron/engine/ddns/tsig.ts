/**
 * TSIG (RFC 8945) with hmac-sha256: a request signed as section 4.3.3 says (the MAC over the
 * message as sent without its TSIG record, then the TSIG variables), and the server's answer
 * verified (section 5.3: the MAC over the request's MAC, the answer without its TSIG record and
 * with its original id, then its variables). Single messages only: an update's answer is one
 * message, so the multi-message rules of 5.3.1 are not needed here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import dnsPacket from 'dns-packet';

import type { Reason, ReasonValues } from '../../../shared/reason';
import { inEnglish, reason } from '../reason';

export interface TsigKey {
  /** As the server names it, e.g. `ddns.example.org`. */
  name: string;
  algorithm: 'hmac-sha256';
  secret: Buffer;
}

const HASH = { 'hmac-sha256': 'sha256' } as const;
/** RFC 8945 4.3.2: 300 s is the recommended fudge. */
const FUDGE_S = 300;
const CLASS_ANY = 255;

/** TSIG error codes (RFC 8945 3 and IANA's DNS RCODEs). */
export const TSIG_ERRORS: Readonly<Record<number, string>> = {
  16: 'BADSIG',
  17: 'BADKEY',
  18: 'BADTIME',
  22: 'BADTRUNC',
};

// dns-packet's name encoder: exported by the package, not declared by its types.
const nameCodec = (dnsPacket as unknown as { name: { encode(n: string): Buffer } }).name;
/** A name in canonical wire form (RFC 4034 6.2: lower case, uncompressed), as the MAC covers it. */
const wireName = (n: string): Buffer => nameCodec.encode(n.toLowerCase());

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u48 = (n: number) => {
  const b = Buffer.alloc(6);
  b.writeUIntBE(n, 0, 6);
  return b;
};

interface TsigFields {
  timeSigned: number;
  fudge: number;
  mac: Buffer;
  originalId: number;
  error: number;
  other: Buffer;
}

/** The TSIG variables of 4.3.3, which follow the message in the digest. */
function variables(key: TsigKey, f: TsigFields): Buffer {
  const classTtl = Buffer.alloc(6);
  classTtl.writeUInt16BE(CLASS_ANY);
  return Buffer.concat([
    wireName(key.name),
    classTtl,
    wireName(key.algorithm),
    u48(f.timeSigned),
    u16(f.fudge),
    u16(f.error),
    u16(f.other.length),
    f.other,
  ]);
}

const hmac = (key: TsigKey, parts: Buffer[]): Buffer => {
  const h = createHmac(HASH[key.algorithm], key.secret);
  for (const p of parts) h.update(p);
  return h.digest();
};

function rdata(key: TsigKey, f: TsigFields): Buffer {
  return Buffer.concat([
    wireName(key.algorithm),
    u48(f.timeSigned),
    u16(f.fudge),
    u16(f.mac.length),
    f.mac,
    u16(f.originalId),
    u16(f.error),
    u16(f.other.length),
    f.other,
  ]);
}

/**
 * The packet encoded and signed: its TSIG record added last to the additional section. Returns
 * the wire form and the request's MAC, which the answer's MAC covers.
 */
export function signPacket(packet: dnsPacket.Packet, key: TsigKey, nowMs: number): { wire: Buffer; mac: Buffer } {
  const unsigned = dnsPacket.encode(packet);
  const f: TsigFields = {
    timeSigned: Math.floor(nowMs / 1000),
    fudge: FUDGE_S,
    mac: Buffer.alloc(0),
    originalId: packet.id ?? 0,
    error: 0,
    other: Buffer.alloc(0),
  };
  f.mac = hmac(key, [unsigned, variables(key, f)]);
  const tsig = { name: key.name, type: 'TSIG', class: 'ANY', ttl: 0, data: rdata(key, f) } as const;
  const wire = dnsPacket.encode({ ...packet, additionals: [...(packet.additionals ?? []), tsig] });
  return { wire, mac: f.mac };
}

/** Where a name that starts at `at` ends (a pointer ends it), in a message that may compress names. */
function skipName(msg: Buffer, at: number): number {
  for (let i = at; i < msg.length;) {
    const len = msg[i]!;
    if (len === 0) return i + 1;
    if ((len & 0xc0) === 0xc0) return i + 2;
    i += len + 1;
  }
  throw new Error('truncated name');
}

/** The offset of the last record of the message (where a TSIG record must be), or null when it has no records. */
function lastRecordStart(msg: Buffer): number | null {
  const counts = [4, 6, 8, 10].map((o) => msg.readUInt16BE(o));
  let at = 12;
  for (let q = 0; q < counts[0]!; q++) at = skipName(msg, at) + 4;
  const records = counts[1]! + counts[2]! + counts[3]!;
  let last: number | null = null;
  for (let r = 0; r < records; r++) {
    last = at;
    at = skipName(msg, at);
    at += 10 + msg.readUInt16BE(at + 8);
  }
  if (at > msg.length) throw new Error('truncated message');
  return last;
}

export type TsigCheck =
  | { ok: true }
  /**
   * The server's TSIG error (BADSIG, BADKEY, BADTIME...): it did not accept our key or time. With
   * BADTIME, `serverTime` is the server's clock (epoch s) as its answer says it (serverTimeOf).
   */
  | { ok: false; serverError: string; serverTime?: number }
  /** The answer's own signature is missing (`unsigned`) or wrong: it cannot be trusted. */
  | { ok: false; problem: string; reason: Reason; unsigned?: boolean };

/** Why an answer cannot be believed: its English and its code (reason.ddns.tsigAnswer's `what`). */
const problem = (what: string, values: ReasonValues = {}): { problem: string; reason: Reason } => {
  const r = reason('reason.ddns.tsigAnswer', { what, ...values });
  return { problem: inEnglish(r), reason: r };
};

/** Verifies a signed answer to a request whose MAC was `requestMac` (RFC 8945 5.3). */
export function verifyAnswer(msg: Buffer, requestMac: Buffer, key: TsigKey, nowMs: number): TsigCheck {
  const decoded = dnsPacket.decode(msg);
  const tsig = decoded.additionals?.at(-1);
  if (!tsig || tsig.type !== 'TSIG') return { ok: false, ...problem('unsigned'), unsigned: true };
  // RFC 8945 4.2: class ANY, TTL 0. The MAC covers them as those constants (4.3.3), so any other
  // value would verify while saying something else: refused, as Knot refuses it (FORMERR).
  // (dns-packet reads the class's top bit apart, as mDNS's cache-flush bit: 0x80FF is "ANY, flush".)
  if (tsig.class !== 'ANY' || (tsig as { flush?: boolean }).flush || tsig.ttl !== 0)
    return { ok: false, ...problem('classTtl', { tsigClass: String(tsig.class), ttl: String(tsig.ttl) }) };
  const start = lastRecordStart(msg)!;
  const data = tsig.data as Buffer;
  const algEnd = skipName(data, 0);
  const alg = nameCodecDecode(data.subarray(0, algEnd));
  let o = algEnd;
  const timeSigned = data.readUIntBE(o, 6);
  const fudge = data.readUInt16BE(o + 6);
  const macLen = data.readUInt16BE(o + 8);
  o += 10;
  const mac = data.subarray(o, o + macLen);
  o += macLen;
  const originalId = data.readUInt16BE(o);
  const error = data.readUInt16BE(o + 2);
  const otherLen = data.readUInt16BE(o + 4);
  // RFC 8945 4.2: the record is its fields and nothing else. Read leniently, a length that runs
  // past the end would verify as if it said zero (subarray stops at the end).
  if (o + 6 + otherLen !== data.length) return { ok: false, ...problem('lengths') };
  const other = data.subarray(o + 6, o + 6 + otherLen);
  const errorName = error === 0 ? null : (TSIG_ERRORS[error] ?? `TSIG error ${error}`);
  const refused = (): TsigCheck => {
    const serverTime = errorName === 'BADTIME' ? serverTimeOf(timeSigned, other) : undefined;
    return { ok: false, serverError: errorName!, ...(serverTime === undefined ? {} : { serverTime }) };
  };
  // 5.3.2: BADSIG and BADKEY answers come unsigned (the server could not sign with a key it refused).
  if (errorName && macLen === 0) return refused();
  if (tsig.name.toLowerCase() !== key.name.toLowerCase() || alg.toLowerCase() !== key.algorithm) {
    return { ok: false, ...problem('otherKey', { key: tsig.name, algorithm: alg }) };
  }
  const body = Buffer.from(msg.subarray(0, start));
  body.writeUInt16BE(originalId, 0);
  body.writeUInt16BE(body.readUInt16BE(10) - 1, 10);
  const f: TsigFields = { timeSigned, fudge, mac, originalId, error, other };
  const want = hmac(key, [u16(requestMac.length), requestMac, body, variables(key, f)]);
  if (mac.length !== want.length || !timingSafeEqual(mac, want)) {
    return { ok: false, ...problem('mac') };
  }
  if (errorName) return refused();
  if (Math.abs(nowMs / 1000 - timeSigned) > fudge) {
    return { ok: false, ...problem('time', { seconds: Math.round(nowMs / 1000 - timeSigned) }) };
  }
  return { ok: true };
}

/**
 * The server's clock in a BADTIME answer (epoch s). RFC 8945 5.2.3: the server answers BADTIME
 * with its current time as a 48-bit Other Data (Knot does so: libknot/tsig-op.c
 * `knot_tsig_sign`, with the request's own time left in Time Signed); an answer without it
 * has only its Time Signed, which a server that signs with its own clock fills in.
 */
export function serverTimeOf(timeSigned: number, other: Buffer): number {
  return other.length === 6 ? other.readUIntBE(0, 6) : timeSigned;
}

const nameCodecDecode = (wire: Buffer): string =>
  (dnsPacket as unknown as { name: { decode(b: Buffer, o: number): string } }).name.decode(wire, 0);
