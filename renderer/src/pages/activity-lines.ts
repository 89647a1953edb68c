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
import type { RecentEvent } from '../../../shared/contract/events';
import { NOTIFY_EVENTS, type NotifyEvent } from '../../../shared/notify-types';
import type { BreakerState, CheckResult, Family } from '../../../shared/types';
import { ddnsStateLine } from '../../../shared/words/ddns-event';
import { errorInWords } from '../../../shared/words/error';
import { type CheckMark, checkMark, noSourceLine } from '../../../shared/words/health-no-source';
import { natChangeWords } from '../../../shared/words/nat';
import { triggerWords } from '../../../shared/words/trigger';
import type { LoggedEvent } from '../api/event-log';
import type { ApiEvent } from '../api/types';
import { EVENT_LABELS } from '../settings/channels/spec';

/** What a line is about, for the page's filter; an unchanged check is apart, hidden by default. */
export const ACTIVITY_KINDS = [
  'change',
  'check',
  'unchanged',
  'no-source',
  'outage',
  'source',
  'notice',
  'dns',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The filter's words for each kind. */
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  change: 'Address changes',
  // A new address, a disagreement or no answer: a check worth reading, good news or bad.
  check: 'Checks with news or trouble',
  unchanged: 'Unchanged checks',
  // A check that sent no request found nothing: its lines read "not monitored: no source".
  'no-source': 'Checks with no source set up',
  outage: 'Offline and online',
  source: 'Sources',
  notice: 'Notifications',
  dns: 'DNS records',
  other: 'Other',
};

export interface ActivityLine {
  key: string;
  at: number;
  text: string;
  kind: ActivityKind;
  /** A check that sent no request (no source set up): read as not monitored, neutral, never a failure. */
  unmonitored?: true;
}

/** A check's record may be written this long after its start plus its measured duration. */
export const CHECK_MATCH_SLACK_MS = 1000;

const BREAKER_WORDS: Record<BreakerState, string> = {
  closed: 'answers again',
  open: 'rests after failures',
  'half-open': 'is tried again',
};

/** A check's result as the end of "Checked IPv4: ..."; `ip` when the live event carries it. */
function checkWords(result: CheckResult, ip: string | null): string {
  switch (result) {
    case 'unchanged':
      return ip ? `still ${ip}` : 'no change';
    case 'confirmed':
      return ip ? `confirmed ${ip}` : 'address confirmed';
    case 'changed':
      return ip ? `changed to ${ip}` : 'address changed';
    case 'uncertain':
      return 'the sources did not agree on an address';
    case 'unavailable':
      return 'no source answered';
    case 'disabled':
      return 'switched off';
  }
}

/** "Checked IPv4: still 81.2.69.142 (12 ms)"; a check that sent no request: "IPv4 not monitored: no source". */
const checkLine = (family: Family, mark: CheckMark, ip: string | null, ms?: number): string =>
  mark === 'no-source'
    ? noSourceLine(family)
    : `Checked IPv${family}: ${checkWords(mark, ip)}${ms === undefined ? '' : ` (${ms} ms)`}`;

/** A check's mark, live (the monitor's result and its request count) or stored (the store's mark). */
const markOf = (e: ApiEvent | RecentEvent): CheckMark | null =>
  e.type !== 'check' ? null : 'requests' in e ? checkMark(e.result, e.requests) : e.result;

/** A kind of notice in words ("IPv4 address changed"), quoted; a test, or one the store cannot read. */
function noticeName(kind: string): string {
  if (kind === 'test') return 'a test';
  if ((NOTIFY_EVENTS as readonly string[]).includes(kind)) return `'${EVENT_LABELS[kind as NotifyEvent]}'`;
  return kind === '(unreadable)' ? 'a notice that cannot be read back' : `'${kind}'`;
}

/** Why a breaker moved: a source's error in words; the engine's own reasons as they read. */
const breakerReason = (reason: string): string =>
  reason === 'answered' || reason === 'probe due' ? '' : `: ${errorInWords(reason)}`;

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
      return checkLine(e.family, checkMark(e.result, e.requests), e.ip, e.durationMs);
    case 'change':
    case 'offline':
    case 'online':
      return describeKeptAlike(e);
    case 'source-health':
      return `Source ${e.sourceId} ${BREAKER_WORDS[e.to]}${breakerReason(e.reason)}`;
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
      const bad = e.channels
        .filter((c) => c.state !== 'ok' && c.state !== 'disabled')
        .map((c) => `${c.id} is ${c.state}`);
      const waiting =
        pending === 0
          ? 'No notice waiting to be sent'
          : `${pending} ${pending === 1 ? 'notice' : 'notices'} waiting to be sent`;
      return `${waiting}${bad.length ? `; ${bad.join(', ')}` : ''}`;
    }
    case 'sites':
      return sitesLine(e.sites);
  }
}

/** The fleet's word: "Sites changed: office, home", the first few named. */
function sitesLine(sites: string[] | null): string {
  if (sites === null) return 'Many sites of the fleet changed';
  const shown = sites.slice(0, 3).join(', ');
  const more = sites.length > 3 ? ` and ${sites.length - 3} more` : '';
  return `${sites.length === 1 ? 'Site' : 'Sites'} of the fleet changed: ${shown}${more}`;
}

type Notice = Extract<RecentEvent, { type: 'notice' }>;

/** A notice's fate as a sentence: "Sent 'IPv4 address changed' to hook". */
function noticeLine(e: Notice): string {
  const what = noticeName(e.kind);
  const why = e.error ? `: ${errorInWords(e.error)}` : '';
  switch (e.status) {
    case 'sent':
      return `Sent ${what} to ${e.channel}`;
    case 'pending':
      return `${what.charAt(0).toUpperCase()}${what.slice(1)} waits to be sent to ${e.channel}${why}`;
    case 'expired':
      return `Gave up sending ${what} to ${e.channel} after retrying${why}`;
    case 'rejected':
      return `${e.channel} refused ${what}${why}`;
  }
}

/** One line that says what a stored event was. */
export function describeStored(e: RecentEvent): string {
  switch (e.type) {
    case 'check':
      return checkLine(e.family, e.result, null);
    case 'change':
    case 'offline':
    case 'online':
      return describeKeptAlike(e);
    case 'notice':
      return noticeLine(e);
  }
}

/** What a line is about, for the filter. */
export function kindOf(e: ApiEvent | RecentEvent): ActivityKind {
  switch (e.type) {
    case 'check': {
      const mark = markOf(e);
      return mark === 'unchanged' ? 'unchanged' : mark === 'no-source' ? 'no-source' : 'check';
    }
    case 'change':
      return 'change';
    case 'offline':
    case 'online':
      return 'outage';
    case 'source-health':
    case 'cgnat':
      return 'source';
    case 'notice':
    case 'deliveries':
      return 'notice';
    case 'ddns-state':
      return 'dns';
    default:
      return 'other';
  }
}

/** The stored copy's key of a live event, for the events matched exactly (see the table above). */
function exactKey(e: ApiEvent | RecentEvent): string | null {
  if (e.type === 'change') return `change:${e.family}:${e.at}:${e.to}`;
  if (e.type === 'offline' || e.type === 'online') return `${e.type}:${e.at}`;
  return null;
}

function lineOf(key: string, e: ApiEvent | RecentEvent, text: string): ActivityLine {
  const line: ActivityLine = { key, at: e.at, text, kind: kindOf(e) };
  return markOf(e) === 'no-source' ? { ...line, unmonitored: true } : line;
}

/** The live events and the stored ones not already among them, newest first, at most `limit`. */
export function activityLines(
  stored: readonly RecentEvent[],
  live: readonly LoggedEvent[],
  limit = 500,
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
    ...live.map(({ seq, event }) => lineOf(`live-${seq}`, event, describeEvent(event))),
    ...stored.flatMap((e, i) => (shown.has(i) ? [] : [lineOf(`kept-${i}`, e, describeStored(e))])),
  ];
  return lines.sort((a, b) => b.at - a.at).slice(0, limit);
}
