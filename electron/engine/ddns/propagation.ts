/**
 * Proof that the world sees a record: the zone's authoritative servers (its NS names from a
 * resolver, then their addresses) asked directly, each on its own, until all answer the new
 * address, and the time that took. Only the servers this host has a route to are asked (an
 * IPv4-only host cannot ask an NS's IPv6 address); the others are named "not asked from here". A provider's "done" is only the primary's word; a secondary
 * that missed the NOTIFY, or a record someone changed by hand, shows here.
 *
 * recordState() is the pure reading of what was seen, with its table in
 * tests/electron/engine/ddns/propagation.test.ts.
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

import type { WireReason } from '../../../shared/contract/reason';
import { english } from '../../../shared/i18n/translators';
import { type AnswerLine, answersValue, dnsErrorInLine } from '../../../shared/words/server-answers';
import type { Clock } from '../clock';
import { type EgressGate, passThrough, processGate } from '../net/egress-gate';
import type { RouteTo } from '../net/route-to';
import { asWhy, codeField } from './why';

export interface AuthServer {
  /** The NS name, e.g. ns1.example.org. */
  name: string;
  address: string;
}

export interface ServerAnswer {
  server: AuthServer;
  /** The record's addresses as that server answers them, sorted; empty: it has none. Null when it did not answer. */
  addresses: string[] | null;
  /** Why it did not answer, in English words; `raw`: the resolver's own text they were said from. */
  error?: string;
  raw?: string;
}

/** What finding the servers needs of a resolver: node:dns's Resolver has it (system, or one with setServers). */
export type NsResolver = Pick<dns.Resolver, 'resolveNs' | 'resolve4' | 'resolve6'>;

/** The system's DNS servers (c-ares reads them as the OS names them); each name asked is recorded by the egress gate. */
export function systemNsResolver(): NsResolver {
  const r = new dns.Resolver();
  const noted =
    <T>(ask: (name: string) => Promise<T>) =>
    (name: string) => {
      processGate.lookup(name);
      return ask(name);
    };
  return {
    resolveNs: noted((n) => r.resolveNs(n)),
    resolve4: noted((n) => r.resolve4(n)),
    resolve6: noted((n) => r.resolve6(n)),
  } as NsResolver;
}

/**
 * A DNS failure in words, as every error is said (shared/words/error.ts): node:dns puts c-ares's
 * code in its message (`queryA ESERVFAIL home.example.org`), which those words read. Without the
 * full stop, as it sits inside a longer line ("ns1.example.org (192.0.2.53): No answer in time: ...").
 */
export const dnsErrorWords = (err: unknown): string => dnsErrorInLine(dnsErrorRaw(err), english);

/** A DNS failure's own text, with the code node:dns left out of its message added, so the words can read it. */
export function dnsErrorRaw(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}

/**
 * The zone's NS names, each with each of its addresses (IPv4 and IPv6, reachable from here or
 * not); a name without an address is left out. `gate` learns the addresses as the zone's servers:
 * the only hosts its `zone-servers` entries let through (net/egress-match.ts).
 */
export async function authoritativeServers(
  zone: string,
  resolver: NsResolver,
  gate: EgressGate = processGate,
): Promise<AuthServer[]> {
  const names = (await resolver.resolveNs(zone)).map((n) => n.toLowerCase()).sort();
  const servers: AuthServer[] = [];
  for (const name of names) {
    const found = await Promise.all([resolver.resolve4(name), resolver.resolve6(name)].map((p) => p.catch(() => [])));
    for (const address of found.flat()) servers.push({ name, address });
  }
  if (servers.length === 0) throw new Error(`no address for any of ${zone}'s NS (${names.join(', ') || 'none'})`);
  gate.learnZoneServers(
    zone,
    servers.map((s) => s.address),
  );
  return servers;
}

const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND']);

/** Asks one server directly (no recursion through a resolver) for the name's records of the type. */
export async function askServer(
  server: AuthServer,
  name: string,
  type: 'A' | 'AAAA',
  opts: { port?: number; timeoutMs: number },
): Promise<ServerAnswer> {
  const r = new dns.Resolver({ timeout: opts.timeoutMs, tries: 1 });
  const host = isIP(server.address) === 6 ? `[${server.address}]` : server.address;
  const port = opts.port ?? 53;
  r.setServers([`${host}:${port}`]);
  try {
    const ask = { host: server.address, port, protocol: 'udp', as: 'zone-servers' } as const;
    const addresses = await passThrough(processGate, ask, () => (type === 'A' ? r.resolve4(name) : r.resolve6(name)));
    return { server, addresses: addresses.sort() };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code && NO_RECORD.has(code)) return { server, addresses: [] };
    return { server, addresses: null, error: dnsErrorWords(err), raw: dnsErrorRaw(err) };
  } finally {
    r.cancel();
  }
}

export interface Look {
  servers: AuthServer[];
  name: string;
  type: 'A' | 'AAAA';
  port?: number;
  timeoutMs: number;
}

/** What one look saw: each server this host can reach with its answer, and those it cannot reach. */
export interface Seen {
  answers: ServerAnswer[];
  /** Servers this host has no route to (an IPv6 NS on an IPv4-only host): named, never asked, counted neither way. */
  notAsked: AuthServer[];
}

/** Every server this host has a route to, asked at once; the others named as not asked. */
export async function lookOnce(look: Look, routeTo: RouteTo): Promise<Seen> {
  const routed = await Promise.all(look.servers.map((s) => routeTo(s.address).catch(() => false)));
  const reachable = look.servers.filter((_, i) => routed[i]);
  const answers = await Promise.all(reachable.map((s) => askServer(s, look.name, look.type, look)));
  return { answers, notAsked: look.servers.filter((_, i) => !routed[i]) };
}

const holds = (a: ServerAnswer, want: string) => a.addresses?.length === 1 && a.addresses[0] === want;

export const inStep = (seen: Seen, want: string): boolean =>
  seen.answers.length > 0 && seen.answers.every((a) => holds(a, want));

/** The longest wait between two looks while propagating: the time to in step is true to within it. */
export const MAX_PROVE_EVERY_MS = 1000;

/**
 * Asks every reachable server until all answer exactly `want`, or `limitMs` has passed since
 * `sentAt` (when the provider accepted the update, on `clock`'s monotonic reading), `everyMs` apart (at most
 * MAX_PROVE_EVERY_MS). Resolves with the last look and, when in step, the time from `sentAt` to
 * the answer that made it so.
 */
export async function waitInStep(
  look: Look & { want: string; sentAt: number; limitMs: number; everyMs: number },
  clock: Clock,
  routeTo: RouteTo,
): Promise<{ inStep: boolean; ms: number; seen: Seen }> {
  for (;;) {
    const seen = await lookOnce(look, routeTo);
    const ms = Math.round(clock.monotonic() - look.sentAt);
    if (inStep(seen, look.want)) return { inStep: true, ms, seen };
    if (ms >= look.limitMs) return { inStep: false, ms, seen };
    const wait = Math.min(look.everyMs, MAX_PROVE_EVERY_MS);
    await new Promise<void>((resolve) => clock.setTimeout(resolve, wait));
  }
}

/** What the engine knows of a record besides the answers: its last update's fate. */
export type DdnsPhase =
  /** Switched off by an answer that means stop, until a person acts. */
  | { phase: 'stopped'; reason: string; code?: WireReason }
  /** An update is being sent. */
  | { phase: 'sending' }
  /** The last attempt did not go through: the next is due at `at` (epoch ms). */
  | { phase: 'waiting'; reason: string; at: number; code?: WireReason }
  /** The provider accepted an update at `at` (monotonic ms): the servers may still be catching up. */
  | { phase: 'sent'; at: number }
  /** The last look found every server in step. */
  | { phase: 'settled' };

/** `code`: `why` as a code (why.ts), when the engine has one. */
export type RecordState =
  | { state: 'in-step'; why?: string; code?: WireReason }
  | { state: 'updating'; why?: string; code?: WireReason }
  | { state: 'propagating'; waitingFor: string[] }
  | { state: 'waiting'; why: string; at: number; code?: WireReason }
  | { state: 'stopped'; why: string; code?: WireReason }
  | { state: 'failed'; why: string; code?: WireReason };

/** "ns1.example.org (2001:db8::53)": a server as the status names it. */
export const serverWords = (s: AuthServer) => `${s.name} (${s.address})`;

/** A server's answer as a fact of the reason's `answers` (shared/words/server-answers.ts words it). */
const line = (a: ServerAnswer): AnswerLine => ({
  name: a.server.name,
  address: a.server.address,
  holds: a.addresses,
  ...(a.raw !== undefined ? { error: a.raw } : a.error !== undefined ? { said: a.error } : {}),
});

/** The answers as the value of a reason's code. */
const answers = (list: ServerAnswer[]) => ({ answers: answersValue(list.map(line)) });

/**
 * The record's state from its phase and the latest look (null: not asked yet), and whether to
 * send the update again (a record that drifted from the address after it was in step). Servers
 * this host cannot reach were not asked and count neither way.
 *
 *   phase            | seen                                         | state                      | resend
 *   -----------------+----------------------------------------------+----------------------------+-------
 *   stopped          | any                                          | stopped, its reason        | no
 *   sending          | any                                          | updating                   | no
 *   waiting          | any                                          | waiting, its reason, when  | no
 *   sent             | not yet                                      | propagating                | no
 *   settled          | not yet                                      | in step                    | no
 *   sent, settled    | no server reachable                          | failed: none reachable     | no
 *   sent, settled    | every one asked answers the address          | in step                    | no
 *   sent, settled    | no one asked answers at all                  | failed: none answered      | no
 *   sent, in time    | some behind (another address, or silent)     | propagating, waiting for   | no
 *   sent, past limit | one answers another address                  | failed: not in step N s    | no
 *   settled          | one answers another address                  | updating: drifted          | yes
 *   sent, settled    | the rest answer it, some silent              | in step, why names them    | no
 */
export function recordState(
  phase: DdnsPhase,
  want: string,
  seen: Seen | null,
  now: number,
  limitMs: number,
): { state: RecordState; resend: boolean } {
  const is = (state: RecordState, resend = false) => ({ state, resend });
  if (phase.phase === 'stopped') return is({ state: 'stopped', why: phase.reason, ...codeField(phase.code) });
  if (phase.phase === 'sending') return is({ state: 'updating' });
  if (phase.phase === 'waiting')
    return is({ state: 'waiting', why: phase.reason, at: phase.at, ...codeField(phase.code) });
  if (seen === null)
    return is(phase.phase === 'sent' ? { state: 'propagating', waitingFor: [] } : { state: 'in-step' });
  if (seen.answers.length === 0) {
    const servers = seen.notAsked.map(serverWords).join(', ');
    return is({
      state: 'failed',
      ...(servers ? asWhy('reason.ddns.noRoute', { servers }) : asWhy('reason.ddns.noRouteNone')),
    });
  }
  if (inStep(seen, want)) return is({ state: 'in-step' });
  const behind = seen.answers.filter((a) => !holds(a, want));
  if (behind.length === seen.answers.length && behind.every((a) => a.addresses === null)) {
    return is({ state: 'failed', ...asWhy('reason.ddns.noneAnswered', answers(behind)) });
  }
  const other = behind.filter((a) => a.addresses !== null);
  if (phase.phase === 'sent' && now - phase.at <= limitMs)
    return is({ state: 'propagating', waitingFor: behind.map((a) => a.server.name) });
  if (other.length === 0) return is({ state: 'in-step', ...asWhy('reason.ddns.someSilent', answers(behind)) });
  if (phase.phase === 'sent') {
    const seconds = Math.round((now - phase.at) / 1000);
    return is({ state: 'failed', ...asWhy('reason.ddns.notInStep', { seconds, ...answers(other) }) });
  }
  return is({ state: 'updating', ...asWhy('reason.ddns.drifted', { want, ...answers(other) }) }, true);
}
