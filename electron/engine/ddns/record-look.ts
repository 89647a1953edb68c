/**
 * One look at what a record holds (record-keeper.ts asks it): its zone's authoritative servers
 * that this host can reach (propagation.ts), and, where the provider's API can read the record,
 * that API when the servers cannot be believed. A proxied Cloudflare record is answered by
 * Cloudflare's edge, so its servers never hold the record's address: once the API says the
 * record is proxied, the API alone is asked. withApiAnswer() is the pure part, with its table in
 * tests/electron/engine/ddns/record-look.test.ts.
 */
import type { Reason } from '../../../shared/reason';
import type { DdnsOutcome } from '../../../shared/settings/ddns';
import type { RouteTo } from '../net/route-to';
import { inEnglish, reason } from '../reason';
import {
  type AuthServer,
  type DdnsPhase,
  dnsErrorRaw,
  lookOnce,
  type NsResolver,
  recordState,
  type RecordState,
  type Seen,
} from './propagation';
import type { CheckResult } from './types';
import { asWhy, codeField } from './why';
import { zoneServers } from './zone-servers';

export interface Judged {
  state: RecordState;
  /** Send the update again: the record drifted from the address after it was in step. */
  resend: boolean;
  notAsked: AuthServer[];
}

/** What the provider's API said of the record, or null when it was not asked. */
export type ApiAnswer = CheckResult | null;

/**
 * The record's state once the API's word (when asked) is weighed against the servers'.
 *
 *   servers say (recordState)   | the API says                  | result
 *   ----------------------------+-------------------------------+---------------------------------------
 *   any                         | not asked, or could not read  | the servers' word
 *   any                         | holds it, proxied             | in step, why: "proxied by Cloudflare; the record holds X"
 *   drifted (resend)            | holds it, not proxied         | failed: the API holds it, its servers do not (no resend)
 *   anything else               | holds it, not proxied         | the servers' word
 *   any                         | holds another address         | updating: drifted (resend)
 */
export function withApiAnswer(servers: Judged, want: string, api: ApiAnswer): Judged {
  if (api === null || api.kind === 'retry' || api.kind === 'stop') return servers;
  if (api.kind === 'differs') {
    const drift = api.code
      ? asWhy('reason.ddns.driftedApi', { want }, api.code)
      : { why: `drifted from ${want}: ${api.detail}` };
    return { ...servers, state: { state: 'updating', ...drift }, resend: true };
  }
  if ('proxied' in api && api.proxied)
    return {
      state: { state: 'in-step', why: api.detail, ...codeField('code' in api ? api.code : undefined) },
      resend: false,
      notAsked: [],
    };
  if (!servers.resend) return servers;
  const drift = servers.state.state === 'updating' ? servers.state : null;
  const answers = drift?.code?.code === 'reason.ddns.drifted' ? drift.code.values.answers : undefined;
  const why = drift?.why ?? '';
  const state: RecordState =
    typeof answers === 'string'
      ? { state: 'failed', ...asWhy('reason.ddns.apiHoldsServersNot', { want, answers }) }
      : {
          state: 'failed',
          why: `the provider holds ${want} but its servers do not: ${why.replace(/^drifted from \S+: /, '')}`,
        };
  return { ...servers, state, resend: false };
}

const readAnything = (api: CheckResult | DdnsOutcome) => api.kind === 'unchanged' || api.kind === 'differs';

/** A read record is proxied or not (a provider without proxies: not); an API that could not read leaves it as known. */
const learnedProxied = (api: CheckResult | DdnsOutcome, known: boolean | null) =>
  readAnything(api) ? 'proxied' in api && api.proxied === true : known;

export interface LookDeps {
  where: { name: string; zone: string | null };
  type: 'A' | 'AAAA';
  resolver: NsResolver;
  dnsPort?: number;
  lookTimeoutMs: number;
  proveLimitMs: number;
  routeTo: RouteTo;
  /** The provider's read of the record (never throws); absent when its API cannot read one. */
  check?: (want: string) => Promise<CheckResult | DdnsOutcome>;
}

/** Why the zone's servers could not be found: its English, and its code (why.ts). */
export class ZoneNotFound extends Error {
  constructor(readonly reason: Reason) {
    super(inEnglish(reason));
  }
}

/** The servers' answers, or why they could not be found. */
export async function askServers(d: LookDeps): Promise<Seen | ZoneNotFound> {
  try {
    const { servers } = await zoneServers(d.where, d.resolver);
    return await lookOnce(
      { servers, name: d.where.name, type: d.type, port: d.dnsPort, timeoutMs: d.lookTimeoutMs },
      d.routeTo,
    );
  } catch (err) {
    // The resolver's word on the zone's NS (node:dns says `queryNs ETIMEOUT example.org`): in words.
    const code = (err as { code?: string } | null)?.code;
    const dnsError = dnsErrorRaw(err);
    return new ZoneNotFound(
      code
        ? reason('reason.ddns.nsQuery', { zone: d.where.zone ?? d.where.name, dnsError })
        : reason('reason.ddns.dnsError', { dnsError }),
    );
  }
}

/**
 * One look. `proxied`: what the API last said (null: not known yet). The API is asked when the
 * record is proxied, or when the servers disagree and that matters: a drift, a failure, or a
 * record not known to be unproxied; `d.check` absent: not asked now (the keeper keeps a failed
 * read from being repeated at the servers' pace). Resolves with the state, and `proxied` as now
 * known; null state: nothing could be read, the state is kept. `servers`: what they answered
 * (an Error: they could not be found), when they were asked.
 */
export async function lookAtRecord(
  d: LookDeps,
  want: string,
  phase: DdnsPhase,
  proxied: boolean | null,
  now: () => number,
): Promise<{ judged: Judged | null; proxied: boolean | null; api: ApiAnswer; servers?: Seen | Error }> {
  if (proxied) {
    // Its servers answer the edge: only the API can tell, and it is not asked just now.
    if (!d.check) return { judged: null, proxied, api: null };
    const api = await d.check(want);
    const judged = withApiAnswer({ state: { state: 'in-step' }, resend: false, notAsked: [] }, want, api);
    return { judged: readAnything(api) ? judged : null, proxied: learnedProxied(api, proxied), api };
  }
  const seen = await askServers(d);
  if (seen instanceof Error) {
    const state: RecordState = { state: 'failed', ...asWhy('reason.ddns.zoneNotFound', {}, seen.reason) };
    return { judged: { state, resend: false, notAsked: [] }, proxied, api: null, servers: seen };
  }
  const byServers = { ...recordState(phase, want, seen, now(), d.proveLimitMs), notAsked: seen.notAsked };
  const agrees = byServers.state.state === 'in-step' && !byServers.state.why;
  const propagating = byServers.state.state === 'propagating' && proxied === false;
  if (!d.check || agrees || propagating) return { judged: byServers, proxied, api: null, servers: seen };
  const api = await d.check(want);
  return { judged: withApiAnswer(byServers, want, api), proxied: learnedProxied(api, proxied), api, servers: seen };
}
