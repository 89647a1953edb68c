/**
 * Proof that the world sees a record: the zone's authoritative servers (its NS names from a
 * resolver, then their addresses) asked directly, each on its own, until all answer the new
 * address, and the time that took. A provider's "done" is only the primary's word; a secondary
 * that missed the NOTIFY, or a record someone changed by hand, shows here.
 *
 * recordState() is the pure reading of what was seen, with its table in
 * tests/electron/engine/ddns/propagation.test.ts.
 */
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

import type { Clock } from '../clock';

export interface AuthServer {
  /** The NS name, e.g. ns1.example.org. */
  name: string;
  address: string;
}

export interface ServerAnswer {
  server: AuthServer;
  /** The record's addresses as that server answers them, sorted; empty: it has none. Null when it did not answer. */
  addresses: string[] | null;
  error?: string;
}

/** What finding the servers needs of a resolver: node:dns's Resolver has it (system, or one with setServers). */
export type NsResolver = Pick<dns.Resolver, 'resolveNs' | 'resolve4' | 'resolve6'>;

export const systemNsResolver = (): NsResolver => new dns.Resolver();

const messageOf = (err: unknown) =>
  err instanceof Error ? ((err as { code?: string }).code ?? err.message) : String(err);

/** The zone's NS names, each with each of its addresses (IPv4 and IPv6); a name without an address is left out. */
export async function authoritativeServers(zone: string, resolver: NsResolver): Promise<AuthServer[]> {
  const names = (await resolver.resolveNs(zone)).map((n) => n.toLowerCase()).sort();
  const servers: AuthServer[] = [];
  for (const name of names) {
    const found = await Promise.all([resolver.resolve4(name), resolver.resolve6(name)].map((p) => p.catch(() => [])));
    for (const address of found.flat()) servers.push({ name, address });
  }
  if (servers.length === 0) throw new Error(`no address for any of ${zone}'s NS (${names.join(', ') || 'none'})`);
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
  r.setServers([`${host}:${opts.port ?? 53}`]);
  try {
    const addresses = type === 'A' ? await r.resolve4(name) : await r.resolve6(name);
    return { server, addresses: addresses.sort() };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code && NO_RECORD.has(code)) return { server, addresses: [] };
    return { server, addresses: null, error: messageOf(err) };
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

/** Every server asked at once. */
export const lookOnce = (look: Look): Promise<ServerAnswer[]> =>
  Promise.all(look.servers.map((s) => askServer(s, look.name, look.type, look)));

export const inStep = (answers: readonly ServerAnswer[], want: string): boolean =>
  answers.length > 0 && answers.every((a) => a.addresses?.length === 1 && a.addresses[0] === want);

/**
 * Asks every server until all answer exactly `want`, or `limitMs` has passed since `sentAt`
 * (the time the provider accepted the update, on `clock`). Resolves with the last answers and,
 * when in step, the time from `sentAt` to the answer that made it so.
 */
export async function waitInStep(
  look: Look & { want: string; sentAt: number; limitMs: number; everyMs: number },
  clock: Clock,
): Promise<{ inStep: boolean; ms: number; answers: ServerAnswer[] }> {
  for (;;) {
    const answers = await lookOnce(look);
    const ms = clock.now() - look.sentAt;
    if (inStep(answers, look.want)) return { inStep: true, ms, answers };
    if (ms >= look.limitMs) return { inStep: false, ms, answers };
    await new Promise<void>((resolve) => clock.setTimeout(resolve, look.everyMs));
  }
}

/** What the engine knows of a record besides the answers: its last update's fate. */
export type DdnsPhase =
  /** Switched off by an answer that means stop. */
  | { phase: 'stopped'; reason: string }
  /** An update is being sent, or waits for its retry. */
  | { phase: 'sending' }
  /** The provider accepted an update at `at` (epoch ms): the servers may still be catching up. */
  | { phase: 'sent'; at: number }
  /** The last look found every server in step. */
  | { phase: 'settled' };

export type RecordState =
  | { state: 'in-step'; why?: string }
  | { state: 'updating'; why?: string }
  | { state: 'propagating'; waitingFor: string[] }
  | { state: 'waiting'; why: string; at: number }
  | { state: 'stopped'; why: string }
  | { state: 'failed'; why: string };

const describe = (a: ServerAnswer) =>
  a.addresses === null
    ? `${a.server.name} (${a.server.address}) did not answer: ${a.error ?? 'no answer'}`
    : `${a.server.name} (${a.server.address}) answers ${a.addresses.join(', ') || 'no record'}`;

/**
 * The record's state from its phase and the servers' latest answers (null: not asked yet), and
 * whether to send the update again (a record that drifted from the address after it was in step).
 */
export function recordState(
  phase: DdnsPhase,
  want: string,
  answers: readonly ServerAnswer[] | null,
  now: number,
  limitMs: number,
): { state: RecordState; resend: boolean } {
  const is = (state: RecordState, resend = false) => ({ state, resend });
  if (phase.phase === 'stopped') return is({ state: 'stopped', why: phase.reason });
  if (phase.phase === 'sending') return is({ state: 'updating' });
  if (answers === null)
    return is(phase.phase === 'sent' ? { state: 'propagating', waitingFor: [] } : { state: 'in-step' });
  if (inStep(answers, want)) return is({ state: 'in-step' });
  const behind = answers.filter((a) => !(a.addresses?.length === 1 && a.addresses[0] === want));
  if (behind.every((a) => a.addresses === null) && behind.length === answers.length) {
    return is({ state: 'failed', why: `no authoritative server answered: ${behind.map(describe).join('; ')}` });
  }
  if (phase.phase === 'sent') {
    if (now - phase.at <= limitMs) return is({ state: 'propagating', waitingFor: behind.map((a) => a.server.name) });
    const after = Math.round((now - phase.at) / 1000);
    return is({ state: 'failed', why: `not in step ${after} s after the update: ${behind.map(describe).join('; ')}` });
  }
  const drifted = behind.filter((a) => a.addresses !== null);
  if (drifted.length === 0) return is({ state: 'failed', why: behind.map(describe).join('; ') });
  return is({ state: 'updating', why: `drifted from ${want}: ${drifted.map(describe).join('; ')}` }, true);
}
