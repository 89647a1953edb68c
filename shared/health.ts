/**
 * The one health state shown everywhere (the dashboard's badge, the tray, the bot's /status,
 * the API's `health`), decided once from the engine's status. Pure: no clock, no I/O.
 *
 * Truth table (first row that matches wins; "watched" = families switched on, "confirmed" =
 * the family's last check agreed on an address):
 *
 *   condition                                          | state        | label
 *   ---------------------------------------------------+--------------+------------------
 *   the page or client lost the engine                 | disconnected | Disconnected
 *   the user paused monitoring                         | paused       | Paused
 *   monitor not running, nothing checked yet           | checking     | Starting
 *   monitor not running                                | paused       | Stopped
 *   no family watched                                  | degraded     | Nothing watched
 *   online === false (no source answered an address)   | no-internet  | No internet
 *   a watched family's last check asked no source      | degraded     | No source
 *     (none set up: nothing known of the network)      |              |
 *   a watched family not checked yet                   | checking     | Checking
 *   not every family confirmed, online not settled     | checking     | Checking
 *   no family confirmed (sources answered, disagreed)  | degraded     | Uncertain
 *   a watched family without a confirmed address       | degraded     | No IPv6 / IPv4 uncertain...
 *   the engine kept an error (store, notifier...)      | degraded     | Degraded
 *   an error no part handled, caught within the hour   | degraded     | Degraded
 *   a notification channel failing or paused           | degraded     | Degraded
 *   half or more of a family's sources tripped         | degraded     | Degraded
 *   otherwise                                          | ok           | Online
 *
 * No internet, and a family without a confirmed address, are said by the check's one cause
 * (shared/check-cause.ts, words/check-cause.ts), as the cards, Activity and the log say it.
 *
 * The words (label, reason, detail) are the catalogue's `health.*` in the language of the
 * Translator given: the engine's API keeps English (`english`), the tray, the dashboard and the bot
 * their reader's.
 *
 * Never `ok` without a confirmed address for every watched family: an address kept from an
 * earlier run, or one the last check could not confirm, does not count.
 */
import { outageCause } from './check-cause';
import type { MessageId, Translator } from './i18n/translator';
import type { InternalErrorsStatus } from './internal-errors';
import type { ChannelStatus } from './notify-types';
import type { CheckResult, EngineStatus, FamilyStatus } from './types';
import { causeNote, causeWords, offlineLine } from './words/check-cause';
import { checkMark } from './words/health-no-source';
import { uncertainCause, uncertainNote, uncertainShort } from './words/health-uncertain';

export { type UncertainKind, uncertainKind } from './words/health-uncertain';

export const HEALTH_STATES = ['ok', 'checking', 'no-internet', 'degraded', 'paused', 'disconnected'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export interface Health {
  state: HealthState;
  /** One or two words: the badge, the tray's first line, the bot's Monitor field. */
  label: string;
  /** The cause in a few words (the tray's tooltip cuts long lines). */
  reason: string;
  /** One line: what the state means and what to do about it. */
  detail: string;
}

/** How each state looks (the renderer's badge tones). */
export const HEALTH_TONE: Record<HealthState, 'good' | 'warn' | 'bad' | 'neutral'> = {
  ok: 'good',
  checking: 'neutral',
  'no-internet': 'bad',
  degraded: 'warn',
  paused: 'neutral',
  disconnected: 'bad',
};

/** The parts of the status health is decided from (AppStatus and EngineStatus both fit). */
export type HealthInput = Pick<
  EngineStatus,
  'running' | 'pausedSince' | 'online' | 'families' | 'sources' | 'lastError'
> & {
  notifications?: readonly Pick<ChannelStatus, 'id' | 'state'>[];
  internalErrors?: Pick<InternalErrorsStatus, 'recent' | 'last' | 'total'>;
};

export interface HealthOptions {
  /** False while the page (or any client) cannot reach the engine: what it shows may be stale. */
  connected?: boolean;
}

const CONFIRMED: ReadonlySet<CheckResult> = new Set(['unchanged', 'confirmed', 'changed']);

/** The family's last check agreed on an address (one kept from before does not count). */
export const isConfirmed = (f: FamilyStatus): boolean =>
  f.ip !== null && f.lastCheck !== null && CONFIRMED.has(f.lastCheck.result);

type Key =
  'disconnected' | 'noStatus' | 'firstCheck' | 'paused' | 'stopped' | 'starting' | 'nothingWatched' | 'noInternet';

/** A state whose three lines are fixed words: `health.label.<label>`, `health.reason.<key>`, `health.detail.<key>`. */
const fixed = (state: HealthState, label: string, key: Key, words: Translator): Health => ({
  state,
  label: words.t(`health.label.${label}` as MessageId),
  reason: words.t(`health.reason.${key}`),
  detail: words.t(`health.detail.${key}`),
});

const health = (state: HealthState, label: string, reason: string, detail: string): Health => ({
  state,
  label,
  reason,
  detail,
});

const familyName = (f: Pick<FamilyStatus, 'family'>): string => `IPv${f.family}`;

/** "IPv4", or "IPv4 and IPv6" in the language (there are two families at most). */
function familiesText(families: readonly Pick<FamilyStatus, 'family'>[], words: Translator): string {
  const [first, second] = families.map(familyName);
  return second === undefined ? (first ?? '') : words.t('health.families.two', { first: first!, second });
}

/** The family's last check found nothing without sending a request: no source is set up for it. */
const noSource = (f: FamilyStatus): boolean =>
  f.lastCheck !== null && checkMark(f.lastCheck.result, f.lastCheck.requests) === 'no-source';

/** Health from a status (null before one was read), its words in `words`' language. */
export function healthOf(s: HealthInput | null, words: Translator, opts: HealthOptions = {}): Health {
  if (opts.connected === false) return fixed('disconnected', 'disconnected', 'disconnected', words);
  if (s === null) return fixed('checking', 'checking', 'noStatus', words);
  if (s.pausedSince !== null) return fixed('paused', 'paused', 'paused', words);
  const watched = Object.values(s.families).filter((f) => f.enabled);
  if (!s.running)
    return watched.some((f) => f.lastCheck)
      ? fixed('paused', 'stopped', 'stopped', words)
      : fixed('checking', 'starting', 'starting', words);
  if (!watched.length) return fixed('degraded', 'nothingWatched', 'nothingWatched', words);
  if (s.online === false) return offline(watched, words);
  const unsourced = watched.filter(noSource);
  if (unsourced.length) {
    const families = familiesText(unsourced, words);
    return health(
      'degraded',
      words.t('health.label.noSource'),
      words.t('health.reason.noSource', { families }),
      words.t('health.detail.noSource', { families }),
    );
  }
  const confirmed = watched.filter(isConfirmed);
  if (watched.some((f) => !f.lastCheck) || (s.online === null && confirmed.length < watched.length))
    return fixed('checking', 'checking', 'firstCheck', words);
  if (!confirmed.length) {
    // Several families without an address: one short clause each; each card says the rest.
    const missing = watched.filter((f) => !isConfirmed(f));
    const clauses = missing.map((f) => words.t('health.clause', { clause: shortOf(f, words) })).join('');
    // One family alone (the other off) is named by the tray's lines already.
    const [first, second] = missing.map((f) => reasonOf(f, words));
    const reason =
      missing.length === 1
        ? causeOf(missing[0]!, words)
        : words.t('health.reasons', { first: first!, second: second! });
    return health(
      'degraded',
      words.t('health.label.uncertain'),
      reason,
      words.t('health.detail.uncertain', { clauses }),
    );
  }
  const missing = watched.find((f) => !isConfirmed(f));
  if (missing) return familyMissing(missing, words);
  return (
    troubles(s, watched, words) ??
    health(
      'ok',
      words.t('health.label.ok'),
      words.t('health.reason.ok'),
      words.t('health.detail.ok', { families: familiesText(watched, words) }),
    )
  );
}

/**
 * No internet: the label is fixed, the reason and the line say the check's one cause
 * (shared/check-cause.ts), as the cards, Activity and the log do. A status of an engine before
 * causes (no family's check has one) keeps the fixed words.
 */
function offline(watched: readonly FamilyStatus[], words: Translator): Health {
  const causes = watched.map((f) => f.lastCheck?.cause);
  if (causes.every((c) => c === undefined)) return fixed('no-internet', 'noInternet', 'noInternet', words);
  const cause = outageCause(causes);
  return health('no-internet', words.t('health.label.noInternet'), causeWords(cause, words), offlineLine(cause, words));
}

/**
 * One family without a confirmed address: a short line here (the badge, the tray, the bot),
 * while its card on the dashboard says the long explanation once (familyNote).
 */
function familyMissing(f: FamilyStatus, words: Translator): Health {
  const family = familyName(f);
  const label =
    f.lastCheck?.result === 'uncertain'
      ? words.t('health.label.familyUncertain', { family })
      : words.t('health.label.noFamily', { family });
  return health(
    'degraded',
    label,
    reasonOf(f, words),
    words.t('health.detail.familyMissing', { clause: shortOf(f, words), family }),
  );
}

/** The cause in a few words, without the family's name: the engine's one cause when it gave one. */
function causeOf(f: FamilyStatus, words: Translator): string {
  const cause = f.lastCheck?.cause;
  if (cause) return causeWords(cause, words);
  return f.lastCheck?.result === 'uncertain' ? uncertainCause(f.lastCheck, words) : words.t('health.cause.noAnswer');
}

/** The cause in a few words (Health.reason). */
const reasonOf = (f: FamilyStatus, words: Translator): string =>
  words.t('health.reason.family', { family: familyName(f), cause: causeOf(f, words) });

/** One clause on a family without a confirmed address, for the headline (no advice: the card has it). */
function shortOf(f: FamilyStatus, words: Translator): string {
  if (f.lastCheck?.cause) return reasonOf(f, words);
  return f.lastCheck?.result === 'uncertain'
    ? uncertainShort(f.lastCheck, familyName(f), words)
    : words.t('health.short.noAnswer', { family: familyName(f) });
}

/** Trouble beside the addresses: the engine's kept error, failing channels, tripped sources. */
function troubles(s: HealthInput, watched: FamilyStatus[], words: Translator): Health | null {
  const degraded = (reason: string, detail: string) =>
    health('degraded', words.t('health.label.degraded'), reason, detail);
  if (s.lastError) {
    const { where, message } = s.lastError;
    return degraded(
      words.t('health.reason.lastError', { where, message }),
      words.t('health.detail.lastError', { where, message }),
    );
  }
  const caught = s.internalErrors;
  if (caught?.recent && caught.last) {
    const { part, message } = caught.last;
    return degraded(
      words.t('health.reason.internalError', { part, message }),
      words.t('health.detail.internalError', { part, message, total: caught.total }),
    );
  }
  const broken = (s.notifications ?? []).filter((c) => c.state === 'failing' || c.state === 'paused');
  if (broken.length) {
    const channels = broken.map((c) => c.id).join(', ');
    return degraded(
      words.t('health.reason.channelsFailing', { channels }),
      words.t('health.detail.channelsFailing', { channels }),
    );
  }
  for (const f of watched) {
    const own = s.sources.filter((x) => x.family === f.family);
    const open = own.filter((x) => x.state === 'open').length;
    // One tripped source among many is routine (the others carry the quorum); half is not.
    if (own.length > 0 && open * 2 >= own.length) {
      const values = { family: familyName(f), open, total: own.length };
      return degraded(words.t('health.reason.sourcesFailing', values), words.t('health.detail.sourcesFailing', values));
    }
  }
  return null;
}

/**
 * What a family's last result means for the user, and what to do, when it has no confirmed
 * address; null when it has one (or is off, or not checked yet), or when `banner` (the page's
 * verdict) already says this family's cause as the outage's.
 */
export function familyNote(f: FamilyStatus, words: Translator, banner?: Health): string | null {
  if (!f.enabled || !f.lastCheck || isConfirmed(f)) return null;
  const family = familyName(f);
  const cause = f.lastCheck.cause;
  // The banner already says the outage's cause: a card does not say it again (one cause, said once).
  if (banner?.state === 'no-internet' && cause && banner.reason === causeWords(cause, words)) return null;
  // Different addresses, or too few alike: the note lists who answered what (uncertainNote, the same cause).
  if (cause && cause !== 'differ' && cause !== 'too-few') return causeNote(f.family, cause, words);
  switch (f.lastCheck.result) {
    case 'uncertain':
      return uncertainNote(f.lastCheck, family, words);
    case 'unavailable':
      if (noSource(f)) return words.t('health.note.noSource', { family });
      return words.t(f.family === 6 ? 'health.note.noIpv6' : 'health.note.noIpv4');
    default:
      return null;
  }
}
