/** The history store's public shape beyond the monitor and outbox contracts in types.ts. */
import type { Writable } from 'node:stream';

import type { RecentEvent } from '../../../shared/contract/events';
import type { Insight } from '../../../shared/contract/insight';
import type { MonitorChange } from '../../../shared/contract/monitors';
import type { WireReason } from '../../../shared/contract/reason';
import type { NetworkIdentity } from '../../../shared/identity';
import type { NetworkShift } from '../../../shared/network-shift';
import type { Span } from '../../../shared/spans';
import type { Family, HistoryStatus, Trigger } from '../../../shared/types';
import type { ClockStepRecord } from './clock-steps';
import type { DdnsJobStore } from './ddns-jobs';
import type { FleetStore } from './fleet';
import type { ImportRows } from './import-rows';
import type { Recovery } from './load';
import type { MemoryWatchStore } from './memory-watch';
import type { PathStore } from './paths';
import type { SaveInfo } from './saver';
import type { SpeedTestStore } from './speed-tests';
import type { CurrentAddress, MonitorStore, OutageRecord, OutboxStore } from './types';

export type { Insight, Recovery, SaveInfo };

export interface InsightQuery {
  /** Recent checks per family (default 50). */
  checks?: number;
  /** Latest outages (default 10). */
  outages?: number;
}

export interface HistoryQuery {
  family?: Family;
  /** Runs that overlap [from, to], epoch ms. */
  from?: number;
  to?: number;
  /** Part of the address, e.g. "203.0.113" or "2001:db8:". */
  ip?: string;
  /** Page size, 1..1000 (default 50). */
  limit?: number;
  offset?: number;
}

/** One run: a stretch of time during which one address held. */
export interface HistoryEntry {
  id: number;
  family: Family;
  ip: string;
  /** The /64 of an IPv6 address. */
  prefix: string | null;
  firstSeen: number;
  lastSeen: number;
  checks: number;
  sources: string[];
  /** AS number, organisation, country and VPN flag of the address; null when nothing is known. */
  identity?: NetworkIdentity | null;
  /** The change that opened the run (absent for the first run and some imports). */
  change: {
    from: string | null;
    trigger: Trigger;
    sources: string[];
    /** What changed in the network with it: its AS, its announced prefix (absent when neither, or unknown). */
    network?: NetworkShift;
  } | null;
}

export interface HistoryPage {
  items: HistoryEntry[];
  total: number;
  limit: number;
  offset: number;
}

export interface StatsQuery {
  /** Default: `days` before `to`. */
  from?: number;
  /** Length of the period when `from` is not given (default 30). */
  days?: number;
  /** Include each source's hourly series (default: for periods up to 31 days). */
  hourly?: boolean;
  /** Default: now. */
  to?: number;
  /** IANA zone whose midnights start the days, weeks and months (default UTC). */
  tz?: string;
}

export interface PeriodCount {
  /** Start of the day, ISO week (Monday) or month (UTC, or the zone asked for), epoch ms. */
  start: number;
  label: string;
  /** Changes of both families; `v4` and `v6` split it. */
  count: number;
  v4: number;
  v6: number;
}

export interface FamilyStats {
  changes: number;
  /** Mean time between consecutive changes inside the period; null with fewer than two. */
  meanTimeBetweenChangesMs: number | null;
  longestRun: { ip: string; firstSeen: number; lastSeen: number; durationMs: number } | null;
}

export interface SourceHour {
  hour: number;
  ok: number;
  fail: number;
  meanLatencyMs: number | null;
  maxLatencyMs: number | null;
}

export interface SourceStatsReport {
  source: string;
  ok: number;
  fail: number;
  /** 0..1, null without attempts. */
  successRate: number | null;
  meanLatencyMs: number | null;
  maxLatencyMs: number | null;
  /** Hourly detail (when asked for), for the part of the period inside the hourly retention window. */
  hours: SourceHour[];
}

export interface StatsReport {
  from: number;
  to: number;
  changes: { total: number; perDay: PeriodCount[]; perWeek: PeriodCount[]; perMonth: PeriodCount[] };
  /**
   * Measured over monitored time only (while the monitor ran): `percent` is the share of
   * `monitoredMs` that was online as a percentage, 0 to 100 (not a fraction), null when
   * nothing in the period was monitored (rounded down to 0.01, shared/uptime.ts).
   */
  uptime: {
    percent: number | null;
    offlineMs: number;
    monitoredMs: number;
    /**
     * Monitored time is counted up to here: the end of the period for the running monitor; the
     * last sign of life its folder holds for a reader beside it (the CLI; saved every few
     * minutes) or the stop of a stopped one; null when nothing was monitored.
     */
    until: number | null;
    perDay: { start: number; label: string; percent: number | null; offlineMs: number; monitoredMs: number }[];
  };
  families: Record<'v4' | 'v6', FamilyStats>;
  sources: SourceStatsReport[];
}

export interface CurrentState {
  v4: CurrentAddress | null;
  v6: CurrentAddress | null;
  /** The outage going on now, if any. */
  outage: OutageRecord | null;
}

export interface AuditEntry {
  id: number;
  at: number;
  /** Who: 'ui', 'api:<token name>', 'discord:<user id>', 'cli'... */
  actor: string;
  action: string;
  detail: string | null;
  result: string;
  /** The detail as a reason code (issue 62), said in the reader's language; `detail` is its English. */
  reason?: WireReason;
  /** A row counted several times (api/audit/repeated-rows.ts): how often, over how long; `detail` ends with it in English. */
  repeated?: AuditRepeated;
}

/** How often an audit row's who did its what, from the first time to the last. */
export interface AuditRepeated {
  times: number;
  spanMs: number;
}

/** One audit row to write: `reason`, when given, is the detail as a code (`detail` its English). */
export interface AuditRowInput {
  actor: string;
  action: string;
  detail?: string | null;
  result: string;
  at?: number;
  reason?: WireReason;
}

export type StoreStatus = HistoryStatus;

export type ExportFormat = 'csv' | 'json';

export interface ImportSession {
  apply<R extends object>(merge: (rows: ImportRows) => R): R;
}

export interface HistoryStore
  extends MonitorStore, OutboxStore, DdnsJobStore, SpeedTestStore, FleetStore, PathStore, MemoryWatchStore {
  history(query?: HistoryQuery): HistoryPage;
  /**
   * `runnerLive`: a reader beside a runner that holds the folder (the CLI) counts the runner's
   * open session up to now, as the runner does, rather than up to its last save (issue 59).
   */
  stats(query?: StatsQuery, opts?: { runnerLive?: boolean }): StatsReport;
  /** The dashboard's insight: uptime 24 h / 30 d / 1 y, recent checks, mean time held, latest outages. */
  insight(query?: InsightQuery): Insight;
  /**
   * The monitored time inside [from, to] as merged spans (uptime.ts): the sessions from the first
   * check on, the running one until now. What the map and the IPv6 share measure against.
   */
  monitored(from: number, to: number): Span[];
  /** The newest `limit` checks, changes, outage starts and ends and clock steps, newest first (recent-events.ts). */
  recentEvents(limit: number): RecentEvent[];
  currentState(): CurrentState;
  /** Writes one audit row; its id. */
  audit(entry: AuditRowInput): number;
  /** Writes one audit row's detail again (a repeated refusal's count); false when there is no such row. */
  auditRedetail(id: number, detail: string, repeated?: AuditRepeated): boolean;
  auditLog(query?: { limit?: number; offset?: number }): AuditEntry[];
  /** How many entries the audit log holds. */
  auditTotal(): number;
  /** Streams all history; memory stays flat whatever the size. CSV holds the runs, JSON everything importable. */
  exportTo(out: Writable, format: ExportFormat): Promise<{ rows: number }>;
  /**
   * Starts an import (electron/engine/history-import): throws at once when the store is closed
   * or read-only. `apply` runs the merge on the history's rows in one transaction, logged as
   * the import of `file`.
   */
  beginImport(file: string): ImportSession;
  /** Writes the whole database (encrypted if the store is) to a file the user picked. */
  backupTo(path: string): Promise<{ bytes: number }>;
  /** Replaces the history with a backup file after checking it; the current file is kept in backups/. */
  restoreFrom(path: string): Promise<{ keptAs: string | null }>;
  status(): StoreStatus;
  /** Every write bumps the revision; onSaved reports the revision a completed save holds. */
  revision(): number;
  onSaved(listener: (info: SaveInfo) => void): () => void;
  /** Keeps a service monitor's change of state (store/monitor-states.ts). */
  recordMonitorState(change: MonitorChange): void;
  /** Changes of state, newest first: one monitor's, or all (limit 1..1000, default 100). */
  monitorStates(query?: { monitor?: string; limit?: number }): MonitorChange[];
  /** The latest change of each monitor: where each starts after a restart. */
  lastMonitorStates(): MonitorChange[];
  /**
   * The wall clock stepped (runtime/clock-step.ts): kept as an event, the running session and an
   * open outage end at `before` and go on from `at` (store/clock-steps.ts).
   */
  recordClockStep(step: ClockStepRecord): void;
  /** Stamps the runs of `ip` again with the store's lookup (an online identity answer came later); absent on stores built by hand. */
  restampIdentity?(ip: string): void;
}
