/**
 * A watched site in words (issue 51): its state, its addresses, its health and what a name
 * mismatch means, and each event the watcher kept of it. One copy for the dashboard's Sites page,
 * the bot's /sites and /status site:, and the notifications, so a site reads the same everywhere.
 * What the watcher cannot know (no state read yet) is said as unknown; what a site sends is never
 * said as IPWatch's own words: a code in ours, any other text quoted as the site's. Pure.
 */
import type { FleetEvent, FleetHeard, FleetSite } from '../contract/fleet';
import { FLEET_CLOCK_OFF_SHOWN_MS, FLEET_RECENT_MS, type FleetSummary } from '../fleet-summary';
import { HEALTH_STATES, type HealthState } from '../health';
import { formatNumber } from '../i18n/format';
import type { MessageId, Translator } from '../i18n/translator';
import { NAT_VERDICTS } from '../types';
import { formatDuration } from './duration';
import { natVerdictWords } from './nat';
import { settingName } from './setting-label';

export { siteAddressSince } from '../fleet-summary';

export type SiteTone = 'good' | 'warn' | 'bad' | 'neutral';

/** Online, offline or unknown, and its tone, in `words`' language. */
export function siteStateWords(site: FleetSite, words: Translator): { label: string; tone: SiteTone } {
  if (site.unreadable !== null && site.state === null)
    return { label: words.t('fleet.state.unreadable'), tone: 'warn' };
  if (site.online === null) return { label: words.t('fleet.state.unknown'), tone: 'neutral' };
  return site.online
    ? { label: words.t('fleet.state.online'), tone: 'good' }
    : { label: words.t('fleet.state.offline'), tone: 'bad' };
}

/**
 * "online for 3 h 2 min", "offline for 40 s (connection lost)", "online just now" (under a
 * second, where formatDuration would say "0 s"), "no state read yet". A reason (why it went
 * offline, why its state is unreadable) is the watcher's, as it came.
 */
export function siteSinceWords(site: FleetSite, now: number, words: Translator): string {
  const { label: state } = siteStateWords(site, words);
  if (site.online === null)
    return site.unreadable
      ? words.t('fleet.since.cannotRead', { why: site.unreadable })
      : words.t('fleet.since.noState');
  const why = site.online ? null : offlineReasonWords(site.offlineReason, words);
  const held = site.since === null ? null : Math.max(0, now - site.since);
  const text =
    held === null
      ? state
      : held < 1000
        ? words.t('fleet.since.justNow', { state })
        : words.t('fleet.since.for', { state, duration: formatDuration(held, 2, words) });
  return why ? words.t('fleet.since.why', { text, why }) : text;
}

/**
 * True when the addresses held are only the last the site told, not what it has now: it is
 * offline (a will or a stop kept its state), or its newest message could not be read. Derived
 * from the site's state here, once: the API carries no flag of its own.
 */
export function siteAddressIsLastKnown(site: FleetSite): boolean {
  return siteToldItsState(site) && (site.online === false || site.unreadable !== null);
}

/** Whether a state of its own came (one with its `at`), not only its will: that says no address. */
function siteToldItsState(site: FleetSite): boolean {
  return site.state !== null && site.state.at !== null;
}

/** What a reader is told of a site's last-seen when the watcher never heard the site itself. */
export const neverHeardWords = (words: Translator): string => words.t('fleet.neverHeard');

/**
 * Each family's address it publishes, "IPv4 203.0.113.7", or what is unknown about them; an
 * offline or unreadable site's are marked "IPv4 203.0.113.7, last known". `show` writes an address
 * as the reader may see it (a Discord channel's mask).
 */
export function siteAddressWords(
  site: FleetSite,
  words: Translator,
  show: (ip: string) => string = (ip) => ip,
): string[] {
  const f = site.state?.families;
  if (!f || !siteToldItsState(site)) return [words.t('fleet.addresses.unknown')];
  const lastKnown = siteAddressIsLastKnown(site);
  const one = (ip: string | null) =>
    ip === null
      ? words.t('fleet.address.unknown')
      : lastKnown
        ? words.t('fleet.address.lastKnown', { address: show(ip) })
        : show(ip);
  const out: string[] = [];
  if (f.v4) out.push(words.t('fleet.address', { family: 4, address: one(f.v4.ip) }));
  if (f.v6) out.push(words.t('fleet.address', { family: 6, address: one(f.v6.ip) }));
  return out.length ? out : [words.t('fleet.addresses.noFamily')];
}

/** What a reader is told when this runner watches no fleet: what to set. */
export const notWatchingWords = (words: Translator): string =>
  words.t('fleet.notWatching', { setting: settingName('fleet.watch', words) });

/** A text a site sent, quoted as the site's: never read as IPWatch's own words (issue 73). */
export const siteSaysWords = (text: string, words: Translator): string => words.t('fleet.siteSays', { text });

/** IPWatch's words for each health state a site may send as its code (shared/health.ts). */
const HEALTH_LABEL: Record<HealthState, MessageId> = {
  ok: 'health.label.ok',
  checking: 'health.label.checking',
  'no-internet': 'health.label.noInternet',
  degraded: 'health.label.degraded',
  paused: 'health.label.paused',
  disconnected: 'health.label.disconnected',
};

/**
 * The site's health: its state code in the reader's words when this version knows it, else the
 * site's own label quoted as the site's (a newer publisher's state); unknown when it told none. An
 * offline site's is only what it said before it went ("Online, when last heard"): nothing tells
 * how it is now.
 */
export function siteHealthWords(site: FleetSite, words: Translator): string {
  const health = site.state?.health;
  if (!health?.label && !health?.state) return words.t('fleet.unknown');
  const state = HEALTH_STATES.find((h) => h === health.state);
  const label = state ? words.t(HEALTH_LABEL[state]) : siteSaysWords(health.label || health.state, words);
  return site.online === false ? words.t('fleet.health.lastHeard', { label }) : label;
}

/**
 * The site's NAT verdict in the reader's language when it is one this version knows, else the
 * site's own label quoted as the site's (a newer publisher's verdict); unknown when it told none.
 */
export function siteNatWords(nat: { verdict: string; label: string } | null, words: Translator): string {
  if (!nat) return words.t('fleet.unknown');
  const verdict = NAT_VERDICTS.find((v) => v === nat.verdict);
  return verdict ? natVerdictWords(verdict, words).label : siteSaysWords(nat.label || nat.verdict, words);
}

/** Why a site went offline: the two reasons IPWatch publishes in the reader's words, any other quoted as the site's; null when none. */
export function offlineReasonWords(why: string | null, words: Translator): string | null {
  if (!why) return null;
  if (why === 'stopped') return words.t('fleet.offline.stopped');
  if (why === 'connection lost') return words.t('fleet.offline.connectionLost');
  return siteSaysWords(why, words);
}

/** How many messages came under a site name that could hide or reverse text (issue 73), in words; null when none. */
export function badNamesWords(n: number | undefined, words: Translator): string | null {
  if (!n || n <= 0) return null;
  return words.t('fleet.note.badNames', { n, nN: formatNumber(n, words.language, { useGrouping: false }) });
}

/** Whether the watcher heard every retained state the broker holds (engine/fleet/heard.ts), in words; null when not told. */
export function heardWords(heard: FleetHeard | undefined, words: Translator): string | null {
  if (!heard) return null;
  const n = heard.retained;
  const nN = formatNumber(n, words.language, { useGrouping: false });
  if (heard.verdict === 'dropped' && heard.dropped !== null) {
    const d = heard.dropped;
    return words.t('fleet.heard.dropped', { n, nN, d, dN: formatNumber(d, words.language, { useGrouping: false }) });
  }
  const id = HEARD_IDS[heard.verdict === 'dropped' ? 'unknown' : heard.verdict];
  return words.t(id, { n, nN });
}

const HEARD_IDS = {
  counting: 'fleet.heard.counting',
  'none-dropped': 'fleet.heard.noneDropped',
  unknown: 'fleet.heard.unknown',
} as const satisfies Record<Exclude<FleetHeard['verdict'], 'dropped'>, MessageId>;

/** How many values a site sent were refused or replaced (contract/fleet/checked.ts), in words; null when none. */
export function siteRefusedWords(site: FleetSite, words: Translator): string | null {
  const n = site.refusedValues ?? 0;
  if (n <= 0) return null;
  return words.t('fleet.note.refused', { n, nN: formatNumber(n, words.language, { useGrouping: false }) });
}

/** "its clock is off by 1 d (ahead of this watcher's)...", or null when within FLEET_CLOCK_OFF_SHOWN_MS or not known. */
export function siteClockWords(site: FleetSite, words: Translator): string | null {
  const off = site.clockOffMs;
  if (typeof off !== 'number' || Math.abs(off) <= FLEET_CLOCK_OFF_SHOWN_MS) return null;
  // To the minute: the time a message took on its way is in the figure too.
  const minutes = Math.round(Math.abs(off) / 60_000) * 60_000;
  return words.t('fleet.clock', { duration: formatDuration(minutes, 2, words), side: off > 0 ? 'ahead' : 'behind' });
}

/** The word of two runners publishing as one site (engine/fleet/claims.ts). */
export const twoRunnersWords = (words: Translator): string => words.t('fleet.twoRunners');

/** The notes shown beside a site: "this machine", a mismatch, its clock off, two runners. */
export function siteNoteWords(site: FleetSite, words: Translator): string[] {
  const notes: string[] = [];
  if (site.thisMachine) notes.push(words.t('fleet.note.thisMachine'));
  if (typeof site.twoRunnersAt === 'number') notes.push(twoRunnersWords(words));
  const clock = siteClockWords(site, words);
  if (clock) notes.push(clock);
  if (site.nameMismatch !== null) notes.push(words.t('fleet.note.mismatch', { name: site.nameMismatch }));
  const refused = siteRefusedWords(site, words);
  if (refused) notes.push(refused);
  if (site.unreadable !== null && site.state !== null)
    notes.push(words.t('fleet.note.unreadable', { why: site.unreadable }));
  return notes;
}

const KIND: Record<FleetEvent['kind'], MessageId> = {
  changed: 'fleet.event.changed',
  online: 'fleet.event.online',
  offline: 'fleet.event.offline',
  mismatch: 'fleet.event.mismatch',
  unreadable: 'fleet.event.unreadable',
};

/**
 * One kept event as a sentence: "went offline (connection lost)", "IPv4 address: a → b". Its
 * detail and what changed are the watcher's words, as it kept them.
 */
export function fleetEventWords(e: FleetEvent, words: Translator): string {
  let event = words.t(KIND[e.kind]);
  // An offline event's detail is the site's reason: IPWatch's own in the reader's words, any other quoted.
  const detail = e.kind === 'offline' ? offlineReasonWords(e.detail, words) : e.detail;
  if (detail) event = words.t('fleet.event.detail', { event, detail });
  const none = words.t('fleet.event.none');
  const changes = e.changes
    .map((c) => words.t('fleet.event.change', { what: c.what, from: c.from ?? none, to: c.to ?? none }))
    .join('; ');
  if (changes) event = words.t('fleet.event.changes', { event, changes });
  return e.whileAway ? words.t('fleet.event.away', { event }) : event;
}

/**
 * The fleet's figures in one line (fleet-summary.ts): "3 sites: 2 online, 1 offline; 1 site with
 * a new address in the last 24 h". The same on the Sites page and in the bot's /sites.
 */
export function fleetSummaryWords(s: FleetSummary, words: Translator): string {
  if (s.sites === 0) return words.t('fleet.summary.none');
  // Counts in the language's digits, never grouped: "1000 sites", as the line always read.
  const n = (count: number) => formatNumber(count, words.language, { useGrouping: false });
  const parts = [
    words.t('fleet.summary.online', { n: n(s.online) }),
    words.t('fleet.summary.offline', { n: n(s.offline) }),
  ];
  if (s.unknown > 0) parts.push(words.t('fleet.summary.unknown', { n: n(s.unknown) }));
  const values = { sites: s.sites, sitesN: n(s.sites), parts: parts.join(', ') };
  if (s.changedRecently === 0) return words.t('fleet.summary.line', values);
  const recent = { recent: s.changedRecently, recentN: n(s.changedRecently), hours: FLEET_RECENT_MS / 3_600_000 };
  return words.t('fleet.summary.recent', { ...values, ...recent });
}
