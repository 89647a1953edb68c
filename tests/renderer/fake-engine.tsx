/**
 * An in-memory engine behind the renderer's Client type, for component tests: it keeps a
 * status, history, settings and audit log, answers like the API would (settings are checked by
 * the real shared schema, field errors by path), and lets a test push live events.
 */
import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';

import { compareSiteNames, sitePage } from '../../electron/engine/fleet/site-page';
import { createConnection } from '../../renderer/src/api/connection';
import { createEventLog } from '../../renderer/src/api/event-log';
import type { HttpClient, SignedInAs } from '../../renderer/src/api/http';
import type {
  ApiEvent,
  AuditEntry,
  Client,
  HistoryEntry,
  HistoryQuery,
  StatsQuery,
  StatsReport,
} from '../../renderer/src/api/types';
import { App, newQueryClient } from '../../renderer/src/App';
import type { Words } from '../../renderer/src/i18n/I18n';
import { botOff } from '../../shared/bot-types';
import type { AppStatus } from '../../shared/contract';
import type { EgressReport } from '../../shared/contract/egress';
import type { RecentEvent } from '../../shared/contract/events';
import {
  type FleetEvent,
  type FleetSite,
  type Sites,
  type SitesQuery,
  sitesQuerySchema,
} from '../../shared/contract/fleet';
import type { HeldNotice } from '../../shared/contract/held';
import type { MonitorChange } from '../../shared/contract/monitors';
import type { PathRecord } from '../../shared/contract/path';
import type { PluginsReport } from '../../shared/contract/plugins';
import type { BrowserSessions, RevokedSession } from '../../shared/contract/sessions';
import type { Transition } from '../../shared/contract/transition';
import { EMPTY_FLEET_SUMMARY, fleetSummary } from '../../shared/fleet-summary';
import { healthOf } from '../../shared/health';
import { english } from '../../shared/i18n/translators';
import { mapFromHistory } from '../../shared/map/from-history';
import { natVerdict } from '../../shared/nat';
import { defaultSettings, settingsSchema } from '../../shared/settings';
import { fakeEgress } from './fake-egress';
import { fakeForecast } from './fake-forecast';
import { insight } from './fake-insight';
import { fakeMemory } from './fake-memory';
import { fakePlugins } from './fake-plugins';
import { fakeSpeedRun, fakeSpeedTests } from './fake-speed';

/**
 * How long findBy*, waitFor and vi.waitFor wait in the DOM tests (every one imports this file).
 * Most pages are lazy routes: the first find on one includes transforming its modules on
 * demand, which a busy machine stretches past testing-library's default of one second. They
 * watch the DOM, so a passing test waits no longer for it.
 */
export const DOM_WAIT_MS = 10_000;
configure({ asyncUtilTimeout: DOM_WAIT_MS });

export function status(over: Partial<AppStatus> = {}): AppStatus & { nextCheckAt: number | null } {
  const now = Date.now();
  const fam = (family: 4 | 6, ip: string | null) => ({
    family,
    enabled: true,
    ip,
    since: ip ? now - 3_600_000 : null,
    lastCheck: {
      at: now - 10_000,
      trigger: 'interval' as const,
      result: 'unchanged' as const,
      durationMs: 42,
      requests: 2,
      // IPv4's steady check rested on the router's word.
      ...(family === 4 ? { requests: 0, witness: 'router NAT-PMP' } : {}),
    },
    cgnat: null,
  });
  const s: Omit<AppStatus, 'health'> & { nextCheckAt: number | null } = {
    running: true,
    pausedSince: null,
    nextCheckAt: now + 50_000,
    bot: botOff(),
    language: { chosen: 'auto', speaks: 'en' },
    process: {
      uptimeSec: 93_784,
      rssBytes: 85 * 2 ** 20,
      heapUsedBytes: 21 * 2 ** 20,
      heapTotalBytes: 30 * 2 ** 20,
      nativeBytes: 55 * 2 ** 20,
      externalBytes: 25 * 2 ** 20,
      arrayBuffersBytes: 2 ** 20,
      wasmMemoryBytes: 21 * 2 ** 20,
    },
    online: true,
    offlineSince: null,
    families: { v4: fam(4, '81.2.69.142'), v6: fam(6, '2a02:1:2:3::5') },
    sources: [
      {
        id: 'http0-v4',
        provider: 'http0-v4',
        kind: 'http',
        family: 4,
        state: 'closed',
        successes: 10,
        failures: 0,
        consecutiveFailures: 0,
        successRate: 1,
        latencyMs: 12,
      },
      {
        id: 'dns-v4',
        provider: 'dns-v4',
        kind: 'dns',
        family: 4,
        state: 'open',
        successes: 1,
        failures: 5,
        consecutiveFailures: 5,
        successRate: 0.17,
        latencyMs: null,
        lastError: 'timed out',
        lastErrorCode: { code: 'reason.source.failed', values: { said: 'timed out' } },
      },
    ],
    history: null,
    lastError: null,
    interfaces: { watch: 'netlink', reason: null, lastChangeAt: null },
    router: { state: 'ok', protocol: 'natpmp', externalAddress: '81.2.69.142', checkedAt: now - 60_000, error: null },
    nat: natVerdict({ routerAddress: '81.2.69.142', publicAddress: '81.2.69.142', localAddresses: [], egress: null }),
    notifications: [
      {
        id: 'desktop',
        type: 'desktop',
        state: 'ok',
        reason: null,
        lastError: null,
        lastErrorAt: null,
        lastSentAt: now - 60_000,
        failures: 0,
        nextAttemptAt: null,
        pending: 0,
        expired: 0,
        sent: 3,
        rejected: 0,
        note: null,
        recentExpired: [],
      },
    ],
    ...over,
  };
  // As the runtime does; the dashboard decides its badge from the status itself (healthOf).
  return { ...s, health: over.health ?? healthOf(s, english) };
}

/** The status of a runner that watches a fleet (and publishes as `home`), its link connected. */
export function watchingFleetStatus(over: Partial<AppStatus> = {}): ReturnType<typeof status> {
  return status({
    ...over,
    fleet: {
      link: { state: 'connected', error: null, since: Date.now() },
      publish: { enabled: true, site: 'home', lastPublishedAt: null },
      watch: { enabled: true, summary: EMPTY_FLEET_SUMMARY, refused: 0, twoRunners: [] },
    },
  });
}

export function runs(n: number): HistoryEntry[] {
  const t0 = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    family: i % 2 === 0 ? 4 : 6,
    ip: i % 2 === 0 ? `203.0.113.${i % 250}` : `2001:db8::${i.toString(16)}`,
    prefix: null,
    firstSeen: t0 + i * 3_600_000,
    lastSeen: t0 + (i + 1) * 3_600_000 - 1,
    checks: 60,
    sources: ['http0-v4'],
    change: i > 1 ? { from: 'x', trigger: 'interval' as const, sources: [] } : null,
  }));
}

/** The sites the fake runner watches, every one (getSites answers a page of them). */
export interface HeldSites {
  watching: boolean;
  sites: FleetSite[];
  /** Messages the watcher did not hold for their site name (issue 73). */
  badNames?: number;
  /** What the broker's figures say of the retained states heard (issue 74). */
  heard?: Sites['heard'];
}

export function fakeEngine(
  opts: { status?: ReturnType<typeof status>; history?: HistoryEntry[]; firstRun?: boolean } = {},
) {
  let st = opts.status ?? status();
  let firstRunPending = opts.firstRun ?? false;
  const history = opts.history ?? runs(3);
  const num = (v: unknown) => (v === undefined ? undefined : Number(v));
  let settings: Record<string, unknown> = defaultSettings() as unknown as Record<string, unknown>;
  const listeners = new Set<(e: ApiEvent) => void>();
  let fleet: { sites: HeldSites; events: FleetEvent[] } = { sites: { watching: false, sites: [] }, events: [] };
  let egress: EgressReport = fakeEgress(Date.now());
  let plugins: PluginsReport = fakePlugins();
  const client = {
    getStatus: vi.fn(async () => st),
    checkNow: vi.fn(async () => ({ at: Date.now(), trigger: 'manual' as const, online: true, families: st.families })),
    pause: vi.fn(async () => (st = { ...st, pausedSince: Date.now() })),
    resume: vi.fn(async () => (st = { ...st, pausedSince: null })),
    getHistory: vi.fn(async (q: HistoryQuery) => {
      const all = history.filter((r) => (!q.family || r.family === Number(q.family)) && (!q.ip || r.ip.includes(q.ip)));
      const limit = Number(q.limit ?? 50);
      const offset = Number(q.offset ?? 0);
      return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
    }),
    getStats: vi.fn(async (_q: StatsQuery): Promise<StatsReport> => ({
      from: 0,
      to: Date.now(),
      changes: { total: 0, perDay: [], perWeek: [], perMonth: [] },
      uptime: { percent: null, offlineMs: 0, monitoredMs: 0, until: null, perDay: [] },
      families: {
        v4: { changes: 0, meanTimeBetweenChangesMs: null, longestRun: null },
        v6: { changes: 0, meanTimeBetweenChangesMs: null, longestRun: null },
      },
      sources: [],
    })),
    getInsight: vi.fn(async () => insight()),
    getRecentEvents: vi.fn(async () => ({ at: Date.now(), items: [] as RecentEvent[] })),
    getSettings: vi.fn(async () => ({ settings, secrets: [], envOverrides: [], restartFields: [] })),
    saveSettings: vi.fn(async ({ settings: next }: { settings: Record<string, unknown> }) => {
      const r = settingsSchema.safeParse(next);
      if (!r.success)
        return {
          ok: false as const,
          errors: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        };
      settings = r.data as unknown as Record<string, unknown>;
      return {
        ok: true as const,
        settings: { settings, secrets: [], envOverrides: [], restartFields: [] },
        live: [],
        restart: [],
      };
    }),
    getChannels: vi.fn(async () => st.notifications),
    testChannel: vi.fn(async () => ({ ok: true as const, ms: 5 })),
    testSource: vi.fn(async () => ({ ok: true as const, ip: '81.2.69.142', ms: 7 })),
    exportHistory: vi.fn(async () => ({ filename: 'h.csv', mime: 'text/csv', body: 'a,b\n' })),
    backup: vi.fn(async () => ({ path: '/data/backups/x.sqlite', bytes: 2048 })),
    restore: vi.fn(async () => ({ keptAs: null })),
    importHistory: vi.fn(),
    getAudit: vi.fn(async () => ({ items: [] as AuditEntry[], total: 0 })),
    listSessions: vi.fn(async (): Promise<BrowserSessions> => ({ sessions: [], unavailable: null })),
    revokeSession: vi.fn(async (_i: { sid: string }): Promise<RevokedSession> => {
      throw new Error('no session to revoke in the fake engine');
    }),
    getOutbox: vi.fn(async () => []),
    getHeldNotices: vi.fn(async (): Promise<HeldNotice[]> => []),
    testDdnsRecord: vi.fn(async () => ({ ok: true as const, holds: true, detail: 'holds 81.2.69.142', ms: 9 })),
    // Clears a stop as the keeper does: the record starts again, updating, its settings untouched.
    retryDdnsRecord: vi.fn(async ({ recordId }: { recordId: string }) => {
      const records = st.ddns?.records ?? [];
      const was = records.find((r) => r.id === recordId);
      if (!was) throw new Error(`no dynamic DNS record "${recordId}"`);
      const after = was.state === 'stopped' ? { ...was, state: 'updating' as const, why: null } : was;
      st = { ...st, ddns: { ...st.ddns!, records: records.map((r) => (r.id === recordId ? after : r)) } };
      return after;
    }),
    testHook: vi.fn(async () => ({ ok: true as const, detail: 'the program exited 0 in 41 ms', ms: 41 })),
    testHeartbeat: vi.fn(async () => ({ ok: true as const, detail: 'OK', ms: 120 })),
    testMonitor: vi.fn(async () => ({ ok: true, detail: 'port 22 accepts connections', ms: 4 })),
    getMonitorHistory: vi.fn(async () => [] as MonitorChange[]),
    getForecast: vi.fn(async (q: { family?: unknown; tz?: string }) => fakeForecast(history, q)),
    getEgress: vi.fn(async () => egress),
    getMemory: vi.fn(async () => fakeMemory(Date.now())),
    getPlugins: vi.fn(async () => plugins),
    getQuiet: vi.fn(async () => ({ on: false, until: null, windows: [], held: 0 })),
    setQuiet: vi.fn(async () => ({ on: false, until: null, windows: [], held: 0 })),
    // The real summary (shared/map/from-history.ts) over the fake's runs, filtered as the store's query filters.
    getMap: vi.fn(async (q: { from?: unknown; to?: unknown; days?: unknown }) =>
      mapFromHistory(
        {
          history: ({ from, to, limit, offset }) => {
            const all = history.filter((r) => r.lastSeen >= from && r.firstSeen <= to);
            return { items: all.slice(offset, offset + limit), total: all.length };
          },
          // Watched from the first run on, without a break; nothing held past its last check.
          monitored: (from, to) => [[Math.max(from, Math.min(...history.map((r) => r.firstSeen))), to]],
          held: [],
        },
        { from: num(q.from), to: num(q.to), days: num(q.days) },
        Date.now(),
      ),
    ),
    runSpeedTest: vi.fn(async () => fakeSpeedRun(Date.now())),
    getSpeedTests: vi.fn(async (_q: unknown) => ({ items: fakeSpeedTests(Date.now(), 0) })),
    // The path is off by default: nothing traced, said so.
    tracePath: vi.fn(async () => ({ ran: false as const, why: 'off' as const, said: english.t('path.off') })),
    getPaths: vi.fn(async (_q: unknown) => ({ items: [] as PathRecord[] })),
    getTransition: vi.fn(async (): Promise<Transition> => ({
      verdict: { kind: 'none' },
      answers: [],
      lookupError: 'ENOTFOUND',
      ipv6Share: { days: 30, percent: null, monitoredMs: 0 },
      said: [],
    })),
    // The runner's own paging (fleet/site-page.ts) over the sites held, its query read as the API reads it.
    getSites: vi.fn(async (q: SitesQuery) => {
      const all = [...fleet.sites.sites].sort((a, b) => compareSiteNames(a.site, b.site));
      const page = sitePage(all, sitesQuerySchema.parse(q));
      const bad = fleet.sites.badNames ? { badNames: fleet.sites.badNames } : {};
      const heard = fleet.sites.heard ? { heard: fleet.sites.heard } : {};
      return { watching: fleet.sites.watching, summary: fleetSummary(all, Date.now()), ...page, ...bad, ...heard };
    }),
    getSite: vi.fn(async ({ name, limit }: { name: string; limit?: unknown }) => {
      const site = fleet.sites.sites.find((x) => x.site === name);
      if (!site) throw new Error(`no site "${name}" is watched`);
      return { site, events: fleet.events.filter((e) => e.site === name).slice(0, Number(limit ?? 50)) };
    }),
    forgetSite: vi.fn(async ({ name }: { name: string }) => {
      const before = fleet.sites.sites.length;
      fleet.sites.sites = fleet.sites.sites.filter((x) => x.site !== name);
      if (fleet.sites.sites.length === before) throw new Error(`no site "${name}" is watched`);
      return { site: name, detail: `forgot the site "${name}"` };
    }),
    testFleet: vi.fn(async () => ({
      ok: false as const,
      error: 'no broker in this fake',
      ms: 0,
      publish: null,
      read: null,
    })),
    getFirstRun: vi.fn(async () => ({ pending: firstRunPending })),
    endFirstRun: vi.fn(async () => {
      firstRunPending = false;
      return { pending: false };
    }),
    subscribe: (l: (e: ApiEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } satisfies Client;
  return {
    client,
    setStatus(next: ReturnType<typeof status>) {
      st = next;
    },
    /** What the runner declares and contacted (getEgress). */
    setEgress(next: EgressReport) {
      egress = next;
    },
    /** The plugins folder as the runner reads it (getPlugins). */
    setPlugins(next: PluginsReport) {
      plugins = next;
    },
    /** The fleet the watcher holds (getSites, getSite). */
    setFleet(next: { sites: HeldSites; events?: FleetEvent[] }) {
      fleet = { sites: next.sites, events: next.events ?? [] };
    },
    emit(e: ApiEvent) {
      for (const l of [...listeners]) l(e);
    },
    get settings() {
      return settings;
    },
  };
}

/**
 * Renders the whole app on a fake engine, at a page (#/history...): as the app's window, or
 * with `web` as the browser dashboard (signed in); `words` fixes its language (the
 * pseudo-language: `pseudoWords()` in tests/helpers/pseudo-language.ts).
 */
export function renderApp(
  fake: ReturnType<typeof fakeEngine>,
  hash = '#/',
  opts: { web?: boolean; who?: SignedInAs | null; words?: Words } = {},
) {
  window.location.hash = hash;
  const connection = createConnection('connected');
  const http: HttpClient | null = opts.web
    ? {
        ...(fake.client as Client),
        signIn: vi.fn(async () => ({ ok: true as const })),
        hasSession: vi.fn(async () => true),
        signOut: vi.fn(async () => undefined),
        whoAmI: vi.fn(async () => opts.who ?? null),
        signInMethods: vi.fn(async () => ({ discord: false })),
        signOutEverywhere: vi.fn(async () => undefined),
        exportUrl: (format) => `/api/v1/export?format=${format}`,
      }
    : null;
  const engine = { client: http ?? (fake.client as Client), connection, http, events: createEventLog() };
  const queryClient = newQueryClient();
  const view = render(<App engine={engine} queryClient={queryClient} words={opts.words} />);
  return { ...view, connection, engine, queryClient };
}
