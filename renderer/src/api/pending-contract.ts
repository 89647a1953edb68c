/**
 * The contract as the API branch (i10a) is extending it in shared/contract.ts, mirrored until
 * that branch is merged here; then this file goes and `Client` is `ApiClient`. Shapes and names
 * follow their shared/contract-history.ts, contract-settings.ts and contract-status.ts.
 */
import type { AppStatus } from '../../../shared/contract';
import type { ChannelStatus, TestResult } from '../../../shared/notify-types';
import type { CustomSource } from '../../../shared/settings';
import type { CheckReport, EngineEvent, EngineStatus, Family, Trigger } from '../../../shared/types';

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
    hours: { hour: number; ok: number; fail: number; meanLatencyMs: number | null; maxLatencyMs: number | null }[];
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
type Counts<K extends string> = Record<K, number>;
export interface ImportResult {
  format: ImportFormat;
  runs: Counts<'added' | 'grown' | 'skipped' | 'setAside' | 'trimmed'>;
  changes: Counts<'added' | 'skipped' | 'setAside'>;
  outages: Counts<'added' | 'skipped'>;
  sessions: Counts<'added' | 'skipped'>;
}
export interface SecretInfo {
  path: string;
  state: 'set' | 'not set';
  from?: string;
}
export interface SettingsView {
  settings: Record<string, unknown>;
  secrets: SecretInfo[];
  envOverrides: string[];
  restartFields: string[];
}
export interface FieldError {
  path: string;
  message: string;
}
export type SettingsWriteResult =
  { ok: true; settings: SettingsView; live: string[]; restart: string[] } | { ok: false; errors: FieldError[] };
export type SourceTestResult = { ok: true; ip: string; ms: number } | { ok: false; error: string; ms: number };
export interface FileOutput {
  filename: string;
  mime: string;
  body: string;
}
export interface DeliveriesEvent {
  type: 'deliveries';
  at: number;
  channels: ChannelStatus[];
}
export type ApiEvent = EngineEvent | DeliveriesEvent;

/** What the pages call: the contract's client. */
export interface Client {
  getStatus(): Promise<AppStatus & Pick<EngineStatus, 'running'> & { nextCheckAt?: number | null }>;
  checkNow(): Promise<CheckReport>;
  pause(): Promise<AppStatus>;
  resume(): Promise<AppStatus>;
  getHistory(q: HistoryQuery): Promise<HistoryPage>;
  getStats(q: StatsQuery): Promise<StatsReport>;
  getSettings(): Promise<SettingsView>;
  saveSettings(input: { settings: Record<string, unknown> }): Promise<SettingsWriteResult>;
  getChannels(): Promise<ChannelStatus[]>;
  testChannel(input: { channelId: string }): Promise<TestResult>;
  testSource(input: { source: CustomSource } | { sourceId: string }): Promise<SourceTestResult>;
  exportHistory(input: { format: 'csv' | 'json' }): Promise<FileOutput>;
  backup(): Promise<{ path: string; bytes: number }>;
  restore(input: { content: string; name?: string }): Promise<{ keptAs: string | null }>;
  importHistory(input: {
    content: string;
    name?: string;
    encoding?: 'utf8' | 'base64';
    format?: ImportFormat;
    tz?: string;
  }): Promise<ImportResult>;
  getAudit(q: { limit?: number; offset?: number }): Promise<{ items: AuditEntry[]; total: number }>;
  subscribe(listener: (event: ApiEvent) => void): () => void;
}
export type ClientMethod = Exclude<keyof Client, 'subscribe'>;
