/**
 * The fleet in figures (issue 51): how many sites are watched, online, offline, not known yet,
 * and how many changed address recently. Computed here once, from the watched sites, for the
 * status (which carries these counts instead of every row), the bot's /sites header and the
 * dashboard's Sites page; shared/words/fleet.ts says them. Pure.
 */
import type { FleetSite } from './contract/fleet';

/** An address newer than this counts as a recent change. */
export const FLEET_RECENT_MS = 24 * 60 * 60 * 1000;

export interface FleetSummary {
  sites: number;
  online: number;
  offline: number;
  /** No readable state yet: neither online nor offline is known. */
  unknown: number;
  /** Sites whose newest address is younger than FLEET_RECENT_MS. */
  changedRecently: number;
}

export const EMPTY_FLEET_SUMMARY: FleetSummary = { sites: 0, online: 0, offline: 0, unknown: 0, changedRecently: 0 };

/** Since when a site's newest address has held (its publisher's since), or null when not known. */
export function siteAddressSince(site: FleetSite): number | null {
  const f = site.state?.families;
  const times = [f?.v4?.since, f?.v6?.since].filter((t): t is number => typeof t === 'number');
  return times.length ? Math.max(...times) : null;
}

export function fleetSummary(sites: readonly FleetSite[], now: number): FleetSummary {
  const s = { ...EMPTY_FLEET_SUMMARY, sites: sites.length };
  for (const site of sites) {
    if (site.online === true) s.online += 1;
    else if (site.online === false) s.offline += 1;
    else s.unknown += 1;
    const since = siteAddressSince(site);
    if (since !== null && now - since < FLEET_RECENT_MS) s.changedRecently += 1;
  }
  return s;
}
