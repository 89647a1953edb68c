/**
 * Methods the renderer needs that shared/contract.ts does not declare yet (requested in
 * /work/brief/contract-requests.md). The API branch owns the contract; once it declares these,
 * this file goes and `Client` is `ApiClient` alone. Shapes follow electron/engine/store/history-types.ts.
 */
import type { ApiClient } from '../../../shared/contract';
import type { AppStatus } from '../../../shared/contract';
import type { CustomSource, Settings } from '../../../shared/settings';
import type { Family, Trigger } from '../../../shared/types';

export interface HistoryQuery {
  family?: Family;
  from?: number;
  to?: number;
  ip?: string;
  limit?: number;
  offset?: number;
}
export interface HistoryEntry {
  id: number;
  family: Family;
  ip: string;
  prefix: string | null;
  firstSeen: number;
  lastSeen: number;
  checks: number;
  sources: string[];
  change: { from: string | null; trigger: Trigger; sources: string[] } | null;
}
export interface HistoryPage {
  items: HistoryEntry[];
  total: number;
  limit: number;
  offset: number;
}
export interface StatsQuery {
  from?: number;
  days?: number;
  hourly?: boolean;
  to?: number;
}
export interface PeriodCount {
  start: number;
  label: string;
  count: number;
}
export interface SourceHour {
  hour: number;
  ok: number;
  fail: number;
  meanLatencyMs: number | null;
  maxLatencyMs: number | null;
}
export interface StatsReport {
  from: number;
  to: number;
  changes: { total: number; perDay: PeriodCount[]; perWeek: PeriodCount[]; perMonth: PeriodCount[] };
  uptime: {
    percent: number | null;
    offlineMs: number;
    monitoredMs: number;
    perDay: { start: number; label: string; percent: number | null; offlineMs: number; monitoredMs: number }[];
  };
  sources: {
    source: string;
    ok: number;
    fail: number;
    successRate: number | null;
    meanLatencyMs: number | null;
    maxLatencyMs: number | null;
    hours: SourceHour[];
  }[];
}
export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  detail: string | null;
  result: string;
}
export type ImportFormat = 'ipwatch' | 'seed' | 'ddns-updater';
export interface ImportResult {
  format: ImportFormat;
  runs: { added: number; grown: number; skipped: number; setAside: number; trimmed: number };
  changes: { added: number; skipped: number; setAside: number };
  outages: { added: number; skipped: number };
  sessions: { added: number; skipped: number };
}
export interface FieldError {
  path: string;
  message: string;
}
export type SaveSettingsResult = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };
export type SourceTestResult = { ok: true; ip: string; ms: number } | { ok: false; error: string };
export interface DiscordState {
  state: 'disabled' | 'connecting' | 'ready' | 'error';
  user: string | null;
  error: string | null;
  guilds: { id: string; name: string }[];
  commands: { name: string; description: string }[];
}
export interface ExportFile {
  filename: string;
  mime: string;
  body: string;
}

export interface PendingApi {
  getHistory(q: HistoryQuery): Promise<HistoryPage>;
  getStats(q: StatsQuery): Promise<StatsReport>;
  pause(): Promise<AppStatus>;
  resume(): Promise<AppStatus>;
  getSettings(): Promise<{ settings: Settings }>;
  saveSettings(input: { settings: Settings }): Promise<SaveSettingsResult>;
  testSource(input: { source: CustomSource }): Promise<SourceTestResult>;
  exportHistory(input: { format: 'csv' | 'json' }): Promise<ExportFile>;
  backup(): Promise<{ path: string; bytes: number }>;
  restore(input: { content: string; name: string }): Promise<{ keptAs: string | null }>;
  importHistory(input: { content: string; name: string; format?: ImportFormat }): Promise<ImportResult>;
  getAudit(q: { limit: number; offset: number }): Promise<{ items: AuditEntry[]; total: number }>;
  getDiscord(): Promise<DiscordState>;
}

/** What the pages call: the contract's client. */
export type Client = ApiClient & PendingApi;
export type ClientMethod = Exclude<keyof Client, 'subscribe'>;
