/**
 * A URL whose secret is its path (issue 58): Home Assistant's /api/webhook/<id>, n8n's
 * /webhook/<id>, Zapier's /hooks/catch/..., IFTTT's /trigger/<e>/with/key/<key>, Slack's
 * workflow /triggers/..., Teams' /webhookb2/... Nothing in their shape says "token" (secret.ts's
 * URL_TOKENS cannot know them all), so the rule is by where the URL is: a notification channel's
 * sending URL shows only scheme://host[:port]/… to a viewer and in the logs, unless the user
 * marked it as carrying no secret (the webhook's `urlIsPublic`). An admin sees and edits it whole.
 *
 * One rule for both: hiddenUrlParts says which URLs of a channel are hidden and what part of
 * each; the settings view for a viewer (viewer-settings.ts) shows `shown`, and the engine's
 * redactor masks `secrets` wherever they appear in text. Pure.
 */
import type { ChannelType } from '../notify-types';
import { CHANNEL_CREDENTIALS, fieldsOfKind, recordKinds } from './credentials';

/** The options of each channel type that hold the URL it sends to: the `sending-url` fields of credentials.ts. */
export const CHANNEL_SENDING_URLS: Partial<Record<ChannelType, readonly string[]>> = Object.fromEntries(
  Object.entries(CHANNEL_CREDENTIALS).map(([type, kinds]) => [
    type,
    fieldsOfKind(kinds, 'sending-url').map((p) => p.join('.')),
  ]),
);

/** The channel option that says its URL carries no secret: shown whole to viewers and in logs. */
export const URL_IS_PUBLIC = 'urlIsPublic';

/** A path segment this long is likely a token by itself (an id, a key), masked alone too. */
const TOKEN_SEGMENT_LENGTH = 16;

/** scheme://host[:port], and the rest as written; null for what is not an absolute URL. */
function split(url: string): { origin: string; rest: string; userinfo: boolean } | null {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*@)?([^/?#]*)(.*)$/is.exec(url.trim());
  return m ? { origin: `${m[1]!.toLowerCase()}${m[3]!}`, rest: m[4]!, userinfo: m[2] !== undefined } : null;
}

/**
 * What a hidden URL shows: `https://ha.example:8123/…`, or `https://ntfy.sh` when it has no
 * path, with a userinfo there as `…@` (`https://…@ntfy.sh`): what is hidden is seen to be.
 */
export function hostOnly(url: string): string {
  const parts = split(url);
  if (!parts) return '…';
  if (parts.rest !== '' && parts.rest !== '/') return `${parts.origin}/…`;
  return parts.userinfo ? parts.origin.replace('://', '://…@') : parts.origin;
}

/**
 * The URL with its userinfo (which may be a password or a token alone) shown as `…`:
 * `https://…@host/p`; unchanged without one. What a viewer sees of an address.
 */
export function userinfoHidden(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@(.*)$/is.exec(url);
  return m ? `${m[1]!}…@${m[2]!}` : url;
}

/**
 * The parts of a URL to mask in text: its path, query and fragment as written and as a WHATWG
 * parser writes them back, and each long path segment alone (a service may quote the id without
 * the path). None when there is no path.
 */
export function urlPathSecrets(url: string): string[] {
  const parts = split(url);
  if (!parts || parts.rest === '' || parts.rest === '/') return [];
  const found = new Set([parts.rest]);
  try {
    const u = new URL(url.trim());
    found.add(`${u.pathname}${u.search}${u.hash}`);
  } catch {
    // what the rule cannot parse is masked as written only
  }
  for (const segment of parts.rest.split(/[/?#&=]/)) {
    if (segment.length >= TOKEN_SEGMENT_LENGTH) found.add(segment);
  }
  return [...found].filter((s) => s !== '/');
}

/** One hidden URL of a channel: its option, what a viewer sees, what the logs mask. */
export interface HiddenUrl {
  option: string;
  shown: string;
  secrets: string[];
}

/**
 * The sending URLs of a channel (its settings, or its own options) that a viewer and the logs
 * see as host only: none for a channel marked `urlIsPublic`, nor for a value given by reference
 * or held as a secret marker (not a string).
 */
export function hiddenUrlParts(type: string, options: Record<string, unknown>): HiddenUrl[] {
  if (options[URL_IS_PUBLIC] === true) return [];
  return hiddenAt(CHANNEL_SENDING_URLS[type as ChannelType] ?? [], options);
}

/**
 * The same for a DNS record: its `sending-url` fields (the custom provider's update URL, whose
 * path may hold the update's token: /u/<token>/) shown as host only to a viewer, their path
 * masked in the logs.
 */
export function hiddenRecordUrlParts(record: Record<string, unknown>): HiddenUrl[] {
  return hiddenAt(
    fieldsOfKind(recordKinds(record.provider), 'sending-url').map((p) => p.join('.')),
    record,
  );
}

function hiddenAt(keys: readonly string[], options: Record<string, unknown>): HiddenUrl[] {
  return keys.flatMap((option) => {
    const url = options[option];
    return typeof url === 'string' && url !== ''
      ? [{ option, shown: hostOnly(url), secrets: urlPathSecrets(url) }]
      : [];
  });
}
