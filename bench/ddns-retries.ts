/**
 * Dynamic DNS under a provider that answers 503 (issue 47): how many requests one record costs
 * it. The engine's own DdnsKeeper (electron/engine/ddns/keeper.ts, with the runtime's
 * DDNS_TIMING) on a fake clock, over real loopback exchanges to each provider's stand-in
 * (tests/fakes) set to answer 503 Service Unavailable (the RFC 2136 stand-in: SERVFAIL). The
 * clock is moved only from one of the keeper's own timers to the next, each exchange awaited in
 * between, so every request is one the real schedule (plan.ts, net/etiquette.ts) asked for.
 *
 * Each provider is counted twice, from a new record: `change` (a running keeper told of a
 * confirmed change) and `start` (the keeper started with the address already confirmed, as after
 * a restart: a provider that can read a record is asked first, then sent the update). The figures
 * are the requests that reach the stand-in in the first 6 minutes and over 24 hours, and the
 * schedule's own bound, from net/etiquette.ts with no jitter (the most requests it can make).
 */
import { promises as dnsPromises } from 'node:dns';

import { ddnsHttp } from '../electron/engine/ddns/http';
import { DdnsKeeper } from '../electron/engine/ddns/keeper';
import { createLogger } from '../electron/engine/logger';
import { createUdpClient } from '../electron/engine/net';
import { retryWait } from '../electron/engine/net/etiquette';
import { DDNS_TIMING } from '../electron/engine/runtime/ddns-keeper';
import { openHistoryStore } from '../electron/engine/store';
import { ddnsRecordSchema } from '../shared/settings/ddns';
import { startCloudflare } from '../tests/fakes/cloudflare-api';
import type { HttpStandIn } from '../tests/fakes/ddns-http';
import { startDesec } from '../tests/fakes/desec';
import { startDnsServer } from '../tests/fakes/dns-server';
import { startUpdateServer } from '../tests/fakes/dns-update-server';
import { startDuckdns } from '../tests/fakes/duckdns';
import { startDyndns2 } from '../tests/fakes/dyndns2';
import { FakeClock } from '../tests/helpers/fake-clock';
import { seededRandom } from '../tests/helpers/random';
import { until } from '../tests/helpers/until';

const HOST = 'home.example.org';
const SIX_MIN = 6 * 60_000;
const DAY = 24 * 3_600_000;
const DOWN = { status: 503, body: 'Service Unavailable' };

/** A provider's stand-in answering as if down, the record that points at it, and how many requests reached it. */
interface Down {
  record: Record<string, unknown>;
  requests(): number;
  close(): Promise<void>;
}

const httpDown = (stands: HttpStandIn[]) => {
  for (const s of stands) s.fault = DOWN;
  return { requests: () => stands.reduce((n, s) => n + s.requests.length, 0) };
};

const PROVIDERS: Record<string, () => Promise<Down>> = {
  async dyndns2() {
    const s = await startDyndns2('user', 'bench-password-1234', [HOST]);
    const record = {
      provider: 'dyndns2',
      server: s.url,
      username: 'user',
      password: 'bench-password-1234',
      hostname: HOST,
    };
    return { record, ...httpDown([s]), close: () => s.close() };
  },
  async duckdns() {
    const s = await startDuckdns('duck-token-1234', ['myhome']);
    return {
      record: { provider: 'duckdns', token: 'duck-token-1234', domain: 'myhome.duckdns.org', apiBase: s.url },
      ...httpDown([s]),
      close: () => s.close(),
    };
  },
  async desec() {
    const s = await startDesec('desec-token-1234', ['myhome.dedyn.io']);
    const record = {
      provider: 'desec',
      token: 'desec-token-1234',
      hostname: 'myhome.dedyn.io',
      apiBase: s.url,
      restBase: s.rest.url,
    };
    return { record, ...httpDown([s, s.rest]), close: () => s.close() };
  },
  async cloudflare() {
    const s = await startCloudflare('scoped-token-1234', { id: 'z1', name: 'example.org' }, [
      { id: 'r1', zone_id: 'z1', type: 'A', name: HOST, content: '192.0.2.1', proxied: false, ttl: 60 },
    ]);
    const record = {
      provider: 'cloudflare',
      token: 'scoped-token-1234',
      zone: 'example.org',
      name: HOST,
      apiBase: s.url,
    };
    return { record, ...httpDown([s]), close: () => s.close() };
  },
  async rfc2136() {
    const secret = Buffer.alloc(32, 9).toString('base64');
    const s = await startUpdateServer('ipwatch.example.org', secret);
    s.fault = 'servfail';
    const record = {
      provider: 'rfc2136',
      server: '127.0.0.1',
      port: s.port,
      zone: 'example.org',
      name: HOST,
      keyName: 'ipwatch.example.org',
      secret,
    };
    return { record, requests: () => s.seen.udp + s.seen.tcp, close: () => s.close() };
  },
};

/** One record against one provider that is down, for a simulated day: the times (ms from the first) its requests arrived. */
async function day(provider: string, path: 'change' | 'start', seed: number): Promise<number[]> {
  const clock = new FakeClock();
  const quiet = createLogger('bench', { level: 'error', sink: () => undefined });
  const store = await openHistoryStore({ dataDir: ':memory:', clock, logger: quiet });
  const dns = await startDnsServer();
  const resolver = new dnsPromises.Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dns.server]);
  const udp = createUdpClient();
  const down = await PROVIDERS[provider]!();
  const address = { address: '198.51.100.7', at: clock.now() };
  const keeper = new DdnsKeeper({
    store,
    clock,
    logger: quiet,
    random: seededRandom(seed),
    resolver,
    dnsPort: dns.port,
    ...DDNS_TIMING,
    changed: () => undefined,
    updaterDeps: { udp, http: ddnsHttp, clock, timeoutMs: DDNS_TIMING.requestTimeoutMs },
    secrets: { env: {}, readFile: () => '' },
    confirmed: () => (path === 'start' ? address : null),
    addSecrets: () => undefined,
  });
  const t0 = clock.now();
  const arrivals: number[] = [];
  let seen = 0;
  const note = () => {
    for (const n = down.requests(); seen < n; seen++) arrivals.push(clock.now() - t0);
  };
  try {
    await keeper.start([ddnsRecordSchema.parse({ id: 'bench', ...down.record })]);
    if (path === 'change') {
      keeper.onEvent({
        type: 'change',
        at: t0,
        family: 4,
        from: null,
        to: address.address,
        fromSince: null,
        trigger: 'interval',
        sources: ['a', 'b'],
      });
    }
    // Each attempt ends by saving the record's job with one more attempt and when the next is due:
    // its exchanges are all in by then, and the clock moves on to that time.
    for (let attempts = 0; ;) {
      const job = () => store.ddnsJobs().find((j) => j.recordId === 'bench');
      await until(() => (job()?.attempts ?? 0) > attempts, {
        what: `${provider}: attempt ${attempts + 1} done`,
        timeoutMs: 20_000,
        everyMs: 1,
      });
      const { attempts: done, nextAt, status } = job()!;
      attempts = done;
      note();
      if (status !== 'pending') throw new Error(`${provider}: the record is ${status}, not waiting to retry`);
      if (nextAt - t0 > DAY) break;
      await clock.advance(nextAt - clock.now());
    }
  } finally {
    keeper.close();
    await Promise.all([down.close(), dns.close(), udp.close()]);
    await store.close();
  }
  return arrivals;
}

/** The most requests the schedule alone allows in `span` (no jitter, so every wait is its shortest). */
export function scheduleBound(span: number, perAttempt = 1): number {
  let n = 0;
  for (let t = 0, failures = 1; t <= span; t += retryWait(failures++, 0)) n += perAttempt;
  return n;
}

export interface RetryFigures {
  provider: string;
  path: 'change' | 'start';
  firstSixMinutes: number;
  perDay: number;
  /** When each request came, in s from the first (the first 12). */
  firstAtS: number[];
}

export async function retryFigures(seed: number): Promise<RetryFigures[]> {
  const out: RetryFigures[] = [];
  for (const provider of Object.keys(PROVIDERS))
    for (const path of ['change', 'start'] as const) {
      const at = await day(provider, path, seed);
      out.push({
        provider,
        path,
        firstSixMinutes: at.filter((t) => t < SIX_MIN).length,
        perDay: at.filter((t) => t <= DAY).length,
        firstAtS: at.slice(0, 12).map((t) => Math.round(t / 1000)),
      });
    }
  return out;
}

export const RETRY_SPANS = { sixMinutes: SIX_MIN, day: DAY };
