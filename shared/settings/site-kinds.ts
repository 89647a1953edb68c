/**
 * Settings version 1 → 2 (issue 51): the fleet's notice kinds (site-changed, site-offline,
 * site-online) are added to each channel, and each Discord guild's posts, that gets address
 * changes today: a runner whose fleet.watch is on was turned so to hear about the sites, as
 * docs/fleet.md says. A list that gets no address change is left as it is; nothing else is
 * touched. Files from before the kinds existed list their events in full, so their defaults
 * alone would never reach them. Pure: a new object, the input untouched.
 */
import type { NotifyEvent } from '../notify-types';

export const SITE_KINDS: readonly NotifyEvent[] = ['site-changed', 'site-offline', 'site-online'];

const ADDRESS_KINDS = new Set<unknown>(['ipv4-changed', 'ipv6-changed']);

/** `events` with the site kinds added when it holds an address change; else the same value. */
function withSiteKinds(events: unknown): unknown {
  if (!Array.isArray(events) || !events.some((e) => ADDRESS_KINDS.has(e))) return events;
  return [...events, ...SITE_KINDS.filter((k) => !events.includes(k))];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each entry of `list` (when a list of objects) with its `events` given the site kinds. */
const eachWithSiteKinds = (list: unknown): unknown =>
  Array.isArray(list)
    ? list.map((x) => (isRecord(x) && 'events' in x ? { ...x, events: withSiteKinds(x.events) } : x))
    : list;

export function addSiteKinds(s: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s, version: 2 };
  if (isRecord(s.notifications) && 'channels' in s.notifications)
    out.notifications = { ...s.notifications, channels: eachWithSiteKinds(s.notifications.channels) };
  if (isRecord(s.discord) && 'guilds' in s.discord)
    out.discord = { ...s.discord, guilds: eachWithSiteKinds(s.discord.guilds) };
  return out;
}
