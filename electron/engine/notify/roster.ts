/**
 * Turns the settings' channel list into live channels: each one validated by its own
 * provider; a bad one (unknown type, wrong options, a duplicate id) is kept in the list as
 * invalid with the reason, so it shows in the status and never stops the others.
 */
import type { ChannelSettings } from '../../../shared/notify-settings';
import type { NotifyEvent } from '../../../shared/notify-types';
import { channelOptions } from './channels/define';
import { channelProvider } from './channels/registry';
import type { Channel, ChannelDeps } from './types';

export interface RosterEntry {
  id: string;
  type: string;
  settings: ChannelSettings;
  /** The settings as JSON, to tell whether a channel changed on a settings update. */
  fingerprint: string;
  events: ReadonlySet<NotifyEvent>;
  enabled: boolean;
  /** Set when the settings are invalid. */
  reason: string | null;
  /** Built only for an enabled, valid channel. */
  channel: Channel | null;
}

/** Validates one channel's settings and, when enabled, builds it. */
export function buildEntry(settings: ChannelSettings, deps: ChannelDeps, previous?: RosterEntry): RosterEntry {
  const fingerprint = JSON.stringify(settings);
  const base = {
    id: settings.id,
    type: settings.type,
    settings,
    fingerprint,
    events: new Set(settings.events),
    enabled: settings.enabled,
  };
  if (previous && previous.fingerprint === fingerprint)
    return { ...base, reason: previous.reason, channel: previous.channel };
  const provider = channelProvider(settings.type);
  if (!provider) return { ...base, reason: `unknown channel type "${settings.type}"`, channel: null };
  if (!settings.enabled) return { ...base, reason: provider.validate(channelOptions(settings)), channel: null };
  const built = provider.build(channelOptions(settings), { ...deps, mask: settings.mask });
  return built.ok
    ? { ...base, reason: null, channel: built.channel }
    : { ...base, reason: built.reason, channel: null };
}

/** Builds a one-off channel (for a test of a disabled channel); the caller closes it. */
export function buildOnce(
  settings: ChannelSettings,
  deps: ChannelDeps,
): { ok: true; channel: Channel } | { ok: false; reason: string } {
  const provider = channelProvider(settings.type);
  if (!provider) return { ok: false, reason: `unknown channel type "${settings.type}"` };
  return provider.build(channelOptions(settings), { ...deps, mask: settings.mask });
}

/** Builds every channel; a repeated id is invalid. Unchanged channels are reused from `previous`. */
export function buildRoster(
  list: ChannelSettings[],
  deps: ChannelDeps,
  previous: Map<string, RosterEntry> = new Map(),
): RosterEntry[] {
  const seen = new Set<string>();
  return list.map((settings) => {
    if (seen.has(settings.id)) {
      return {
        id: settings.id,
        type: settings.type,
        settings,
        fingerprint: '',
        events: new Set<NotifyEvent>(),
        enabled: settings.enabled,
        reason: `duplicate channel id "${settings.id}": only the first one is used`,
        channel: null,
      };
    }
    seen.add(settings.id);
    return buildEntry(settings, deps, previous.get(settings.id));
  });
}
