/**
 * The fleet in figures (issue 51): how many sites are watched, online, offline, not known yet,
 * and how many changed address recently (a real change, not a first sighting). Computed here
 * once, from the watched sites, for the status (which carries these counts instead of every row),
 * the bot's /sites header and the dashboard's Sites page; shared/words/fleet.ts says them. The
 * watcher (engine/fleet/sites.ts) keeps each site's last change with addressChangeAt. Pure.
 */
import type { FleetState } from './contract/fleet/payload';
import type { FleetSite } from './contract/fleet/sites';

/** A change of address newer than this counts as a recent change. */
export const FLEET_RECENT_MS = 24 * 60 * 60 * 1000;
/**
 * A site's clock further off than this from the watcher's is shown in words (engine/fleet/
 * site-clock.ts). Here, not in the contract, so the Sites page's code says it without loading zod.
 */
export const FLEET_CLOCK_OFF_SHOWN_MS = 60_000;

export interface FleetSummary {
  sites: number;
  online: number;
  offline: number;
  /** No readable state yet: neither online nor offline is known. */
  unknown: number;
  /** Sites whose address changed (from one known address to another) within FLEET_RECENT_MS. */
  changedRecently: number;
}

export const EMPTY_FLEET_SUMMARY: FleetSummary = { sites: 0, online: 0, offline: 0, unknown: 0, changedRecently: 0 };

/** Since when a site's newest address has held (its publisher's since), or null when not known. */
export function siteAddressSince(site: FleetSite): number | null {
  const f = site.state?.families;
  const times = [f?.v4?.since, f?.v6?.since].filter((t): t is number => typeof t === 'number');
  return times.length ? Math.max(...times) : null;
}

/**
 * When a site's address changed between the state a watcher held and the one it heard, or null
 * when it did not. A change is a family whose known address gives way to another: an address seen
 * for the first time (no state held, or the family had none) is a first sighting, not a change,
 * and an address lost is not a new one. Its time is the new address's since (the publisher's
 * first confirmation of it, so a change made while the watcher was away keeps its own time), or
 * `heardAt` when the publisher gives none; the newer family's when both changed.
 *
 *   held address | heard address | change at
 *   -------------+---------------+---------------------------
 *   none         | A             | null (first sighting)
 *   A            | A             | null
 *   A            | B             | B's since, else heardAt
 *   A            | none          | null (lost, not new)
 */
export function addressChangeAt(before: FleetState | null, after: FleetState, heardAt: number): number | null {
  let at: number | null = null;
  for (const key of ['v4', 'v6'] as const) {
    const was = before?.families?.[key]?.ip ?? null;
    const now = after.families?.[key];
    if (was === null || !now?.ip || now.ip === was) continue;
    const t = now.since ?? heardAt;
    at = at === null ? t : Math.max(at, t);
  }
  return at;
}

/** Whether a site's last known change of address is within FLEET_RECENT_MS of `now`. */
export function changedRecently(site: FleetSite, now: number): boolean {
  const at = site.addressChangedAt;
  return typeof at === 'number' && now - at < FLEET_RECENT_MS;
}

export function fleetSummary(sites: readonly FleetSite[], now: number): FleetSummary {
  const s = { ...EMPTY_FLEET_SUMMARY, sites: sites.length };
  for (const site of sites) {
    if (site.online === true) s.online += 1;
    else if (site.online === false) s.offline += 1;
    else s.unknown += 1;
    if (changedRecently(site, now)) s.changedRecently += 1;
  }
  return s;
}
