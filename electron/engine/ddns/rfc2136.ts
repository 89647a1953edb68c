/**
 * RFC 2136 dynamic update, signed with TSIG (RFC 8945), to the primary server the user names.
 *
 * First a signed update with a prerequisite only (2.4.2, "RRset exists, value dependent": the
 * name's RRset of the type is exactly the new address) and nothing to change: NOERROR means the
 * record is already in step (`unchanged`, nothing sent that changes the zone), NXRRSET that it is
 * not. Then the update: delete the name's RRset of the type (2.5.2) and add the new record, both
 * in one message, which the server applies all or nothing (3.4). Every answer's signature is
 * verified before its rcode is believed.
 *
 *   answer                                  | outcome
 *   ----------------------------------------+----------------------------------------------------
 *   NOERROR (signed)                        | updated, or unchanged for the check
 *   TSIG BADKEY, BADSIG (rcode NOTAUTH)     | stop: the key is refused (a person must act)
 *   TSIG BADTIME                            | retry: "this machine's clock is N s off" (heals
 *                                           | when the clock is set: NTP, a clock battery)
 *   other TSIG errors (BADTRUNC...)         | stop: the key's settings are refused
 *   NOTAUTH, REFUSED, NOTZONE, NOTIMP,      | stop: the server does not take this update from
 *   FORMERR                                 | us for this zone (a person must act)
 *   SERVFAIL, any other rcode               | retry
 *   no answer, an answer not verified       | retry
 *
 * A retry waits as the etiquette says (net/etiquette.ts, through plan.ts): 30 s doubling to 1 h.
 */
import { randomInt } from 'node:crypto';

import dnsPacket from 'dns-packet';
import ipaddr from 'ipaddr.js';

import type { Reason } from '../../../shared/reason';
import type { DdnsOutcome, DdnsRecordOf } from '../../../shared/settings/ddns';
import { deadline } from '../net/deadline';
import { inEnglish, reason, ReasonError } from '../reason';
import { wrongFamily } from './family';
import { type ImportsFrom, str } from './import-entry';
import { exchange } from './transport';
import { signPacket, type TsigKey, verifyAnswer } from './tsig';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from './types';
import { asDetail, why } from './why';

type Rfc2136Record = DdnsRecordOf<'rfc2136'>;

const OPCODE_UPDATE = 5 << 11;
const TYPE_CODE = { A: 1, AAAA: 28 } as const;
const RCODES = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
];

type Mode = 'check' | 'update';

/** Answers that refuse: believed even unsigned (see ask). */
const REFUSALS = new Set(['NOTAUTH', 'REFUSED', 'NOTZONE', 'NOTIMP', 'FORMERR']);

function updatePacket(r: Rfc2136Record, address: string, mode: Mode): dnsPacket.Packet {
  // In canonical form (RFC 5952): dns-packet's address encoder (@leichtgewicht/ip-codec 2.0.5)
  // writes a `::` that stands for one group at the start, as in `::0:0:0:0:0:0:1`, as all zeros.
  const data = r.type === 'AAAA' ? ipaddr.IPv6.parse(address).toString() : address;
  const rr = { name: r.name, type: r.type, class: 'IN', data } as const;
  // The RRset of the type, deleted (class ANY, TTL 0, no data): dns-packet encodes a bare type
  // number with empty data as `UNKNOWN_<n>`, and the type names take data of their own shape.
  const deleteRrset = {
    name: r.name,
    type: `UNKNOWN_${TYPE_CODE[r.type]}`,
    class: 'ANY',
    ttl: 0,
    data: Buffer.alloc(0),
  } as unknown as dnsPacket.Answer;
  return {
    id: randomInt(0, 65_536),
    type: 'query',
    flags: OPCODE_UPDATE,
    // The zone section (RFC 2136 2.3), as the question section: the zone's name, type SOA.
    questions: [{ name: r.zone, type: 'SOA', class: 'IN' }],
    // The prerequisite section, as the answer section: TTL 0.
    answers: mode === 'check' ? [{ ...rr, ttl: 0 }] : [],
    // The update section, as the authority section.
    authorities: mode === 'update' ? [deleteRrset, { ...rr, ttl: r.ttl }] : [],
  };
}

type Answer = { rcode: string } | DdnsOutcome;

/** Whether a server's RCODE switches the record off (a person must act) or is tried again. */
const RCODE_STOPS = new Set(['NOTAUTH', 'REFUSED', 'NOTZONE', 'NOTIMP', 'FORMERR']);

function rcodeOutcome(r: Rfc2136Record, rcode: string): DdnsOutcome & { code: Reason } {
  const server = `${r.server}:${r.port}`;
  const { text, code } = why('reason.ddns.rcode', { rcode, server, key: r.keyName, zone: r.zone, name: r.name });
  return { kind: RCODE_STOPS.has(rcode) ? 'stop' : 'retry', reason: text, code };
}

/** The clock's offset from the server's, as the values of reason.ddns.badTime. Pure. */
function clockValues(serverTimeS: number | undefined, nowMs: number): { clock: string; seconds: number } {
  const off = serverTimeS === undefined ? 0 : Math.round(nowMs / 1000 - serverTimeS);
  // Within the fudge the server's answer did not carry its own time (only ours, echoed).
  if (Math.abs(off) <= 300) return { clock: 'fudge', seconds: 0 };
  return { clock: off > 0 ? 'ahead' : 'behind', seconds: Math.abs(off) };
}

/** How far this machine's clock is from the server's, in English words, from the server's time in its BADTIME answer. Pure. */
export const clockWords = (serverTimeS: number | undefined, nowMs: number): string =>
  inEnglish(reason('reason.ddns.clock', clockValues(serverTimeS, nowMs)));

async function ask(
  r: Rfc2136Record,
  key: TsigKey,
  deps: DdnsDeps,
  packet: dnsPacket.Packet,
  signal: AbortSignal,
): Promise<Answer> {
  const at = `${r.server}:${r.port}`;
  const { wire, mac } = signPacket(packet, key, deps.clock.now());
  // net/deadline, not AbortSignal.timeout inside any(): see its note on Node 20.
  const limit = deadline(signal, deps.timeoutMs);
  let msg: Buffer;
  try {
    msg = await exchange(deps.udp, { host: r.server, port: r.port }, wire, limit.signal, deps.leaveFrom);
  } catch (err) {
    const { text, code } = why('reason.ddns.noAnswerFrom', {
      server: at,
      said: err instanceof Error ? err.message : String(err),
    });
    return { kind: 'retry', reason: text, code };
  } finally {
    limit.clear();
  }
  const rcode = RCODES[msg[3]! & 0x0f] ?? `RCODE ${msg[3]! & 0x0f}`;
  let check;
  try {
    check = verifyAnswer(msg, mac, key, deps.clock.now());
  } catch (err) {
    const { text, code } = why('reason.ddns.malformed', {
      server: at,
      said: err instanceof Error ? err.message : String(err),
    });
    return { kind: 'retry', reason: text, code };
  }
  if (!check.ok && 'serverError' in check) {
    if (check.serverError === 'BADTIME') {
      const clock = reason('reason.ddns.clock', clockValues(check.serverTime, deps.clock.now()));
      const { text, code } = why('reason.ddns.badTime', { server: at, rcode }, clock);
      return { kind: 'retry', reason: text, code };
    }
    const values = { server: at, rcode, tsigError: check.serverError, key: r.keyName };
    const { text, code } = why('reason.ddns.tsigRefused', values);
    return { kind: 'stop', reason: text, code };
  }
  if (!check.ok && check.unsigned && REFUSALS.has(rcode)) {
    // A server that does not serve the zone (or refuses before looking at the key) answers
    // unsigned. Believing a refusal is safe: at worst a forger switches the record off, which
    // dropping our packets would do as well; an unsigned NOERROR is never believed.
    const outcome = rcodeOutcome(r, rcode);
    if (outcome.kind !== 'stop') return outcome;
    const { text, code } = why('reason.ddns.unsigned', {}, outcome.code);
    return { kind: 'stop', reason: text, code };
  }
  if (!check.ok) {
    // An answer that is not the server's own (or was changed on the way) is no answer.
    const { text, code } = why('reason.ddns.notBelieved', { server: at, rcode }, check.reason);
    return { kind: 'retry', reason: text, code };
  }
  return { rcode };
}

function createUpdater(r: Rfc2136Record, deps: DdnsDeps): DdnsUpdater {
  const secret = Buffer.from(r.secret as string, 'base64');
  if (
    secret.length === 0 ||
    secret.toString('base64').replace(/=+$/, '') !== (r.secret as string).trim().replace(/=+$/, '')
  ) {
    throw new ReasonError(reason('reason.ddns.tsigSecret'));
  }
  const key: TsigKey = { name: r.keyName, algorithm: r.algorithm, secret };

  async function check(address: string, signal: AbortSignal) {
    const bad = wrongFamily(address, r.type);
    if (bad) return bad;
    const a = await ask(r, key, deps, updatePacket(r, address, 'check'), signal);
    if ('kind' in a) return a;
    if (a.rcode === 'NOERROR')
      return { kind: 'unchanged' as const, detail: `${r.name} ${r.type} already holds ${address}` };
    if (a.rcode === 'NXRRSET')
      return { kind: 'differs' as const, ...asDetail('reason.ddns.notOnly', { name: r.name, type: r.type, address }) };
    return rcodeOutcome(r, a.rcode);
  }

  return {
    id: r.id,
    check,
    async update(address, signal) {
      const before = await check(address, signal);
      if (before.kind !== 'differs') return before;
      const a = await ask(r, key, deps, updatePacket(r, address, 'update'), signal);
      if ('kind' in a) return a;
      if (a.rcode === 'NOERROR') return { kind: 'updated', detail: `${r.name} ${r.type} ${address} (TTL ${r.ttl})` };
      return rcodeOutcome(r, a.rcode);
    },
  };
}

/** ddns-updater's rfc2136 entry: signed with hmac-sha256 only (an unsigned update is refused). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['rfc2136'],
  fields(e, name) {
    if (!str(e.tsig_key_name)) return 'an unsigned update is not supported: give a TSIG key';
    const algorithm = str(e.tsig_algorithm) ?? 'hmac-sha256';
    if (algorithm !== 'hmac-sha256') return `TSIG ${algorithm} is not supported, only hmac-sha256`;
    const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(str(e.server) ?? '');
    if (!m) return 'no server';
    return {
      provider: 'rfc2136',
      server: m[1],
      port: m[2] ? Number(m[2]) : 53,
      zone: str(e.zone) ?? name,
      name,
      ttl: typeof e.ttl === 'number' ? e.ttl : 300,
      keyName: e.tsig_key_name,
      algorithm,
      secret: e.tsig_secret,
    };
  },
};

export const rfc2136: DdnsProvider<'rfc2136'> = {
  fromDdnsUpdater,
  id: 'rfc2136',
  label: 'RFC 2136 (signed dynamic update)',
  create: createUpdater,
};
