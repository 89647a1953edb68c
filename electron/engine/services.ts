/**
 * What the API and the Discord bot may ask of the running instance, and nothing more: the
 * monitor's status and controls, the history's queries and files, and the notifier's words for
 * a notice. The runtime implements it (runtime/services.ts) over the engine, the notifier, the
 * store and the history importer, so api/ and bot/ import none of those rooms: they see the
 * contract's types (shared/) and these interfaces. Types only.
 */
import type { Writable } from 'node:stream';

import type {
  ApiInput,
  ApiOutput,
  AppStatus,
  AuditEntry,
  FeatureHandlers,
  HeldNotice,
  HistoryPage,
  ImportResult,
  OutboxItem,
  StatsReport,
} from '../../shared/contract';
import type { SitesEvent } from '../../shared/contract/fleet';
import type { WireReason } from '../../shared/contract/reason';
import type { Translator } from '../../shared/i18n/translator';
import type { MaskMode, TestResult } from '../../shared/notify-types';
import type { Settings } from '../../shared/settings';
import type { ChannelSettings, NotificationSettings } from '../../shared/settings/notify';
import type { CheckReport, EngineEvent } from '../../shared/types';
import type { Delivery, Message, Notice, SendResult } from './notify/types';

/** The notifier's channel contract, which the bot fulfils as the `discord-bot` channel. */
export type { Delivery, Message, Notice, SendResult };

export type HistoryQuery = Partial<ApiInput<'getHistory'>>;
export type StatsQuery = ApiInput<'getStats'>;
export type ExportFormat = ApiInput<'exportHistory'>['format'];
export type ImportFormat = NonNullable<ApiInput<'importHistory'>['format']>;
export type PeriodCount = StatsReport['changes']['perDay'][number];
export type FamilyStats = StatsReport['families']['v4'];

export interface MonitorService {
  /** The engine's status with the channels', the bot's and the process's, secrets masked. */
  status(): AppStatus;
  /** Engine events as they happen; returns the unsubscribe function. */
  on(listener: (event: EngineEvent) => void): () => void;
  /** The fleet's `sites` word as watched sites change (runtime/fleet.ts); absent where no fleet runs. */
  onSites?(listener: (event: SitesEvent) => void): () => void;
  /** The time since the newest check ended, on the monotonic clock (GET /healthz); null before the first. */
  lastCheckAgeMs(): number | null;
  /** A manual check of every enabled family. */
  checkNow(): Promise<CheckReport>;
  /** Pauses scheduled checks (the user's choice; not kept across a restart); resume() checks at once. */
  pause(): Promise<void>;
  resume(): Promise<CheckReport>;
  /**
   * A test notification through one channel at once, outside the outbox: a running channel by
   * id, or a channel's settings as they are being edited (secrets already restored).
   */
  testChannel(target: string | ChannelSettings): Promise<TestResult>;
  /**
   * Asks one source once and judges its answer as a check would: a source as it would be
   * configured, or the id of one in `settings` or built in (null when there is no such source).
   */
  testSource(input: ApiInput<'testSource'>, settings: Settings): Promise<ApiOutput<'testSource'> | null>;
}

export interface HistoryService {
  history(query?: HistoryQuery): HistoryPage;
  stats(query?: StatsQuery): StatsReport;
  /** Uptime 24 h / 30 d / 1 y, recent checks, mean time held, latest outages. */
  insight(query?: ApiInput<'getInsight'>): ApiOutput<'getInsight'>;
  /** Checks, changes, outages and notices the history keeps, newest first, notices redacted. */
  recentEvents(query: ApiInput<'getRecentEvents'>): ApiOutput<'getRecentEvents'>;
  /** Writes one audit log row, dated now; its id. */
  audit(entry: { actor: string; action: string; detail?: string | null; result: string; reason?: WireReason }): number;
  /** Writes one audit row's detail again (a repeated refusal's count: api/audit/refusals.ts); false when there is no such row. */
  auditRedetail(id: number, detail: string, repeated?: { times: number; spanMs: number }): boolean;
  auditLog(query?: { limit?: number; offset?: number }): AuditEntry[];
  /** How many rows the audit log holds. */
  auditTotal(): number;
  /** Notification queue items as a user reads them (never their payload), secrets masked. */
  outbox(query?: { channel?: string; status?: OutboxItem['status']; limit?: number }): OutboxItem[];
  /** The notices the alert policy holds, due by the hold times of these notification settings. */
  held(notifications: NotificationSettings): HeldNotice[];
  /** Streams all history: CSV holds the runs, JSON everything importable. */
  exportTo(out: Writable, format: ExportFormat): Promise<{ rows: number }>;
  /** Writes the whole database (encrypted if the store is) to a file. */
  backupTo(path: string): Promise<{ bytes: number }>;
  /** Replaces the history with a backup file after checking it; the current one is kept in backups/. */
  restoreFrom(path: string): Promise<{ keptAs: string | null }>;
  /** Reads and checks the whole file, then merges it in one step: a bad file changes nothing. */
  importFile(path: string, format?: ImportFormat, options?: { tz?: string }): Promise<ImportResult>;
  /** Whether an error of importFile is the file's fault; its message is then meant for the user. */
  isFileError(err: unknown): err is Error;
  /** The largest file importFile reads, in bytes. */
  readonly maxImportBytes: number;
}

/** The notifier's words for a notice, as a channel with this mask and time zone gets them. */
export type NoticeRenderer = (
  notice: Notice,
  options: { timezone: string; mask: MaskMode; now?: number; words?: Translator },
) => Message;

export interface Services {
  monitor: MonitorService;
  history: HistoryService;
  renderNotice: NoticeRenderer;
  /** The feature parts' methods (DDNS, monitors, speed test, hook and heartbeat, forecast), as the contract names them. */
  features: FeatureHandlers;
}
