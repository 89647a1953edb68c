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
 * Never `ok` without a confirmed address for every watched family: an address kept from an
 * earlier run, or one the last check could not confirm, does not count.
 */
import type { InternalErrorsStatus } from './internal-errors';
import type { ChannelStatus } from './notify-types';
import type { CheckResult, EngineStatus, FamilyStatus } from './types';
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

const health = (state: HealthState, label: string, reason: string, detail: string): Health => ({
  state,
  label,
  reason,
  detail,
});

const NO_INTERNET = health(
  'no-internet',
  'No internet',
  'no source answered with an address',
  "No source answered with an address: check this machine's network connection; on a hotel or café " +
    'Wi-Fi, sign in to its portal. Checks retry by themselves.',
);

/** The family's last check found nothing without sending a request: no source is set up for it. */
const noSource = (f: FamilyStatus): boolean =>
  f.lastCheck !== null && checkMark(f.lastCheck.result, f.lastCheck.requests) === 'no-source';

/** Health from a status (null before one was read). */
export function healthOf(s: HealthInput | null, opts: HealthOptions = {}): Health {
  if (opts.connected === false)
    return health(
      'disconnected',
      'Disconnected',
      'lost contact with the engine',
      'Lost contact with the IPWatch engine: reconnecting by itself. What is shown may be out of date.',
    );
  if (s === null) return health('checking', 'Checking', 'no status yet', 'Waiting for the first status.');
  if (s.pausedSince !== null)
    return health(
      'paused',
      'Paused',
      'paused by the user',
      'Monitoring is paused: no checks run and no change is noticed until you resume it.',
    );
  const watched = Object.values(s.families).filter((f) => f.enabled);
  if (!s.running)
    return watched.some((f) => f.lastCheck)
      ? health('paused', 'Stopped', 'monitor stopped', 'The monitor is stopped: no checks run. Start IPWatch again.')
      : health('checking', 'Starting', 'starting', 'The monitor is starting; the first check follows.');
  if (!watched.length)
    return health(
      'degraded',
      'Nothing watched',
      'IPv4 and IPv6 both off',
      'IPv4 and IPv6 are both switched off in Settings: no address is watched.',
    );
  if (s.online === false) return { ...NO_INTERNET };
  const unsourced = watched.filter(noSource);
  if (unsourced.length) {
    const names = unsourced.map((f) => `IPv${f.family}`).join(' and ');
    return health(
      'degraded',
      'No source',
      `${names}: no source set up`,
      `No source is set up for ${names}, so no request is sent and nothing is known of the network: that time ` +
        'is not monitored (never counted offline). Add one in Settings, Sources.',
    );
  }
  const confirmed = watched.filter(isConfirmed);
  if (watched.some((f) => !f.lastCheck) || (s.online === null && confirmed.length < watched.length))
    return health('checking', 'Checking', 'first check under way', 'The first check is under way.');
  if (!confirmed.length) {
    // Several families without an address: one short clause each; each card says the rest.
    const missing = watched.filter((f) => !isConfirmed(f));
    const clauses = missing.map((f) => `${shortOf(f)}. `).join('');
    // One family alone (the other off) is named by the tray's lines already.
    const reason = missing.length === 1 ? causeOf(missing[0]!) : missing.map(reasonOf).join('; ');
    return health('degraded', 'Uncertain', reason, `${clauses}No address is declared.`);
  }
  const missing = watched.find((f) => !isConfirmed(f));
  if (missing) return familyMissing(missing);
  return troubles(s, watched) ?? health('ok', 'Online', 'watching', allConfirmed(watched));
}

/**
 * One family without a confirmed address: a short line here (the badge, the tray, the bot),
 * while its card on the dashboard says the long explanation once (familyNote).
 */
function familyMissing(f: FamilyStatus): Health {
  const name = `IPv${f.family}`;
  const label = f.lastCheck?.result === 'uncertain' ? `${name} uncertain` : `No ${name}`;
  return health('degraded', label, reasonOf(f), `${shortOf(f)}, so ${name} has no confirmed address.`);
}

/** The cause in a few words, without the family's name. */
const causeOf = (f: FamilyStatus): string =>
  f.lastCheck?.result === 'uncertain' ? uncertainCause(f.lastCheck) : 'no source answered';

/** The cause in a few words (Health.reason). */
const reasonOf = (f: FamilyStatus): string => `IPv${f.family}: ${causeOf(f)}`;

/** One clause on a family without a confirmed address, for the headline (no advice: the card has it). */
const shortOf = (f: FamilyStatus): string =>
  f.lastCheck?.result === 'uncertain'
    ? uncertainShort(f.lastCheck, `IPv${f.family}`)
    : `No IPv${f.family} source answered in the last check`;

/** Trouble beside the addresses: the engine's kept error, failing channels, tripped sources. */
function troubles(s: HealthInput, watched: FamilyStatus[]): Health | null {
  if (s.lastError)
    return health(
      'degraded',
      'Degraded',
      `${s.lastError.where}: ${s.lastError.message}`,
      `${s.lastError.where} failed: ${s.lastError.message}. Checks go on; see the log if it stays.`,
    );
  const caught = s.internalErrors;
  if (caught?.recent && caught.last)
    return health(
      'degraded',
      'Degraded',
      `internal error in ${caught.last.part}: ${caught.last.message}`,
      `An error in ${caught.last.part} was not handled where it happened (${caught.last.message}); IPWatch ` +
        `caught it and monitoring goes on (${caught.total} since start). If it comes back, report it with the log.`,
    );
  const broken = (s.notifications ?? []).filter((c) => c.state === 'failing' || c.state === 'paused');
  if (broken.length) {
    const ids = broken.map((c) => c.id).join(', ');
    return health(
      'degraded',
      'Degraded',
      `notifications failing: ${ids}`,
      `Notifications cannot be delivered (${ids}): they are kept and retried; check the channel's settings.`,
    );
  }
  for (const f of watched) {
    const own = s.sources.filter((x) => x.family === f.family);
    const open = own.filter((x) => x.state === 'open').length;
    // One tripped source among many is routine (the others carry the quorum); half is not.
    if (own.length > 0 && open * 2 >= own.length)
      return health(
        'degraded',
        'Degraded',
        `IPv${f.family}: ${open} of ${own.length} sources failing`,
        `${open} of ${own.length} IPv${f.family} sources keep failing and are rested: fewer are left to ` +
          'agree on the address. See their last errors under Sources.',
      );
  }
  return null;
}

const allConfirmed = (watched: FamilyStatus[]): string =>
  `${watched.map((f) => `IPv${f.family}`).join(' and ')} confirmed by the last check.`;

/**
 * What a family's last result means for the user, and what to do, when it has no confirmed
 * address; null when it has one (or is off, or not checked yet).
 */
export function familyNote(f: FamilyStatus): string | null {
  if (!f.enabled || !f.lastCheck || isConfirmed(f)) return null;
  const name = `IPv${f.family}`;
  switch (f.lastCheck.result) {
    case 'uncertain':
      return uncertainNote(f.lastCheck, name);
    case 'unavailable':
      if (noSource(f)) return `No ${name} source is set up, so no request is sent: add one in Settings, Sources.`;
      return f.family === 6
        ? 'No IPv6 source answered: this network may have no IPv6. If so, switch IPv6 off in Settings.'
        : 'No IPv4 source answered: check the network connection; a network with IPv6 only has no IPv4 address.';
    default:
      return null;
  }
}
