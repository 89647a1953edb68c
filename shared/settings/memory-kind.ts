/**
 * Settings version 2 → 3 (issue 77): the memory notice (`memory-high`) joins each channel that
 * lists its events and gets at least one. A new channel gets it by default (shared/settings/notify.ts);
 * a file that lists its events in full was written before the kind existed, so its user never had
 * the choice. It is about IPWatch's own health and carries no address, so no list is the wrong place
 * for it, except an empty one: a channel told nothing stays told nothing. The Discord servers' posts
 * are left as they are (their default is the address and the fleet's changes, not the runner's
 * health). Nothing else is touched. Pure: a new object, the input untouched.
 */
import type { NotifyEvent } from '../notify-types';

export const MEMORY_KIND: NotifyEvent = 'memory-high';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `events` with the memory kind added when it is a list holding something without it; else the same value. */
function withMemoryKind(events: unknown): unknown {
  if (!Array.isArray(events) || events.length === 0 || events.includes(MEMORY_KIND)) return events;
  return [...events, MEMORY_KIND];
}

export function addMemoryKind(s: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...s, version: 3 };
  if (isRecord(s.notifications) && Array.isArray(s.notifications.channels))
    out.notifications = {
      ...s.notifications,
      channels: s.notifications.channels.map((c: unknown) =>
        isRecord(c) && 'events' in c ? { ...c, events: withMemoryKind(c.events) } : c,
      ),
    };
  return out;
}
