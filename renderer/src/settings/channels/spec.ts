/**
 * How a notification channel type is shown in Settings: its name, one line on what it does, and
 * how each option is edited (options/spec.ts). The rest (label, help, required, bounds, choices,
 * defaults) comes from the type's own schema (shared/settings/channel-options.ts), the one the engine
 * builds the channel with. Pure data.
 */
import type { MaskMode, NotifyEvent } from '../../../../shared/notify-types';
import type { OptionSpec } from '../options/spec';

export interface ChannelForm {
  /** What the type is called in the type picker and the card's title. */
  label: string;
  /** One line on what it sends and where to get what it needs. */
  blurb: string;
  /** The options in the order shown; their labels and help are the schema's. */
  fields: OptionSpec[];
  /** The options folded under "More options" (most setups never need them), by their dotted path. */
  advanced?: readonly string[];
}

/** The events in words, in the order of NOTIFY_EVENTS. */
export const EVENT_LABELS: Record<NotifyEvent, string> = {
  'ipv4-changed': 'IPv4 address changed',
  'ipv6-changed': 'IPv6 address changed',
  flap: 'Changed and changed back (flap)',
  offline: 'Offline',
  online: 'Back online',
  degraded: 'Detection degraded or recovered',
  'frequent-changes': 'Frequent changes (a flaky line)',
  started: 'Monitor started (when "startup" is on)',
  'nat-changed': 'NAT changed (e.g. now behind CGNAT)',
  'provider-changed': 'Network changed (another AS or country)',
  'service-down': 'A service monitor is down',
  'service-up': 'A service monitor is back up',
  'ddns-stopped': 'A DNS record switched off (needs you)',
  'ddns-waiting': 'A DNS record waits to retry',
  'ddns-failed': 'A DNS record is not in step',
  'ddns-in-step': 'A DNS record is in step again',
  'site-changed': 'Another site of the fleet has a new address',
  'site-offline': 'Another site of the fleet went offline',
  'site-online': 'Another site of the fleet is back',
};

export const MASK_LABELS: Record<MaskMode, string> = {
  none: 'Show addresses in full',
  partial: 'Hide the end (203.0.113.xxx)',
  hidden: 'Hide addresses entirely',
};

/** A Telegram chat id as typed: a number when it is one (`-1001234567890`), else an @channel name. */
export const chatIdOf = (text: string): unknown => (/^-?\d{1,15}$/.test(text.trim()) ? Number(text) : text.trim());
