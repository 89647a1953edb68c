/**
 * Notification types the engine, the shells and the renderer share: which events a channel
 * can subscribe to, the channel types, and the status a channel reports. Pure TypeScript.
 */
import type { WireReason } from './contract/reason';

/** What a channel can be told about. */
export const NOTIFY_EVENTS = [
  /** The public IPv4 address changed (held `flapWindowSec` first, see `flap`). */
  'ipv4-changed',
  /** The public IPv6 address (or /64 prefix) changed. */
  'ipv6-changed',
  /** A -> B -> A within `flapWindowSec`: reported once instead of two changes. */
  'flap',
  /** Offline for at least `offlineAfterSec`. */
  'offline',
  /** Back online after a reported outage, with its length. */
  'online',
  /** Detection degraded (no quorum, sources failing) or back to normal. */
  'degraded',
  /** At least `frequent.count` changes within `frequent.windowSec`: a flaky connection. */
  'frequent-changes',
  /** The monitor started, with its current addresses (only when `startup` is on). */
  'started',
  /** The IPv4 NAT verdict changed (e.g. the provider put the line behind CGNAT: no port forwarding). */
  'nat-changed',
  /**
   * A confirmed change moved the address to another network: its AS or its country differs
   * (e.g. the line now runs through a VPN, or another provider took over). Sent beside the
   * address change, not instead of it; not in a channel's events unless picked.
   */
  'provider-changed',
  /**
   * A service monitor (settings `monitors`) was found down: `downAfter` failed checks in a row,
   * "after a change" when it followed a confirmed address change. Once per change of state.
   */
  'service-down',
  /** A service monitor that was down answers again, with how long it was down. */
  'service-up',
  /**
   * A dynamic DNS record stopped: a person must act (the credentials refused, the name not in
   * the account, the account blocked). Once per stop, with why.
   */
  'ddns-stopped',
  /** A dynamic DNS record's update did not go through and is tried again by itself (a 503, a 429...). Once, not per attempt. */
  'ddns-waiting',
  /** A dynamic DNS record is not in step (servers still answering another address after the deadline, or none answering). */
  'ddns-failed',
  /** A dynamic DNS record told as stopped, waiting or failed is in step again, with how long it was not. */
  'ddns-in-step',
  /**
   * Another site of the fleet this runner watches (settings `fleet.watch`) has a new address:
   * "office: IPv4 203.0.113.7 → 198.51.100.4". Never this machine's own change.
   */
  'site-changed',
  /** A watched site went offline (its MQTT will, or a clean stop) for at least `offlineAfterSec`. */
  'site-offline',
  /** A watched site told as offline is back, with how long it was offline. */
  'site-online',
  /**
   * IPWatch's own resident memory passed its bound (settings `memory.alertAboveMB`, else one from the
   * container's limit or the machine's memory), with the figures and what grew most. Once per
   * excursion: again only after it fell below 90 % of the bound and passed it again.
   */
  'memory-high',
] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export const CHANNEL_TYPES = [
  'desktop',
  'discord-webhook',
  'discord-bot',
  'slack',
  'telegram',
  'ntfy',
  'gotify',
  'webhook',
  'email',
  'mqtt',
  'teams',
  'pushover',
  'apprise',
  'twilio',
  'matrix',
  'signal',
  'bark',
  'plugin',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const MASK_MODES = ['none', 'partial', 'hidden'] as const;
/** none: full address; partial: `203.0.113.xxx`; hidden: no address at all. */
export type MaskMode = (typeof MASK_MODES)[number];

/**
 * - ok: the last delivery succeeded (or none was needed yet).
 * - retrying: the last attempt failed; the head of the queue is waiting for its next try.
 * - failing: several attempts in a row failed (`lastError` says why).
 * - invalid: the channel's settings are wrong; it is switched off (`reason` says why).
 * - disabled: switched off by the user.
 * - paused: the service said the settings are wrong (401, 403, 404, a deleted webhook): no
 *   attempts, the queue is kept; `reason` says what to fix. A settings edit or a test resumes it.
 * - removed: no longer in the settings; its undelivered notifications were marked expired
 *   (`recentExpired` lists them). Shown while it has expired items left in the outbox.
 */
export type ChannelState = 'ok' | 'retrying' | 'failing' | 'invalid' | 'disabled' | 'paused' | 'removed';

export interface ExpiredNotice {
  key: string;
  createdAt: number;
  expiredAt: number | null;
  error: string | null;
}

export interface ChannelStatus {
  id: string;
  type: string;
  state: ChannelState;
  /** Why the channel is invalid or paused, when it is. */
  reason: string | null;
  /** `reason` as a code and its values, when IPWatch worded it: the roster's refusal, a desktop without a session (shared/contract/reason.ts; issue 62). */
  reasonCode?: WireReason | undefined;
  lastError: string | null;
  /** `lastError` as a code and its values, when IPWatch worded it (a plugin's failure). */
  lastErrorCode?: WireReason | undefined;
  lastErrorAt: number | null;
  lastSentAt: number | null;
  /** Consecutive failed attempts of the current head of the queue. */
  failures: number;
  /** Epoch ms of the next delivery attempt, when one is scheduled. */
  nextAttemptAt: number | null;
  pending: number;
  expired: number;
  sent: number;
  /** Notices the service refused (a 400 about the payload): set aside; `notify list` shows them. */
  rejected: number;
  /** Something the service changed that the user should know (a Telegram chat moved). */
  note: string | null;
  /** The most recently expired notifications, newest first. */
  recentExpired: ExpiredNotice[];
}

/** A test send's outcome; `errorCode`: `error` as a code, when IPWatch worded it (a plugin's failure). */
export type TestResult = { ok: true; ms: number } | { ok: false; error: string; errorCode?: WireReason | undefined };
