/**
 * Prometheus metrics (prom-client, a registry of our own): counters and histograms fed by
 * engine events, gauges read from the app status at each scrape. Names and labels are
 * listed in docs/api.md ("Metrics"); the Grafana dashboard in grafana/ uses them.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

import type { AppStatus } from '../../../shared/contract';
import type { EngineEvent } from '../../../shared/types';
import { ddnsSeries } from './metrics-ddns';

/** How often, once scraped, the event-loop lag is sampled. */
export const EVENT_LOOP_PRECISION_MS = 100;

const BREAKER = { closed: 0, 'half-open': 1, open: 2 } as const;

export interface Metrics {
  registry: Registry;
  /** Feed every engine event here. */
  observe(event: EngineEvent): void;
  /** The text a scrape gets. */
  text(): Promise<string>;
}

export function createMetrics(status: () => AppStatus, version: string): Metrics {
  const registry = new Registry();
  const startProcessMetrics = processMetricsOnDemand(registry);
  const changes = new Counter({
    name: 'ipwatch_changes_total',
    help: 'Confirmed address changes since the monitor started, per family (a first address is not one)',
    labelNames: ['family'],
    registers: [registry],
  });
  for (const family of ['4', '6']) changes.inc({ family }, 0);
  const checks = new Histogram({
    name: 'ipwatch_check_duration_seconds',
    help: 'Duration of one check of one family',
    labelNames: ['family', 'result'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16],
    registers: [registry],
  });
  // One status a scrape: each gauge reads it, and building it asks the store of every channel.
  let scraped: AppStatus | null = null;
  statusGauges(registry, () => scraped ?? status(), version);
  ddnsSeries(registry, () => scraped ?? status());
  new Counter({
    name: 'ipwatch_internal_errors_total',
    help: 'Errors no part handled (unhandled rejections, uncaught exceptions), caught so monitoring went on, per part',
    labelNames: ['part'],
    registers: [registry],
    // The process's own count (runtime/internal-errors.ts), read at each scrape: it only grows.
    collect() {
      this.reset();
      for (const [part, n] of Object.entries((scraped ?? status()).internalErrors?.byPart ?? {})) this.inc({ part }, n);
    },
  });
  return {
    registry,
    observe(event) {
      // A family's first address (from none) is the monitor learning it, not a change (as the stats count).
      if (event.type === 'change' && event.from !== null) changes.inc({ family: String(event.family) });
      if (event.type === 'check')
        checks.observe({ family: String(event.family), result: event.result }, event.durationMs / 1000);
    },
    async text() {
      await startProcessMetrics();
      scraped = status();
      try {
        return await registry.metrics();
      } finally {
        scraped = null;
      }
    },
  };
}

/**
 * prom-client's process metrics, started at the first scrape: their event-loop lag monitor wakes
 * the process every EVENT_LOOP_PRECISION_MS, which a runner nobody scrapes should not pay for.
 * Sparser sampling left a scrape soon after another with no sample (the lag read NaN).
 */
function processMetricsOnDemand(registry: Registry): () => Promise<void> {
  let started: Promise<void> | null = null;
  return () =>
    (started ??= (async () => {
      collectDefaultMetrics({
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

/** Gauges read from the app status at each scrape. */
function statusGauges(registry: Registry, status: () => AppStatus, version: string): void {
  const gauge = (name: string, help: string, labelNames: string[], set: (g: Gauge, s: AppStatus) => void) =>
    new Gauge({
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
  gauge('ipwatch_bot_connected', '1 while the Discord bot is connected to the gateway', [], (g, s) => {
    // The bot's status joins AppStatus with the bot itself; without it there is no bot to be connected.
    const bot = (s as AppStatus & { bot?: { state?: string } }).bot;
    g.set(bot?.state === 'connected' ? 1 : 0);
  });
  gauge('ipwatch_info', 'Always 1; the version as a label', ['version'], (g) => g.set({ version }, 1));
}
