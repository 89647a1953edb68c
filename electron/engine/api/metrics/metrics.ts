/**
 * electron/engine/api/metrics: /metrics for Prometheus: the registry, loaded at the first scrape
 * (metrics.ts), the tallies kept from the start (metrics-tally.ts), the DDNS and fleet series
 * (metrics-ddns.ts, metrics-fleet.ts).
 *
 * Prometheus metrics (prom-client, a registry of our own), loaded at the first scrape: the
 * engine's events are tallied from the start in plain numbers (metrics-tally.ts), and gauges
 * read the app status at each scrape. Names and labels are listed in docs/api.md ("Metrics");
 * the Grafana dashboard in grafana/ uses them.
 */
import type { Gauge, Registry } from 'prom-client';

import type { AppStatus } from '../../../../shared/contract';
import { MAIN_BOT_ID } from '../../../../shared/settings/discord';
import type { EngineEvent } from '../../../../shared/types';
import { ddnsSeries } from './metrics-ddns';
import { fleetSeries, type SitesSource } from './metrics-fleet';
import { createEventTally } from './metrics-tally';

type PromClient = typeof import('prom-client');

/** How often, once scraped, the event-loop lag is sampled. */
export const EVENT_LOOP_PRECISION_MS = 100;

const BREAKER = { closed: 0, 'half-open': 1, open: 2 } as const;

export interface Metrics {
  /** prom-client's registry, once the first scrape has loaded it; null before. */
  registry(): Registry | null;
  /** Feed every engine event here. */
  observe(event: EngineEvent): void;
  /** The text a scrape gets. */
  text(): Promise<string>;
  /** A refused credential (auth-hook.ts): a wrong token, a failed sign-in, or one refused for the limit. */
  authFailure(reason: AuthFailureReason): void;
}

export const AUTH_FAILURE_REASONS = ['wrong_token', 'failed_sign_in', 'limited'] as const;
export type AuthFailureReason = (typeof AUTH_FAILURE_REASONS)[number];

/** Refused credentials by reason, in Prometheus text (every reason listed, from 0). */
function authFailuresText(counts: Record<AuthFailureReason, number>): string {
  const lines = AUTH_FAILURE_REASONS.map((r) => `ipwatch_auth_failures_total{reason="${r}"} ${counts[r]}`);
  return [
    '# HELP ipwatch_auth_failures_total Refused API credentials: wrong tokens, failed sign-ins, and tries refused while an address is over the limit',
    '# TYPE ipwatch_auth_failures_total counter',
    ...lines,
    '',
  ].join('\n');
}

/** `sites`: the fleet's watched sites for their series per site (metrics-fleet.ts); none by default. */
export function createMetrics(
  status: () => AppStatus,
  version: string,
  sites: SitesSource = () => Promise.resolve([]),
): Metrics {
  const tally = createEventTally();
  const authFailures: Record<AuthFailureReason, number> = { wrong_token: 0, failed_sign_in: 0, limited: 0 };
  // One status a scrape: each gauge reads it, and building it asks the store of every channel.
  let scraped: AppStatus | null = null;
  const read = () => scraped ?? status();
  let loaded: Registry | null = null;
  let loading: Promise<{ registry: Registry; startProcessMetrics: () => Promise<void> }> | null = null;
  const load = () =>
    (loading ??= import('prom-client').then((prom) => {
      const registry = new prom.Registry();
      statusGauges(prom, registry, read, version);
      ddnsSeries(prom, registry, read);
      fleetSeries(prom, registry, sites);
      internalErrors(prom, registry, read);
      loaded = registry;
      return { registry, startProcessMetrics: processMetricsOnDemand(prom, registry) };
    }));
  return {
    registry: () => loaded,
    observe: (event) => tally.observe(event),
    authFailure: (reason) => void authFailures[reason]++,
    async text() {
      const { registry, startProcessMetrics } = await load();
      await startProcessMetrics();
      scraped = status();
      try {
        return tally.text() + authFailuresText(authFailures) + (await registry.metrics());
      } finally {
        scraped = null;
      }
    },
  };
}

/** Errors no part handled, the process's own count (runtime/internal-errors.ts), read at each scrape. */
function internalErrors(prom: PromClient, registry: Registry, status: () => AppStatus): void {
  new prom.Counter({
    name: 'ipwatch_internal_errors_total',
    help: 'Errors no part handled (unhandled rejections, uncaught exceptions), caught so monitoring went on, per part',
    labelNames: ['part'],
    registers: [registry],
    // It only grows.
    collect() {
      this.reset();
      for (const [part, n] of Object.entries(status().internalErrors?.byPart ?? {})) this.inc({ part }, n);
    },
  });
}

/**
 * prom-client's process metrics, started at the first scrape: their event-loop lag monitor wakes
 * the process every EVENT_LOOP_PRECISION_MS, which a runner nobody scrapes should not pay for.
 * Sparser sampling left a scrape soon after another with no sample (the lag read NaN).
 */
function processMetricsOnDemand(prom: PromClient, registry: Registry): () => Promise<void> {
  let started: Promise<void> | null = null;
  return () =>
    (started ??= (async () => {
      prom.collectDefaultMetrics({
        register: registry,
        prefix: 'ipwatch_process_',
        eventLoopMonitoringPrecision: EVENT_LOOP_PRECISION_MS,
      });
      // The lag monitor records its first sample at its second firing, and re-arms itself from
      // when it ran, not from when it was due: on a busy machine one wait of twice its period
      // could end first (the lag read NaN). Chained waits of one period each re-arm after it does
      // (libuv runs timers due together in the order they were armed), so each ends after one of
      // its firings; the third is for a JS timer armed before the monitor and due with it.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, EVENT_LOOP_PRECISION_MS));
    })());
}

/**
 * Each bot's id and whether it is connected: the status's `bots` (at most MAX_BOTS, so the series
 * are bounded by the settings), else its one `bot` as the first; with neither, the first bot is
 * there and not connected (a status without the bot part, as before there were several).
 */
export function botsConnected(s: AppStatus): { id: string; connected: boolean }[] {
  const { bots, bot } = s as Partial<Pick<AppStatus, 'bots' | 'bot'>>;
  if (bots?.length) return bots.map((b) => ({ id: b.id, connected: b.state === 'connected' }));
  return [{ id: MAIN_BOT_ID, connected: bot?.state === 'connected' }];
}

/** Gauges read from the app status at each scrape. */
function statusGauges(prom: PromClient, registry: Registry, status: () => AppStatus, version: string): void {
  const gauge = (name: string, help: string, labelNames: string[], set: (g: Gauge, s: AppStatus) => void) =>
    new prom.Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        set(this, status());
      },
    });
  const sourceLabels = ['source', 'provider', 'kind', 'family'];
  const labelsOf = (x: AppStatus['sources'][number]) => ({
    source: x.id,
    provider: x.provider,
    kind: x.kind,
    family: String(x.family),
  });
  gauge(
    'ipwatch_source_up',
    '1 when the source answered its last attempt and its breaker is not open',
    sourceLabels,
    (g, s) => {
      for (const x of s.sources) g.set(labelsOf(x), x.consecutiveFailures === 0 && x.state !== 'open' ? 1 : 0);
    },
  );
  gauge('ipwatch_source_latency_seconds', 'Median latency of recent good answers', sourceLabels, (g, s) => {
    for (const x of s.sources) if (x.latencyMs !== null) g.set(labelsOf(x), x.latencyMs / 1000);
  });
  gauge('ipwatch_source_breaker_state', 'Circuit breaker: 0 closed, 1 half-open, 2 open', sourceLabels, (g, s) => {
    for (const x of s.sources) g.set(labelsOf(x), BREAKER[x.state]);
  });
  gauge('ipwatch_online', '1 online, 0 offline or not known yet', [], (g, s) => g.set(s.online === true ? 1 : 0));
  gauge('ipwatch_paused', '1 while the user has paused monitoring', [], (g, s) =>
    g.set(s.pausedSince === null ? 0 : 1),
  );
  gauge('ipwatch_last_check_timestamp_seconds', 'When each family was last checked', ['family'], (g, s) => {
    for (const f of Object.values(s.families))
      if (f.lastCheck) g.set({ family: String(f.family) }, f.lastCheck.at / 1000);
  });
  gauge('ipwatch_outbox_pending', 'Notifications waiting for delivery, per channel', ['channel', 'type'], (g, s) => {
    for (const c of s.notifications) g.set({ channel: c.id, type: c.type }, c.pending);
  });
  gauge(
    'ipwatch_outbox_expired',
    'Notifications that expired undelivered (kept in the outbox), per channel',
    ['channel', 'type'],
    (g, s) => {
      for (const c of s.notifications) g.set({ channel: c.id, type: c.type }, c.expired);
    },
  );
  gauge(
    'ipwatch_bot_connected',
    '1 while the Discord bot is connected to the gateway, per bot (its id in the settings; main: the first)',
    ['bot'],
    (g, s) => {
      for (const b of botsConnected(s)) g.set({ bot: b.id }, b.connected ? 1 : 0);
    },
  );
  gauge('ipwatch_info', 'Always 1; the version as a label', ['version'], (g) => g.set({ version }, 1));
}
