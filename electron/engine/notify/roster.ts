/**
 * Turns the settings' channel list into live channels: each one validated by its own
 * provider; a bad one (unknown type, wrong options, a duplicate id) is kept in the list as
 * invalid with the reason, so it shows in the status and never stops the others. Secret
 * references in a channel's options are resolved here; a missing one switches off only
 * that channel.
 */
import type { NotifyEvent } from '../../../shared/notify-types';
import type { Reason } from '../../../shared/reason';
import { channelKinds, credentialValues } from '../../../shared/settings/credentials';
import type { ChannelSettings } from '../../../shared/settings/notify';
import { hiddenUrlParts } from '../../../shared/settings/url-paths';
import { inEnglish, reason } from '../reason';
import type { Redactor } from '../secrets/redact';
import { resolveSecretRefs } from '../secrets/resolve';
import { type BuildResult, type ChannelProvider, channelOptions } from './channels/define';
import { channelProvider } from './channels/registry';
import { describeError } from './http';
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
  /** `reason` as a code: the roster's own refusal (an unknown type, a repeated id) or the channel's (a desktop channel with no notify-send). */
  reasonCode?: Reason;
  /**
   * Set when the channel cannot work on this machine whatever its settings (a desktop channel
   * without a desktop session): it is off with this reason, and its notices are dropped.
   */
  unavailable?: string;
  /** `unavailable` as a code, for a reader in another language. */
  unavailableReason?: Reason;
  /** Built only for an enabled, valid channel. */
  channel: Channel | null;
}

type Prepared = { ok: true; options: Record<string, unknown> } | { ok: false; reason: string };

/**
 * A channel's own options with secret references resolved. Its secrets are taught to the
 * redactor before anything is built, so not even a build error can show one.
 */
function prepare(settings: ChannelSettings, deps: ChannelDeps): Prepared {
  const resolved = resolveSecretRefs(channelOptions(settings), deps.secrets);
  if (!resolved.ok) return { ok: false, reason: resolved.reason };
  // A sending URL's path may be its secret (url-paths.ts): the logs show its host only. A
  // credential (an ntfy topic, an Apprise key: shared/settings/credentials.ts) is masked whole.
  const paths = hiddenUrlParts(settings.type, resolved.value).flatMap((h) => h.secrets);
  const credentials = credentialValues(channelKinds(settings.type), resolved.value);
  deps.redactor.add([...resolved.secrets, ...paths, ...credentials]);
  return { ok: true, options: resolved.value };
}

/** Masks secrets in what a channel reports: its errors end up in logs, the status and the outbox. */
function redacting(channel: Channel, redactor: Redactor): Channel {
  return {
    async send(d) {
      try {
        const r = await channel.send(d);
        if (r.ok) return r;
        // A reason's values are facts a program may have said (a plugin's `said`): masked as the text is.
        return { ...r, error: redactor.text(r.error), ...(r.reason ? { reason: redactor.deep(r.reason) } : {}) };
      } catch (err) {
        throw new Error(redactor.text(describeError(err)));
      }
    },
    close: () => channel.close(),
  };
}

function buildPrepared(provider: ChannelProvider, options: Record<string, unknown>, deps: ChannelDeps): BuildResult {
  const built = provider.build(options, deps);
  return built.ok
    ? { ok: true, channel: redacting(built.channel, deps.redactor) }
    : { ...built, reason: deps.redactor.text(built.reason) };
}

const unavailableOf = (e: Pick<RosterEntry, 'unavailable' | 'unavailableReason'>) => ({
  ...(e.unavailable ? { unavailable: e.unavailable } : {}),
  ...(e.unavailable && e.unavailableReason ? { unavailableReason: e.unavailableReason } : {}),
});
/** The roster's own refusal: its English (the status's `reason`) and its code. */
const refusal = (r: Reason) => ({ reason: inEnglish(r), reasonCode: r });

const reasonOf = (e: { reason: string | null; reasonCode?: Reason }) => ({
  reason: e.reason,
  ...(e.reason !== null && e.reasonCode ? { reasonCode: e.reasonCode } : {}),
});

/** Validates one channel's settings and, when enabled, builds it. */
export function buildEntry(settings: ChannelSettings, deps: ChannelDeps, previous?: RosterEntry): RosterEntry {
  const prepared = prepare(settings, deps);
  // With the resolved values, so a changed variable or file is picked up on the next update.
  const fingerprint = JSON.stringify([settings, prepared.ok ? prepared.options : null]);
  const base = {
    id: settings.id,
    type: settings.type,
    settings,
    fingerprint,
    events: new Set(settings.events),
    enabled: settings.enabled,
  };
  if (previous && previous.fingerprint === fingerprint)
    return { ...base, ...reasonOf(previous), channel: previous.channel, ...unavailableOf(previous) };
  const desktop = settings.type === 'desktop' ? deps.desktop : undefined;
  if (desktop?.noSession)
    return {
      ...base,
      reason: null,
      channel: null,
      ...unavailableOf({ unavailable: desktop.noSession, unavailableReason: desktop.noSessionReason }),
    };
  const provider = channelProvider(settings.type);
  if (!provider)
    return { ...base, ...refusal(reason('reason.channel.unknownType', { type: settings.type })), channel: null };
  if (!prepared.ok) return { ...base, reason: prepared.reason, channel: null };
  if (!settings.enabled) {
    const reason = provider.validate(prepared.options);
    return { ...base, reason: reason === null ? null : deps.redactor.text(reason), channel: null };
  }
  const built = buildPrepared(provider, prepared.options, { ...deps, mask: settings.mask });
  return built.ok ? { ...base, reason: null, channel: built.channel } : { ...base, ...reasonOf(built), channel: null };
}

/** Builds a one-off channel (for a test of a disabled channel); the caller closes it. */
export function buildOnce(settings: ChannelSettings, deps: ChannelDeps): BuildResult {
  const provider = channelProvider(settings.type);
  if (!provider) return { ok: false, reason: inEnglish(reason('reason.channel.unknownType', { type: settings.type })) };
  const prepared = prepare(settings, deps);
  return prepared.ok ? buildPrepared(provider, prepared.options, { ...deps, mask: settings.mask }) : prepared;
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
        ...refusal(reason('reason.channel.duplicateId', { id: settings.id })),
        channel: null,
      };
    }
    seen.add(settings.id);
    return buildEntry(settings, deps, previous.get(settings.id));
  });
}
