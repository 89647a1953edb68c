/**
 * The Activity page's list: the events the history keeps (read once, and again after a
 * reconnect) merged with the live ones, newest first, each event once. Pure.
 *
 * Matching a live event to its stored copy, so it shows once (the live one: it says more):
 *
 * | live event | stored copy                                          | why                                   |
 * |------------|------------------------------------------------------|---------------------------------------|
 * | change     | same family, time and new address                    | the same record                       |
 * | offline    | an outage's start at the same time                   | the outage opens at the event         |
 * | online     | an outage's end at the same time                     | it closes at the event                |
 * | check      | same family, ended within [start, start + duration + 1 s] | a live check is dated at its start, |
 * |            | (each stored check matched once)                     | its record at its end; one check of a |
 * |            |                                                      | family runs at a time                 |
 * | others     | none (the store keeps no breaker, NAT, DNS record or delivery news) |                        |
 */
import type { RecentEvent } from '../../../shared/contract-events';
import { ddnsStateLine } from '../../../shared/ddns-event-words';
import { natChangeWords } from '../../../shared/nat-words';
import { triggerWords } from '../../../shared/trigger-words';
import type { BreakerState } from '../../../shared/types';
import type { LoggedEvent } from '../api/event-log';
import type { ApiEvent } from '../api/types';

export interface ActivityLine {
  key: string;
  at: number;
  text: string;
}

/** A check's record may be written this long after its start plus its measured duration. */
export const CHECK_MATCH_SLACK_MS = 1000;

const BREAKER_WORDS: Record<BreakerState, string> = {
  closed: 'answering again',
  open: 'resting after failures',
  'half-open': 'being tried again',
};

/** The events the store keeps and the live feed sends alike: either copy reads the same. */
type KeptAlike = Extract<ApiEvent | RecentEvent, { type: 'change' | 'offline' | 'online' }>;

function describeKeptAlike(e: KeptAlike): string {
  switch (e.type) {
    case 'change': {
      const how = triggerWords(e.trigger);
      return e.from === null
        ? `IPv${e.family} first seen: ${e.to}, ${how}`
        : `IPv${e.family} changed ${e.from} → ${e.to}, ${how}`;
    }
    case 'offline':
      return `Offline: ${e.cause}`;
    case 'online':
      return `Back online after ${Math.round(e.offlineMs / 1000)} s`;
  }
}

/** One line that says what a live event was. */
export function describeEvent(e: ApiEvent): string {
  switch (e.type) {
    case 'check':
      return `IPv${e.family} check: ${e.result}${e.ip ? ` ${e.ip}` : ''}, ${e.durationMs} ms`;
    case 'change':
    case 'offline':
    case 'online':
      return describeKeptAlike(e);
    case 'source-health':
      return `Source ${e.sourceId}: ${BREAKER_WORDS[e.to]} (${e.reason})`;
    case 'cgnat':
      return `IPv${e.family} behind carrier-grade NAT (${e.address}, seen by ${e.sourceId})`;
    case 'nat':
      return natChangeWords(e.from, e.to).title;
    case 'monitoring':
      return e.paused ? 'Monitoring paused' : 'Monitoring resumed';
    case 'ddns-state':
      return ddnsStateLine(e);
    case 'deliveries': {
      const pending = e.channels.reduce((n, c) => n + c.pending, 0);
      const bad = e.channels.filter((c) => c.state !== 'ok' && c.state !== 'disabled').map((c) => `${c.id} ${c.state}`);
      return `Deliveries: ${pending} pending${bad.length ? `; ${bad.join(', ')}` : ''}`;
    }
  }
}

const NOTICE_STATUS = {
  pending: 'waiting to be sent',
  sent: 'sent',
  expired: 'given up after retrying',
  rejected: 'refused by the service',
} as const;

/** One line that says what a stored event was. */
export function describeStored(e: RecentEvent): string {
  switch (e.type) {
    case 'check':
      return `IPv${e.family} check: ${e.result}`;
    case 'change':
    case 'offline':
    case 'online':
      return describeKeptAlike(e);
    case 'notice':
      return `Notice ${e.kind} through ${e.channel}: ${NOTICE_STATUS[e.status]}${e.error ? ` (${e.error})` : ''}`;
  }
}

/** The stored copy's key of a live event, for the events matched exactly (see the table above). */
function exactKey(e: ApiEvent | RecentEvent): string | null {
  if (e.type === 'change') return `change:${e.family}:${e.at}:${e.to}`;
  if (e.type === 'offline' || e.type === 'online') return `${e.type}:${e.at}`;
  return null;
}

/** The live events and the stored ones not already among them, newest first, at most `limit`. */
export function activityLines(
  stored: readonly RecentEvent[],
  live: readonly LoggedEvent[],
  limit = 200,
): ActivityLine[] {
  const shown = new Set<number>(); // indices of stored events a live one stands for
  const exact = new Map<string, number>();
  stored.forEach((e, i) => {
    const k = exactKey(e);
    if (k !== null && !exact.has(k)) exact.set(k, i);
  });
  for (const { event: e } of live) {
    const k = exactKey(e);
    if (k !== null) {
      const i = exact.get(k);
      if (i !== undefined) shown.add(i);
    } else if (e.type === 'check') {
      const end = e.at + e.durationMs + CHECK_MATCH_SLACK_MS;
      const i = stored.findIndex(
        (s, j) => !shown.has(j) && s.type === 'check' && s.family === e.family && s.at >= e.at && s.at <= end,
      );
      if (i >= 0) shown.add(i);
    }
  }
  const lines: ActivityLine[] = [
    ...live.map(({ seq, event }) => ({ key: `live-${seq}`, at: event.at, text: describeEvent(event) })),
    ...stored.flatMap((e, i) => (shown.has(i) ? [] : [{ key: `kept-${i}`, at: e.at, text: describeStored(e) }])),
  ];
  return lines.sort((a, b) => b.at - a.at).slice(0, limit);
}
