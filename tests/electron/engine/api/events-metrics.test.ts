import parsePrometheus from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';

import { createMetrics } from '../../../../electron/engine/api/metrics/metrics';
import { createEventFeed } from '../../../../electron/engine/api/streams/events';
import { EventHub } from '../../../../electron/engine/events';
import { createLogger } from '../../../../electron/engine/logger';
import { sitesEvent } from '../../../../electron/engine/runtime/fleet';
import type { ApiEvent, AppStatus } from '../../../../shared/contract';
import { SITES_EVENT_NAMES_MAX, type SitesEvent } from '../../../../shared/contract/fleet';
import type { ChannelStatus } from '../../../../shared/notify-types';
import type { ChangeEvent, EngineEvent } from '../../../../shared/types';
import { until } from '../../../helpers/until';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const channel = (pending: number, sent: number): ChannelStatus => ({
  id: 'hook',
  type: 'webhook',
  state: 'ok',
  reason: null,
  lastError: null,
  lastErrorAt: null,
  lastSentAt: sent ? 1000 : null,
  failures: 0,
  nextAttemptAt: null,
  pending,
  expired: 0,
  sent,
  rejected: 0,
  note: null,
  recentExpired: [],
});

describe('createEventFeed', () => {
  it('passes engine events on and tells when a delivery changed, only while someone listens', async () => {
    const hub = new EventHub<EngineEvent>(logger);
    let channels = [channel(1, 0)];
    const feed = createEventFeed({
      on: (l) => hub.on(l),
      channels: () => channels,
      clock: { now: () => 5 },
      pollMs: 5,
    });
    const got: ApiEvent[] = [];
    const off = feed.subscribe((e) => got.push(e));
    expect(feed.listeners).toBe(1);
    hub.emit({ type: 'monitoring', at: 1, paused: true });
    expect(got).toEqual([{ type: 'monitoring', at: 1, paused: true }]);
    channels = [channel(0, 1)];
    await until(() => got.some((e) => e.type === 'deliveries'), { what: 'a deliveries event' });
    expect(got.at(-1)).toEqual({ type: 'deliveries', at: 5, channels });
    off();
    expect(feed.listeners).toBe(0);
    hub.emit({ type: 'monitoring', at: 2, paused: false });
    expect(got.filter((e) => e.type === 'monitoring')).toHaveLength(1);
  });

  it("passes the fleet's sites word on while someone listens, and leaves its source with the last listener", () => {
    const sites = new EventHub<SitesEvent>(logger);
    const feed = createEventFeed({
      on: () => () => undefined,
      onSites: (l) => sites.on(l),
      channels: () => [],
      clock: { now: () => 5 },
    });
    const got: ApiEvent[] = [];
    const off = feed.subscribe((e) => got.push(e));
    sites.emit({ type: 'sites', at: 3, sites: ['office'] });
    expect(got).toEqual([{ type: 'sites', at: 3, sites: ['office'] }]);
    off();
    sites.emit({ type: 'sites', at: 4, sites: null });
    expect(got).toHaveLength(1);
    feed.close();
  });
});

describe('sitesEvent', () => {
  const names = (n: number) => new Set(Array.from({ length: n }, (_, i) => `site-${i}`));
  it.each([
    ['one site', names(1), ['site-0']],
    ['as many as one word names', names(SITES_EVENT_NAMES_MAX), [...names(SITES_EVENT_NAMES_MAX)]],
    ['one more: read them all', names(SITES_EVENT_NAMES_MAX + 1), null],
  ])('%s', (_, set, want) => expect(sitesEvent(set, 7)).toEqual({ type: 'sites', at: 7, sites: want }));
});

describe('createMetrics', () => {
  const status = (extra: object = {}) =>
    ({
      running: true,
      pausedSince: null,
      nextCheckAt: null,
      online: true,
      offlineSince: null,
      families: {
        v4: { family: 4, enabled: true, ip: '81.2.69.142', since: 0, lastCheck: null, cgnat: null },
        v6: { family: 6, enabled: true, ip: null, since: null, lastCheck: null, cgnat: null },
      },
      sources: [],
      history: null,
      lastError: null,
      notifications: [channel(2, 0)],
      ...extra,
    }) as unknown as AppStatus;

  it("starts prom-client's process metrics (and their event-loop monitor) at the first scrape, with a lag sample in it", async () => {
    const m = createMetrics(() => status(), 'x');
    // prom-client itself loads at the first scrape.
    expect(m.registry()).toBeNull();
    const first = await m.text();
    expect(m.registry()?.getSingleMetric('ipwatch_process_nodejs_eventloop_lag_mean_seconds')).toBeDefined();
    const lag = /^ipwatch_process_nodejs_eventloop_lag_mean_seconds (\S+)$/m.exec(first)?.[1];
    expect(Number.isFinite(Number(lag))).toBe(true);
    expect(first).toMatch(/^ipwatch_process_process_cpu_user_seconds_total /m);
  });

  it('builds the status once a scrape, whatever the number of gauges reading it', async () => {
    let built = 0;
    const m = createMetrics(() => (built++, status()), 'x');
    await m.text();
    expect(built).toBe(1);
    await m.text();
    expect(built).toBe(2);
  });

  it('reads the bot from the status when there is one, else 0', async () => {
    const without = await createMetrics(() => status(), 'x').text();
    expect(without).toMatch(/^ipwatch_bot_connected\{bot="main"\} 0$/m);
    const connected = await createMetrics(() => status({ bot: { state: 'connected' } }), 'x').text();
    expect(connected).toMatch(/^ipwatch_bot_connected\{bot="main"\} 1$/m);
  });

  it('says each bot apart by its id, one series each, in the Prometheus text format', async () => {
    const named = (id: string, state: string) => ({ id, name: '', state });
    const bots = [named('main', 'connected'), named('eu', 'token rejected'), named('home', 'connected')];
    const text = await createMetrics(() => status({ bot: bots[0], bots }), 'x').text();
    const family = parsePrometheus(text).find((f) => f.name === 'ipwatch_bot_connected');
    expect(family?.type).toBe('GAUGE');
    expect(family?.metrics.map((m) => [m.labels, m.value])).toEqual([
      [{ bot: 'main' }, '1'],
      [{ bot: 'eu' }, '0'],
      [{ bot: 'home' }, '1'],
    ]);
    expect(text).toMatch(/^# TYPE ipwatch_bot_connected gauge$/m);
    // A bot removed from the settings leaves no series behind at the next scrape.
    let scrapes = 0;
    const m = createMetrics(() => status({ bots: bots.slice(0, scrapes++ === 0 ? 2 : 1) }), 'x');
    await m.text();
    expect((await m.text()).match(/^ipwatch_bot_connected\{/gm)).toHaveLength(1);
  });

  it('counts the internal errors the process guard caught, per part, as the status has them', async () => {
    expect(await createMetrics(() => status(), 'x').text()).not.toMatch(/^ipwatch_internal_errors_total\{/m);
    const last = { part: 'ddns', message: 'boom', at: 1 };
    const caught = { total: 3, byPart: { ddns: 2, watcher: 1 }, last, recent: true };
    const text = await createMetrics(() => status({ internalErrors: caught }), 'x').text();
    expect(text).toMatch(/^# TYPE ipwatch_internal_errors_total counter$/m);
    expect(text).toMatch(/^ipwatch_internal_errors_total\{part="ddns"\} 2$/m);
    expect(text).toMatch(/^ipwatch_internal_errors_total\{part="watcher"\} 1$/m);
  });

  it('counts changes per family (not a first address) and shows the outbox per channel', async () => {
    const m = createMetrics(() => status(), '1.2.3');
    const first: ChangeEvent = {
      type: 'change',
      at: 1,
      family: 6,
      from: null,
      to: '2a02::1',
      fromSince: null,
      trigger: 'start',
      sources: [],
    };
    m.observe(first);
    expect(await m.text()).toMatch(/^ipwatch_changes_total\{family="6"\} 0$/m);
    m.observe({ ...first, at: 2, from: '2a02::1', to: '2a02::2', fromSince: 1, trigger: 'interval' });
    const text = await m.text();
    expect(text).toMatch(/^ipwatch_changes_total\{family="6"\} 1$/m);
    expect(text).toMatch(/^ipwatch_changes_total\{family="4"\} 0$/m);
    expect(text).toMatch(/^ipwatch_outbox_pending\{channel="hook",type="webhook"\} 2$/m);
    expect(text).toMatch(/^ipwatch_info\{version="1.2.3"\} 1$/m);
  });
});
