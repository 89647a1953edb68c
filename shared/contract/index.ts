/**
 * The one API contract: each method's input schema (validated wherever a call arrives:
 * IPC handler, HTTP route) and its output type. The preload, the IPC handlers, the HTTP
 * API and the renderer client all derive their types from this object; nothing is
 * written twice by hand.
 */
import * as z from 'zod/mini';

import type { BotStatus, NamedBotStatus } from '../bot-types';
import type { Health } from '../health';
import type { Language, LanguageChoice } from '../i18n/languages';
import type { InternalErrorsStatus } from '../internal-errors';
import type { Nat } from '../nat';
import type { ChannelStatus } from '../notify-types';
import { customSourceSchema } from '../settings';
import { channelSettingsSchema } from '../settings/notify';
import { idSchema } from '../settings/schema-common';
import type { EngineStatus, ProcessStatus, RouterStatus } from '../types';
import type { DdnsStatus } from './ddns';
import { described } from './described';
import { recentEventsQuerySchema, recentEventsSchema } from './events';
import { featureApi, type FeatureMethod } from './features';
import { endFirstRunInputSchema, firstRunStateSchema } from './first-run';
import type { FleetStatus } from './fleet';
import { heldNoticeSchema } from './held';
import {
  auditPageSchema,
  backupResultSchema,
  exportInputSchema,
  fileOutputSchema,
  historyPageSchema,
  historyQuerySchema,
  importInputSchema,
  importResultSchema,
  outboxItemSchema,
  outboxQuerySchema,
  pageQuerySchema,
  restoreInputSchema,
  restoreResultSchema,
  statsQuerySchema,
  statsReportSchema,
} from './history';
import { insightQuerySchema, insightSchema } from './insight';
import { GET, method, none, POST } from './method';
import type { MonitorsStatus } from './monitors';
import type { QuietStatus } from './quiet';
import type { WireReason } from './reason';
import type { ApiServingStatus } from './serving';
import { sessionsApi } from './sessions';
import { SETTINGS_REFUSAL, settingsViewSchema, settingsWriteInputSchema, settingsWriteResultSchema } from './settings';
import type { SpeedStatus } from './speed';
import {
  type ApiEvent,
  appStatusSchema,
  channelStatusSchema,
  checkReportSchema,
  type Schema,
  testResultSchema,
} from './status';
import type { WatcherStatus } from './watcher';

export type { ApiEvent, DeliveriesEvent } from './status';
export type * from './events';
export type * from './first-run';
export type * from './held';
export type * from './history';
export type * from './insight';
export type * from './serving';
export type * from './sessions';
export type { HttpRoute, MethodDef } from './method';
export type * from './settings';

/** Everything the UI shows: the engine's state plus each notification channel's. */
export interface AppStatus extends EngineStatus {
  /** The one health state shown everywhere, from healthOf() over the rest of this status. */
  health: Health;
  notifications: ChannelStatus[];
  /** The (first) Discord bot; state `off` without a token. `bots`: every bot, this one first (discord-bot.md "Several bots"). */
  bot: BotStatus;
  bots?: NamedBotStatus[];
  /** Uptime and memory of the process the monitor runs in. */
  process: ProcessStatus;
  /** What the home router says its external IPv4 address is (router/watch.ts). */
  router: RouterStatus;
  /** What stands between this machine and the internet on IPv4 (shared/nat.ts). */
  nat: Nat;
  /** Each dynamic DNS record's state (contract-ddns.ts); absent where the runtime has none. */
  ddns?: DdnsStatus;
  /** Each service monitor's state (contract-monitors.ts). */
  monitors?: MonitorsStatus;
  /** The last speed test and the next one planned (contract-speed.ts). */
  speedTest?: SpeedStatus;
  /** The change hook's and the heartbeat's last runs (contract-watcher.ts). */
  watcher?: WatcherStatus;
  /** Why this machine cannot show desktop notifications (a server, a container); absent where it can. */
  desktopUnavailable?: string;
  /** `desktopUnavailable` as a code (shared/contract/reason.ts), for a reader in another language. */
  desktopUnavailableReason?: WireReason;
  /** Errors no part handled, caught by the process guard so that monitoring went on (internal-errors.ts). */
  internalErrors?: InternalErrorsStatus;
  /** How the HTTP API is served (contract/serving.ts); absent where none runs. */
  api?: ApiServingStatus;
  /** The fleet over MQTT: the broker link, this site published, the sites watched (contract/fleet.ts). */
  fleet?: FleetStatus;
  /** The quiet windows on now and until when (contract/quiet.ts); absent where no notifier runs. */
  quiet?: QuietStatus;
  /**
   * The language setting and what the app speaks by it (the tray, channels without their own):
   * a dashboard follows `chosen` unless it is 'auto', when it follows its browser (docs/i18n.md).
   */
  language: AppLanguage;
}

/** The app's language: as set, and as spoken ('auto' resolved from the OS's languages). */
export interface AppLanguage {
  chosen: LanguageChoice;
  speaks: Language;
}

/**
 * A saved channel by id, or a channel as it is being edited (a Test button before saving).
 * In the latter, a secret left as `{ "set": true }` is the stored channel's (the one with the
 * same id), so the page never needs the value.
 */
export const testChannelInputSchema = z.union([
  z.strictObject({ channelId: described(z.string().check(z.minLength(1), z.maxLength(64)), 'a configured channel') }),
  z.strictObject({ channel: described(channelSettingsSchema, 'a channel as it would be configured') }),
]);

/**
 * The status schema is loose (see contract-status.ts), so other modules can add to AppStatus
 * (the bot's `bot`); the answer's type is AppStatus itself.
 */
const appStatus = appStatusSchema as unknown as Schema<AppStatus>;

export const testSourceInputSchema = z.union([
  z.strictObject({ sourceId: described(idSchema, 'a configured or built-in source') }),
  z.strictObject({ source: described(customSourceSchema, 'a source as it would be configured') }),
]);
export const sourceTestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), ip: z.string(), ms: z.number() }),
  z.object({ ok: z.literal(false), error: z.string(), ms: z.number() }),
]);

export { featureApi, type FeatureMethod };
export const api = {
  ...featureApi,
  ...sessionsApi,
  /** Current addresses per family, last checks, source health and online state. */
  getStatus: method({
    summary: 'The app status',
    http: GET('/status'),
    mutates: false,
    input: none,
    output: appStatus,
  }),
  /** Runs a check now (or joins the one under way) and resolves with the state after it. */
  checkNow: method({
    summary: 'Check now',
    http: POST('/check'),
    mutates: false,
    acts: true,
    input: none,
    output: checkReportSchema,
  }),
  /** Pauses scheduled checks until resumed (not kept across a restart). */
  pause: method({ summary: 'Pause monitoring', http: POST('/pause'), mutates: true, input: none, output: appStatus }),
  /** Resumes monitoring and checks at once; the status after that check. */
  resume: method({
    summary: 'Resume monitoring',
    http: POST('/resume'),
    mutates: true,
    input: none,
    output: appStatus,
  }),
  /** Runs of addresses, newest first, paged and filtered. */
  getHistory: method({
    summary: 'Address history',
    http: GET('/history'),
    mutates: false,
    input: historyQuerySchema,
    output: historyPageSchema,
  }),
  /** Changes per day/week/month, uptime, run lengths and source statistics for a period. */
  getStats: method({
    summary: 'Statistics',
    http: GET('/stats'),
    mutates: false,
    input: statsQuerySchema,
    output: statsReportSchema,
  }),
  /** Uptime over 24 h / 30 d / 1 y, each family's recent checks, the mean time an address is held, the latest outages. */
  getInsight: method({
    summary: 'Dashboard insight',
    http: GET('/insight'),
    mutates: false,
    input: insightQuerySchema,
    output: insightSchema,
  }),
  /** The checks, changes, outages and notices the history keeps, newest first: what Activity opens with. */
  getRecentEvents: method({
    summary: 'Recent events',
    http: GET('/recent-events'),
    mutates: false,
    input: recentEventsQuerySchema,
    output: recentEventsSchema,
  }),
  /** The settings, secrets only as "set" or "not set". */
  getSettings: method({
    summary: 'Read the settings',
    http: GET('/settings'),
    mutates: false,
    input: none,
    output: settingsViewSchema,
  }),
  /** Validates with the shared schema; stores and applies, or answers field errors (HTTP 422) and changes nothing. */
  saveSettings: method({
    summary: 'Write the settings',
    http: { method: 'PUT', path: '/settings' },
    mutates: true,
    input: settingsWriteInputSchema,
    output: settingsWriteResultSchema,
    refusal: SETTINGS_REFUSAL,
  }),
  /** Each notification channel's delivery state. */
  getChannels: method({
    summary: 'Notification channels',
    http: GET('/channels'),
    mutates: false,
    input: none,
    output: z.array(channelStatusSchema),
  }),
  /** Notifications in the outbox, newest first. */
  getOutbox: method({
    summary: 'The notification outbox',
    http: GET('/outbox'),
    mutates: false,
    input: outboxQuerySchema,
    output: z.array(outboxItemSchema),
  }),
  /** The notices the alert policy holds (never channel sends), the soonest due first: each sent when due unless its condition clears. */
  getHeldNotices: method({
    summary: 'Notices the alert policy holds',
    http: GET('/outbox/held'),
    mutates: false,
    input: none,
    output: z.array(heldNoticeSchema),
  }),
  /**
   * Sends a test notification through one channel at once (not queued): a configured one by id,
   * or one being edited (see testChannelInputSchema); says why it failed.
   */
  testChannel: method({
    summary: 'Send a test notification',
    http: POST('/channels/test'),
    mutates: false,
    acts: true,
    input: testChannelInputSchema,
    output: testResultSchema,
  }),
  /** Asks one source once (a configured one by id, or one being set up) and validates its answer. */
  testSource: method({
    summary: 'Test a source',
    http: POST('/sources/test'),
    mutates: false,
    acts: true,
    input: testSourceInputSchema,
    output: sourceTestResultSchema,
  }),
  /**
   * All history as CSV (the runs) or JSON (everything importable). Over HTTP the answer is
   * this JSON only when asked with `Accept: application/json`; otherwise (a browser following
   * a link) the file itself, as an attachment.
   */
  exportHistory: method({
    summary: 'Export the history',
    http: GET('/export'),
    mutates: false,
    input: exportInputSchema,
    output: fileOutputSchema,
  }),
  /** Writes the whole history database (encrypted if the store is) to a new file in the data folder's backups/. */
  backup: method({
    summary: 'Back up the history',
    http: POST('/backup'),
    mutates: true,
    input: none,
    output: backupResultSchema,
  }),
  /** Replaces the history with a backup; the current file is kept in backups/. Monitoring goes on. */
  restore: method({
    summary: 'Restore the history from a backup',
    http: POST('/restore'),
    mutates: true,
    input: restoreInputSchema,
    output: restoreResultSchema,
  }),
  /** Merges another history (IPWatch export, seed bot, ddns-updater) into the running one; a bad file changes nothing. */
  importHistory: method({
    summary: 'Import history',
    http: POST('/import'),
    mutates: true,
    input: importInputSchema,
    output: importResultSchema,
  }),
  /** Whether the first-run steps are still to be shown: a new data folder, not yet set up or skipped. */
  getFirstRun: method({
    summary: 'First-run state',
    http: GET('/first-run'),
    mutates: false,
    input: none,
    output: firstRunStateSchema,
  }),
  /** Ends the first run for good, done or skipped; ending it again changes nothing. */
  endFirstRun: method({
    summary: 'End the first run',
    http: POST('/first-run'),
    mutates: true,
    input: endFirstRunInputSchema,
    output: firstRunStateSchema,
  }),
  /** Who changed what and when, newest first. */
  getAudit: method({
    summary: 'The audit log',
    http: GET('/audit'),
    mutates: false,
    input: pageQuerySchema,
    output: auditPageSchema,
  }),
};

export type Api = typeof api;
export type ApiMethod = keyof Api;
/** A method's input as the handler receives it (validated, defaults filled in). */
export type ApiInput<M extends ApiMethod> = z.output<Api[M]['input']>;
/** A method's input as a caller may send it (defaults optional). */
export type ApiParams<M extends ApiMethod> = z.input<Api[M]['input']>;
export type ApiOutput<M extends ApiMethod> = Api[M]['output'] extends Schema<infer O> ? O : never;

/** The client shape every transport offers (IPC in the app, HTTP + SSE in a browser). */
export type ApiClient = {
  [M in ApiMethod]: (...args: ApiParams<M> extends undefined ? [] : [ApiParams<M>]) => Promise<ApiOutput<M>>;
} & {
  /** Live events (engine events and delivery updates) as they happen; returns an unsubscribe function. */
  subscribe(listener: (event: ApiEvent) => void): () => void;
};

/** Who is calling, for the audit log: 'ui' (the app's window), 'grafana (viewer, token)' over HTTP... */
export interface CallContext {
  actor: string;
  /**
   * Over HTTP: why this caller may not make these dangerous changes (the words of
   * shared/settings/destinations.ts), or null when it may. Absent: the app's own window, an admin.
   */
  dangerous?: (changes: readonly string[]) => string | null;
  /** Over HTTP: the caller's browser session's id (sessions.ts), null for a bearer token. Absent: the app's own window. */
  sid?: string | null;
  /** Over HTTP: the caller's role; a viewer sees a sending URL as host only. Absent: the app's own window, an admin. */
  role?: 'admin' | 'viewer' | 'metrics';
}

/** The feature methods' handlers, which the runtime builds from its feature parts (runtime/features.ts). */
export type FeatureHandlers = Pick<ApiHandlers, FeatureMethod>;

/** What the engine implements once, for every transport. */
export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiInput<M>, ctx: CallContext) => Promise<ApiOutput<M>>;
};

/**
 * An error a handler throws on purpose: its status and message reach the caller, and its code
 * (`error.code`; `refused` unless given) lets a page say it in its reader's language:
 * error-codes.ts (DANGEROUS_CODE: a dangerous change this caller may not make from here).
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 500 | 503 | 507,
    message: string,
    readonly code: string = 'refused',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The base path of the HTTP API, and the SSE stream under it. */
export const API_BASE = '/api/v1';
export const EVENTS_PATH = '/events';

export const API_METHODS = Object.keys(api) as ApiMethod[];
