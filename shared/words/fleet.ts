/**
 * A watched site in words (issue 51): its state, its addresses, its health and what a name
 * mismatch means, and each event the watcher kept of it. One copy for the dashboard's Sites page,
 * the bot's /sites and /status site:, and the notifications, so a site reads the same everywhere.
 * What the watcher cannot know (no state read yet) is said as unknown. Pure.
 */
import type { FleetEvent, FleetSite } from '../contract/fleet';
import { FLEET_CLOCK_OFF_SHOWN_MS, FLEET_RECENT_MS, type FleetSummary } from '../fleet-summary';
import { formatDuration } from './duration';

export { siteAddressSince } from '../fleet-summary';

export type SiteTone = 'good' | 'warn' | 'bad' | 'neutral';

/** Online, offline or unknown, and its tone. */
export function siteStateWords(site: FleetSite): { label: string; tone: SiteTone } {
  if (site.unreadable !== null && site.state === null) return { label: 'unreadable', tone: 'warn' };
  if (site.online === null) return { label: 'unknown', tone: 'neutral' };
  return site.online ? { label: 'online', tone: 'good' } : { label: 'offline', tone: 'bad' };
}

/**
 * "online for 3 h 2 min", "offline for 40 s (connection lost)", "online just now" (under a
 * second, where formatDuration would say "0 s"), "no state read yet".
 */
export function siteSinceWords(site: FleetSite, now: number): string {
  const { label } = siteStateWords(site);
  if (site.online === null) return site.unreadable ? `cannot read its state: ${site.unreadable}` : 'no state read yet';
  const why = site.online ? '' : site.offlineReason ? ` (${site.offlineReason})` : '';
  if (site.since === null) return `${label}${why}`;
  const held = Math.max(0, now - site.since);
  return `${label} ${held < 1000 ? 'just now' : `for ${formatDuration(held)}`}${why}`;
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
export const NEVER_HEARD_WORDS = 'never heard by this watcher';

/**
 * Each family's address it publishes, "IPv4 203.0.113.7", or what is unknown about them; an
 * offline or unreadable site's are marked "IPv4 203.0.113.7, last known". `show` writes an address
 * as the reader may see it (a Discord channel's mask).
 */
export function siteAddressWords(site: FleetSite, show: (ip: string) => string = (ip) => ip): string[] {
  const f = site.state?.families;
  if (!f || !siteToldItsState(site)) return ['addresses unknown'];
  const mark = siteAddressIsLastKnown(site) ? ', last known' : '';
  const one = (ip: string | null) => (ip === null ? 'unknown' : `${show(ip)}${mark}`);
  const out: string[] = [];
  if (f.v4) out.push(`IPv4 ${one(f.v4.ip)}`);
  if (f.v6) out.push(`IPv6 ${one(f.v6.ip)}`);
  return out.length ? out : ['watches no address family'];
}

/** What a reader is told when this runner watches no fleet: what to set. */
export const NOT_WATCHING_WORDS =
  'This runner does not watch a fleet: in Settings, Fleet, give the broker and turn on Watch the fleet (fleet.watch).';

/**
 * The site's own health label ("Healthy", "Degraded"...), or unknown. An offline site's is only what
 * it said before it went ("Healthy, when last heard"): nothing tells how it is now.
 */
export function siteHealthWords(site: FleetSite): string {
  const label = site.state?.health?.label;
  if (!label) return 'unknown';
  return site.online === false ? `${label}, when last heard` : label;
}

/** "its clock is 1 d ahead of this watcher's...", or null when within FLEET_CLOCK_OFF_SHOWN_MS or not known. */
export function siteClockWords(site: FleetSite): string | null {
  const off = site.clockOffMs;
  if (typeof off !== 'number' || Math.abs(off) <= FLEET_CLOCK_OFF_SHOWN_MS) return null;
  const side = off > 0 ? 'ahead of' : 'behind';
  // To the minute: the time a message took on its way is in the figure too.
  const minutes = Math.round(Math.abs(off) / 60_000) * 60_000;
  return `its clock is off by ${formatDuration(minutes)} (${side} this watcher's): its times are read on this watcher's clock`;
}

/** The word of two runners publishing as one site (engine/fleet/claims.ts). */
export const TWO_RUNNERS_WORDS =
  'two runners claim this site: states from two runs of IPWatch alternate under its name; give each its own site name';

/** The notes shown beside a site: "this machine", a mismatch, its clock off, two runners. */
export function siteNoteWords(site: FleetSite): string[] {
  const notes: string[] = [];
  if (site.thisMachine) notes.push('this machine');
  if (typeof site.twoRunnersAt === 'number') notes.push(TWO_RUNNERS_WORDS);
  const clock = siteClockWords(site);
  if (clock) notes.push(clock);
  if (site.nameMismatch !== null)
    notes.push(`its state calls it "${site.nameMismatch}": not trusted, the topic's name is shown`);
  if (site.unreadable !== null && site.state !== null) notes.push(`last message unreadable: ${site.unreadable}`);
  return notes;
}

const KIND_WORDS: Record<FleetEvent['kind'], string> = {
  changed: 'changed',
  online: 'came online',
  offline: 'went offline',
  mismatch: 'published under another name',
  unreadable: 'sent a state this watcher cannot read',
};

/** One kept event as a sentence: "went offline (connection lost)", "IPv4 address: a → b". */
export function fleetEventWords(e: FleetEvent): string {
  const head = KIND_WORDS[e.kind];
  const detail = e.detail ? ` (${e.detail})` : '';
  const changes = e.changes.map((c) => `${c.what}: ${c.from ?? 'none'} → ${c.to ?? 'none'}`).join('; ');
  const away = e.whileAway ? ' [while this watcher was away]' : '';
  return `${head}${detail}${changes ? `: ${changes}` : ''}${away}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The fleet's figures in one line (fleet-summary.ts): "3 sites: 2 online, 1 offline; 1 with a
 * new address in the last 24 h". The same on the Sites page and in the bot's /sites.
 */
export function fleetSummaryWords(s: FleetSummary): string {
  if (s.sites === 0) return 'No site has published under the prefix yet.';
  const parts = [`${s.online} online`, `${s.offline} offline`];
  if (s.unknown > 0) parts.push(`${s.unknown} not known yet`);
  const recent =
    s.changedRecently > 0
      ? `; ${count(s.changedRecently, 'site', 'sites')} with a new address in the last ${FLEET_RECENT_MS / 3_600_000} h`
      : '';
  return `${count(s.sites, 'site', 'sites')}: ${parts.join(', ')}${recent}.`;
}
