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
import type { CheckCause } from '../../../shared/check-cause';
import type { RecentEvent } from '../../../shared/contract/events';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { mergeInOrder, newestAtFirst } from '../../../shared/merge-in-order';
import { networkShiftWords } from '../../../shared/network-shift';
import { NOTIFY_EVENTS, type NotifyEvent } from '../../../shared/notify-types';
import type { BreakerState, CheckResult, Family, SourceHealthEvent } from '../../../shared/types';
import { causeWords } from '../../../shared/words/check-cause';
import { clockStepLine } from '../../../shared/words/clock-step';
import { ddnsStateLine } from '../../../shared/words/ddns-event';
import { errorInWords } from '../../../shared/words/error';
import { type CheckMark, checkMark, noSourceLine } from '../../../shared/words/health-no-source';
import { natChangeWords } from '../../../shared/words/nat';
import { sayReason } from '../../../shared/words/reason';
import { sourceErrorLine } from '../../../shared/words/source-error';
import { triggerWords } from '../../../shared/words/trigger';
import type { LoggedEvent } from '../api/event-log';
import type { ApiEvent } from '../api/types';
import { eventLabel } from '../settings/channels/spec';

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
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, MessageId> = {
  change: 'web.activity.kind.change',
  // A new address, a disagreement or no answer: a check worth reading, good news or bad.
  check: 'web.activity.kind.check',
  unchanged: 'web.activity.kind.unchanged',
  // A check that sent no request found nothing: its lines read "not monitored: no source".
  'no-source': 'web.activity.kind.noSource',
  outage: 'web.activity.kind.outage',
  source: 'web.activity.kind.source',
  notice: 'web.activity.kind.notice',
  dns: 'web.activity.kind.dns',
  other: 'web.activity.kind.other',
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

const BREAKER_WORDS: Record<BreakerState, MessageId> = {
  closed: 'web.activity.breaker.closed',
  open: 'web.activity.breaker.open',
  'half-open': 'web.activity.breaker.halfOpen',
};

/** A check's result as the end of "Checked IPv4: ..."; `ip` when the live event carries it. */
function checkWords(result: CheckResult, ip: string | null, words: Translator): string {
  switch (result) {
    case 'unchanged':
      return ip ? words.t('web.activity.check.still', { ip }) : words.t('web.activity.check.noChange');
    case 'confirmed':
      return ip ? words.t('web.activity.check.confirmedIp', { ip }) : words.t('web.activity.check.confirmed');
    case 'changed':
      return ip ? words.t('web.activity.check.changedTo', { ip }) : words.t('web.activity.check.changed');
    case 'uncertain':
      return words.t('web.activity.check.uncertain');
    case 'unavailable':
      return words.t('web.activity.check.unavailable');
    case 'disabled':
      return words.t('web.activity.check.disabled');
  }
}

/**
 * "Checked IPv4: still 81.2.69.142 (12 ms)"; a check that sent no request: "IPv4 not monitored: no
 * source"; one without an address says the engine's one cause (shared/check-cause.ts) when the
 * event carries it (a live one), as the banner and the cards do.
 */
function checkLine(
  words: Translator,
  family: Family,
  mark: CheckMark,
  ip: string | null,
  ms?: number,
  cause?: CheckCause,
): string {
  if (mark === 'no-source') return noSourceLine(family, words);
  const result = cause ? causeWords(cause, words) : checkWords(mark, ip, words);
  return ms === undefined
    ? words.t('web.activity.checked', { family, result })
    : words.t('web.activity.checkedIn', { family, result, ms });
}

/** A check's mark, live (the monitor's result and its request count) or stored (the store's mark). */
const markOf = (e: ApiEvent | RecentEvent): CheckMark | null =>
  e.type !== 'check' ? null : 'requests' in e ? checkMark(e.result, e.requests) : e.result;

/**
 * A kind of notice in words ("IPv4 address changed"), quoted as the language quotes; a test, or
 * one the store cannot read. A kind this page does not know (another version's) is quoted as sent.
 */
function noticeName(kind: string, words: Translator): string {
  if (kind === 'test') return words.t('web.activity.notice.test');
  if (kind === '(unreadable)') return words.t('web.activity.notice.unreadable');
  const known = (NOTIFY_EVENTS as readonly string[]).includes(kind);
  return words.t('web.activity.notice.named', { name: known ? eventLabel(kind as NotifyEvent, words) : kind });
}

/** Why a breaker moved: a source's error in words; the engine's own reasons as they read. */
const breakerReason = (e: Pick<SourceHealthEvent, 'reason' | 'reasonCode'>, words: Translator): string =>
  e.reason === 'answered' || e.reason === 'probe due' ? '' : `: ${sourceErrorLine(e.reason, e.reasonCode, words)}`;

/** The events the store keeps and the live feed sends alike: either copy reads the same. */
type KeptAlike = Extract<ApiEvent | RecentEvent, { type: 'change' | 'offline' | 'online' }>;

function describeKeptAlike(e: KeptAlike, words: Translator): string {
  switch (e.type) {
    case 'change': {
      const how = triggerWords(e.trigger, words);
      if (e.from === null) return words.t('web.activity.firstSeen', { family: e.family, to: e.to, how });
      const line = words.t('web.activity.changed', { family: e.family, from: e.from, to: e.to, how });
      // The stored change says what changed in the network with it (its AS, its announced prefix).
      const shift = 'network' in e && e.network ? networkShiftWords(e.network, words) : null;
      return shift ? `${line} · ${shift}` : line;
    }
    case 'offline':
      return words.t('web.activity.offline', { cause: sayReason(e.reason, e.cause, words) });
    case 'online':
      return words.t('web.activity.online', { seconds: Math.round(e.offlineMs / 1000) });
  }
}

/** "No notice waiting to be sent", "2 notices waiting to be sent; hook is failing". */
function deliveriesLine(e: Extract<ApiEvent, { type: 'deliveries' }>, words: Translator): string {
  const pending = e.channels.reduce((n, c) => n + c.pending, 0);
  const bad = e.channels
    .filter((c) => c.state !== 'ok' && c.state !== 'disabled')
    .map((c) => words.t('web.activity.channelState', { channel: c.id, state: c.state }));
  const waiting = words.t('web.activity.waiting', { pending });
  return `${waiting}${bad.length ? `; ${bad.join(', ')}` : ''}`;
}

/** One line that says what a live event was. */
export function describeEvent(e: ApiEvent, words: Translator): string {
  switch (e.type) {
    case 'check':
      return checkLine(words, e.family, checkMark(e.result, e.requests), e.ip, e.durationMs, e.cause);
    case 'change':
    case 'offline':
    case 'online':
      return describeKeptAlike(e, words);
    case 'source-health':
      return words.t(BREAKER_WORDS[e.to], { source: e.sourceId }) + breakerReason(e, words);
    case 'cgnat':
      return words.t('web.activity.cgnat', { family: e.family, address: e.address, source: e.sourceId });
    case 'nat':
      return natChangeWords(e.from, e.to, words).title;
    case 'monitoring':
      return words.t(e.paused ? 'web.activity.paused' : 'web.activity.resumed');
    case 'clockStep':
      return clockStepLine(e.stepMs, words);
    case 'ddns-state':
      return ddnsStateLine(e, words);
    case 'deliveries':
      return deliveriesLine(e, words);
    case 'sites':
      return sitesLine(e.sites, words);
  }
}

/** The fleet's word: "Sites changed: office, home", the first few named. */
function sitesLine(sites: string[] | null, words: Translator): string {
  if (sites === null) return words.t('web.activity.sitesMany');
  const shown = sites.slice(0, 3).join(', ');
  return sites.length > 3
    ? words.t('web.activity.sitesMore', { count: sites.length, shown, more: sites.length - 3 })
    : words.t('web.activity.sites', { count: sites.length, shown });
}

type Notice = Extract<RecentEvent, { type: 'notice' }>;

/** A notice's fate as a sentence: "Sent 'IPv4 address changed' to hook". */
function noticeLine(e: Notice, words: Translator): string {
  const what = noticeName(e.kind, words);
  const why = e.error ? `: ${errorInWords(e.error, words)}` : '';
  const channel = e.channel;
  switch (e.status) {
    case 'sent':
      return words.t('web.activity.notice.sent', { what, channel });
    case 'pending': {
      const line = words.t('web.activity.notice.pending', { what, channel });
      return `${line.charAt(0).toUpperCase()}${line.slice(1)}${why}`;
    }
    case 'expired':
      return words.t('web.activity.notice.expired', { what, channel }) + why;
    case 'rejected':
      return words.t('web.activity.notice.rejected', { what, channel }) + why;
  }
}

/** One line that says what a stored event was. */
export function describeStored(e: RecentEvent, words: Translator): string {
  switch (e.type) {
    case 'check':
      return checkLine(words, e.family, e.result, null);
    case 'change':
    case 'offline':
    case 'online':
      return describeKeptAlike(e, words);
    case 'notice':
      return noticeLine(e, words);
    case 'clockStep':
      return clockStepLine(e.stepMs, words);
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
  words: Translator,
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
  // Each list keeps its order (the live as they came, the stored as the engine sent them, by the
  // history's sequence); times only decide where the two meet, so a clock set back reorders neither.
  return mergeInOrder(
    [
      live.map(({ seq, event }) => lineOf(`live-${seq}`, event, describeEvent(event, words))),
      stored.flatMap((e, i) => (shown.has(i) ? [] : [lineOf(`kept-${i}`, e, describeStored(e, words))])),
    ],
    newestAtFirst,
    limit,
  );
}
