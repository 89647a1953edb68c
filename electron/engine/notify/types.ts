/**
 * The notify module's own types: what the policy decides (Notice), what a channel is given
 * (Delivery) and answers (SendResult), and what the notifier is built from.
 */
import type { FleetChange, FleetEvent } from '../../../shared/contract/fleet';
import type { QuietRequest, QuietStatus } from '../../../shared/contract/quiet';
import type { Reason, WireReason } from '../../../shared/contract/reason';
import type { Language } from '../../../shared/i18n/languages';
import type { NetworkIdentity, NetworkShift } from '../../../shared/identity';
import type { ChannelStatus, MaskMode, NotifyEvent, TestResult } from '../../../shared/notify-types';
import type { ChannelSettings, NotificationSettings } from '../../../shared/settings/notify';
import type { EngineEvent, EngineStatus, Family, NatVerdict } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Redactor } from '../secrets/redact';
import type { SecretSource } from '../secrets/resolve';
import type { OutboxStore } from '../store/types';
import type { LiveStateFeed, LiveStatus } from './live-state';
import type { MemoryInput, MemoryNotice } from './memory-notice';
import type { ChannelHttp, PluginCaller } from './outside-calls';

export type { MemoryInput, MemoryNotice } from './memory-notice';
export type { ChannelHttp, PluginCaller } from './outside-calls';

interface NoticeBase {
  /** Idempotency key: the same notice always gets the same key. */
  key: string;
  /** When it happened, epoch ms. */
  at: number;
}

export interface ChangeNotice extends NoticeBase {
  kind: 'ipv4-changed' | 'ipv6-changed';
  family: Family;
  from: string | null;
  to: string;
  fromSince: number | null;
  sources: string[];
  /** The network identity of `to` and of `from` (AS, organisation, country, VPN flag), when known. */
  identity?: NetworkIdentity | null;
  fromIdentity?: NetworkIdentity | null;
}

export interface FlapNotice extends NoticeBase {
  kind: 'flap';
  family: Family;
  /** The address before and after. */
  address: string;
  /** The short-lived address in between. */
  via: string;
  /** How long `via` lasted, ms. */
  viaMs: number;
  sources: string[];
}

export interface OfflineNotice extends NoticeBase {
  kind: 'offline';
  since: number;
  cause: string;
}

export interface OnlineNotice extends NoticeBase {
  kind: 'online';
  offlineMs: number;
}

export interface DegradedNotice extends NoticeBase {
  kind: 'degraded';
  /** true: detection just became degraded; false: back to normal. */
  degraded: boolean;
  reason: string;
}

export interface FrequentNotice extends NoticeBase {
  kind: 'frequent-changes';
  family: Family;
  count: number;
  windowSec: number;
}

export interface StartedNotice extends NoticeBase {
  kind: 'started';
  v4: string | null;
  v6: string | null;
}

/** The IPv4 NAT verdict changed between two known verdicts (policy/nat.ts). */
export interface NatNotice extends NoticeBase {
  kind: 'nat-changed';
  from: NatVerdict;
  to: NatVerdict;
  routerAddress: string | null;
  publicAddress: string | null;
}

/** A confirmed change moved a family's address to another AS, country or announced prefix (policy/provider.ts). */
export interface ProviderNotice extends NoticeBase {
  kind: 'provider-changed';
  family: Family;
  /** The new address (masked like any address). */
  address: string;
  /** The network before and now; `shift`: what changed of its AS and announced prefix (shared/network-shift.ts). */
  fromNetwork: NetworkIdentity;
  toNetwork: NetworkIdentity;
  shift?: NetworkShift;
}

/** A service monitor went down, or came back up (policy/service.ts). No address: a monitor is named, not its target. */
export interface ServiceNotice extends NoticeBase {
  kind: 'service-down' | 'service-up';
  /** The monitor's id and name. */
  monitor: string;
  name: string;
  /** Why it is down; null when up. */
  why: string | null;
  /** `why` as a code (shared/contract/reason.ts): the notice says it in the channel's language. */
  reason?: WireReason;
  /** The first check after a confirmed address change found it so. */
  afterChange: boolean;
  /** How long it was down (service-up), when known. */
  downForMs: number | null;
}

/** The policy's input for a service notice (policy/service.ts). */
export interface ServiceInput {
  type: 'service';
  at: number;
  kind: ServiceNotice['kind'];
  monitor: string;
  name: string;
  why: string | null;
  reason?: WireReason;
  afterChange: boolean;
  /** How long it was down (service-up), when known. */
  downForMs: number | null;
}

/** A dynamic DNS record stopped, waits to retry, is not in step, or is in step again (policy/ddns.ts). */
export interface DdnsNotice extends NoticeBase {
  kind: 'ddns-stopped' | 'ddns-waiting' | 'ddns-failed' | 'ddns-in-step';
  /** The record's id, host name, type (A, AAAA) and provider. */
  record: string;
  name: string;
  recordType: string;
  provider: string;
  /** Its state now, and the one shown before (shared/contract/ddns.ts states). */
  state: string;
  was: string;
  why: string | null;
  /** `why` as a code (shared/contract/reason.ts): the notice says it in the channel's language. */
  reason?: WireReason;
  /** The address the record is kept at (masked like any address). */
  address: string | null;
  /** ddns-in-step: how long it was not in step, ms. */
  troubleMs: number | null;
  /** ddns-waiting: when the next attempt is due, when known. */
  nextAttemptAt: number | null;
}

/**
 * Another site of the fleet (policy/fleet.ts): a new address, gone offline, back online. The
 * site's name comes first in its words (site-message.ts); it never touches this machine's own
 * addresses, history or mirrors.
 */
export interface SiteNotice extends NoticeBase {
  kind: 'site-changed' | 'site-offline' | 'site-online';
  site: string;
  /** site-changed: the address changes (`IPv4 address`, from, to), masked like any address. */
  changes: FleetChange[];
  /**
   * site-offline: since when the site is offline (its will heard, or the time its clean stop
   * says), for "went offline 40 s ago" at sending time; null when it went while this watcher was
   * away and the time is not known. site-online: when its outage began.
   */
  offlineSince: number | null;
  /** site-offline: why, as the site's state says (`connection lost`, `stopped`); null when not said. */
  reason: string | null;
  /** site-online: how long it was offline, ms (at most that, when learnt while away). */
  offlineMs: number | null;
  /** Learnt from the broker's retained state on (re)connecting: it happened while this watcher was away. */
  whileAway: boolean;
}

/** The policy's input for a site notice: one event the fleet's watcher recorded (fleet/watcher.ts). */
export interface SiteInput {
  type: 'site';
  /** When the watcher heard it (the event's time). */
  at: number;
  event: Omit<FleetEvent, 'id'>;
  /** The site is this runner's own (it publishes too): never a site notice. */
  thisMachine: boolean;
  /** offline: since when the site is offline (null: not known); online: since when it had been offline (null: it was not known offline). */
  offlineSince: number | null;
  /** The time in the site's own state that made the event (its publisher's `at`), when it has one: the notice's key. */
  stateAt: number | null;
  /** The watcher knew the site neither online nor offline before (a first sighting): no loss to tell. */
  firstSeen: boolean;
}

export interface TestNotice extends NoticeBase {
  kind: 'test';
}

/** One per channel when a quiet window ends (quiet.ts): what the window held, oldest first. */
export interface QuietSummaryNotice extends NoticeBase {
  kind: 'quiet-summary';
  /** When the first held notice was kept. */
  since: number;
  /** The held notices, the first SUMMARY_ITEMS of them. */
  notices: PolicyNotice[];
  /** How many were held in all. */
  count: number;
}

export type Notice =
  | ChangeNotice
  | FlapNotice
  | OfflineNotice
  | OnlineNotice
  | DegradedNotice
  | FrequentNotice
  | StartedNotice
  | NatNotice
  | ProviderNotice
  | ServiceNotice
  | DdnsNotice
  | SiteNotice
  | MemoryNotice
  | TestNotice
  | QuietSummaryNotice;

/** Every policy notice maps to an event a channel subscribes to; `test` bypasses that. */
export type NoticeKind = Notice['kind'];
export type PolicyNotice = Exclude<Notice, TestNotice | QuietSummaryNotice>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time check: the policy's notice kinds are exactly the events a channel can pick. */
export const NOTICE_KINDS_ARE_EVENTS: Same<PolicyNotice['kind'], NotifyEvent> = true;

/** A notice rendered for people: plain text everywhere, fields for rich channels. */
export interface Message {
  title: string;
  /** One-line summary. */
  summary: string;
  fields: { name: string; value: string }[];
  /** title, summary and fields as plain text lines. */
  text: string;
  /** good (recovered), info, warn, bad. */
  tone: 'good' | 'info' | 'warn' | 'bad';
  /** Local time of the notice in the user's time zone. */
  time: string;
}

export interface Delivery {
  notice: Notice;
  message: Message;
  mask: MaskMode;
  /** Opaque idempotency key for headers: a hash, so it leaks no address. */
  idempotencyKey: string;
  signal: AbortSignal;
}

/** How an attempt ended; answers.ts says which answers are which kind. */
export type SendResult =
  | { ok: true; moved?: ChannelMove }
  /**
   * A later attempt may work (429, 5xx, network): retried with backoff or after `retryAfterMs`.
   * `throttled`: the service said we send too much (429), so it is never probed early.
   */
  | ({ ok: false; kind: 'transient'; error: string; retryAfterMs?: number; throttled?: true } & Coded)
  /** The service refused this notice (400, 413): set aside with the reason; the queue moves on. */
  | ({ ok: false; kind: 'rejected'; error: string } & Coded)
  /** The channel's settings are wrong (401, 403, 404, a deleted webhook): the channel pauses. */
  | ({ ok: false; kind: 'misconfigured'; error: string } & Coded);

/** `error` as a code, when IPWatch worded it (a plugin's failure): the page says it in its reader's language. */
interface Coded {
  reason?: Reason;
}

/** A service moved the destination (a Telegram group became a supergroup): new option values. */
export interface ChannelMove {
  options: Record<string, unknown>;
  /** Said in the status and the log. */
  note: string;
}

export interface Channel {
  send(delivery: Delivery): Promise<SendResult>;
  close(): Promise<void>;
}

/** Shows a desktop notification. The Electron shell supplies its own. */
export interface DesktopNotifier {
  notify(title: string, body: string): Promise<void>;
  /** Why this process cannot show desktop notifications (e.g. no desktop session), if so. */
  readonly unavailable?: string | undefined;
  /** `unavailable` as a code, for a reader in another language. */
  readonly unavailableReason?: Reason | undefined;
  /**
   * Set when no desktop session exists at all (a server, a container, a Windows service:
   * desktop-session.ts): a desktop channel is then off with this reason and drops its notices
   * instead of queueing them for a desktop that will never come.
   */
  readonly noSession?: string | undefined;
  /** `noSession` as a code, for a reader in another language. */
  readonly noSessionReason?: Reason | undefined;
}

/** The Discord bot, as the `discord-bot` channel sees it: it posts a notice to its guilds' channels. */
export interface BotDelivery {
  /** Through the bot of that id (docs/discord-bot.md "Several bots"); the first without one. */
  deliver(delivery: Delivery, botId?: string): Promise<SendResult>;
}

export interface ChannelDeps {
  clock: Clock;
  logger: Logger;
  /** The HTTP client of every HTTP channel (keep-alive Agents); net/client.ts's shared one if unset. */
  http?: ChannelHttp;
  desktop?: DesktopNotifier;
  /** Node name for MQTT topics when the channel sets none. */
  hostname: string;
  /** Where secret references in channel options are looked up. */
  secrets: SecretSource;
  /** Learns each channel's secrets and masks them in channel errors. */
  redactor: Redactor;
  /** The monitor's current state, for channels that mirror it (MQTT); absent: only notices. */
  live?: LiveStateFeed;
  /** This channel's address mask (the roster sets it per channel); `none` when unset. */
  mask?: MaskMode;
  /** The Discord bot, when the runtime runs one. */
  discordBot?: BotDelivery;
  /** The channel plugins, called by name (runtime/plugins.ts); absent: a plugin channel cannot be built. */
  plugins?: PluginCaller;
}

export interface NotifierDeps {
  store: OutboxStore;
  clock: Clock;
  logger: Logger;
  settings: NotificationSettings;
  /** Desktop notifications; node-notifier when not given (the Electron shell passes its own). */
  desktop?: DesktopNotifier;
  /** The HTTP client of the webhook-like channels; net/client.ts's shared one when not given. */
  http?: ChannelHttp;
  /** Jitter source, 0..1. */
  random?: () => number;
  /** Node name for MQTT topics; the host name when not given. */
  hostname?: string;
  /**
   * Keeps new option values of a channel in the settings, through the host's validated write
   * (a service moved the destination). Without it the channel follows the move until restart.
   */
  saveChannelOptions?: (channelId: string, options: Record<string, unknown>) => Promise<void>;
  /** The process environment and files when not given. */
  secrets?: SecretSource;
  /** Shared with the logger sink, so what a channel learns is masked in the logs too. */
  redactor?: Redactor;
  /** The engine's status, read after each input to keep the channels' live state current. */
  status?: () => LiveStatus;
  /** Told of a step that failed (logged either way), so the app status can show it. */
  onError?: (err: unknown) => void;
  /** The Discord bot, for `discord-bot` channels. */
  discordBot?: BotDelivery;
  /** The channel plugins, for `plugin` channels. */
  plugins?: PluginCaller;
  /** The app's language, for channels without their own (read at each settings update); English when not given. */
  language?: () => Language;
}

/** What `started` needs of the engine's status. */
export type StartedStatus = { families: Record<keyof EngineStatus['families'], { ip: string | null }> };

export interface Notifier {
  /** Feeds one engine event to the policy; resolves once its notices are on disk. */
  handle(event: EngineEvent): Promise<void>;
  /** The monitor started with these addresses (a notice only when `startup` is on). */
  started(status: StartedStatus): Promise<void>;
  /** Restores held changes and drains what is still pending from before a restart. */
  start(): Promise<void>;
  /** Stops timers and deliveries (the attempt in flight is aborted) and closes channels. */
  stop(): Promise<void>;
  status(): ChannelStatus[];
  /**
   * True once nothing is being sent right now: every channel's queue is empty, off, or waiting
   * for a retry (its wait left on the monotonic clock, so no wall step makes it look due or not).
   */
  settled(): boolean;
  /** Why this machine cannot show desktop notifications (no desktop session, no notify-send); null where it can. */
  desktopUnavailable(): string | null;
  /** `desktopUnavailable()` as a code, for a reader in another language. */
  desktopUnavailableReason(): Reason | null;
  /**
   * Sends a test notification at once, outside the outbox: through a running channel (by id), or
   * through a channel built from these settings for this send only (one being edited). Settings
   * equal to a running channel's test that channel.
   */
  test(target: string | ChannelSettings): Promise<TestResult>;
  updateSettings(settings: NotificationSettings): Promise<void>;
  /**
   * What the channels of this type depend on outside their own options was fixed (the Discord
   * bot logged in, after a new token): their queues paused for a settings fix try again.
   */
  resumeType(type: string): void;
  /** A service monitor went down or came back up (the monitors' runner); resolves once its notice is on disk. */
  service(input: ServiceInput): Promise<void>;
  /** A watched site's event (the fleet's watcher); resolves once its notice, if any, is on disk. */
  site(input: SiteInput): Promise<void>;
  /** The runner's memory passed its bound (runtime/memory.ts); resolves once its notice is on disk. */
  memory(input: MemoryInput): Promise<void>;
  /** Asks for a one-off quiet window (or ends them); the quiet status after it, once kept on disk. */
  quiet(req: QuietRequest): Promise<QuietStatus>;
  /** The quiet windows on now and until when, and the notices they hold: computed here only. */
  quietStatus(): QuietStatus;
}
