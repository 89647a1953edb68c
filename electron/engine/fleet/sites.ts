/**
 * The sites a watcher holds: what each state heard makes of the site held before it, and the
 * events to keep (sites.ts decides, watcher.ts listens and stores). Pure decision, bounded table.
 *
 *   heard                                   | the site becomes                        | events
 *   ----------------------------------------+-----------------------------------------+----------------------------
 *   a payload it cannot read                | unreadable (why), the rest kept         | unreadable, when the reason is new
 *   a state whose site differs from topic   | nameMismatch: that name (topic trusted) | mismatch, when the name is new
 *   online differs from the site held       | online/offline since now (a clean       | online / offline (why)
 *                                           | stop: since the time it says)           |
 *   a will (offline, no state of its own)   | the state held, marked offline; last    | (offline, above)
 *                                           | seen kept (the broker spoke, not it),   |
 *                                           | unknown (null) when never heard before  |
 *   a full state differing from the held    | that state; addressChangedAt when a     | changed, with the differences
 *                                           | known address gave way to another       |
 *   values the contract's checks refused    | refusedValues grows by their number     | (none of its own)
 *
 * A state learnt on (re)subscribing (the broker's retained copy) gives events marked `whileAway`:
 * they happened while this watcher was not listening. Every time a state carries is first read on
 * this watcher's clock (site-clock.ts): a site's clock ahead moves nothing into the future. Each
 * event's texts (its changes' words, its detail) are within the contract's FLEET_TEXT_MAX.
 */
import type { FleetRead, FleetSite, FleetState } from '../../../shared/contract/fleet';
import { addressChangeAt } from '../../../shared/fleet-summary';
import type { NewFleetEvent } from '../store/fleet';
import { clipText, fleetChanges } from './changes';
import { onWatcherClock } from './site-clock';
import { compareSiteNames } from './site-page';

/**
 * Sites a watcher holds in memory (about 2 KB each, 20 MB at the bound): the 10,000 sites a fresh
 * watcher hears from docs/fleet.md's broker (bench/fleet-scale.ts, issue 74). A new site past it is
 * refused (counted in the status, logged once).
 */
export const MAX_FLEET_SITES = 10_000;

export interface Heard {
  /** The site as its topic names it. */
  site: string;
  read: FleetRead<FleetState>;
  at: number;
  /** The broker's retained copy, delivered on subscribing. */
  retained: boolean;
  /** Values of this state the contract's checks refused or replaced (contract/fleet/checked.ts). */
  refused?: number;
}

export const emptySite = (site: string, at: number | null, thisMachine: boolean): FleetSite => ({
  site,
  thisMachine,
  online: null,
  since: null,
  lastSeenAt: at,
  offlineReason: null,
  nameMismatch: null,
  unreadable: null,
  state: null,
  addressChangedAt: null,
});

/** The site after `heard`, and the events it makes. */
export function applyHeard(
  held: FleetSite | null,
  heard: Heard,
  thisMachine: boolean,
): { site: FleetSite; events: NewFleetEvent[] } {
  const before = held ?? emptySite(heard.site, heard.at, thisMachine);
  const refusedValues = (before.refusedValues ?? 0) + (heard.refused ?? 0);
  const base = { ...before, thisMachine, lastSeenAt: heard.at, ...(refusedValues > 0 ? { refusedValues } : {}) };
  const events: NewFleetEvent[] = [];
  const event = (kind: NewFleetEvent['kind'], detail: string | null, changes: NewFleetEvent['changes'] = []) =>
    events.push({
      site: heard.site,
      at: heard.at,
      kind,
      changes,
      detail: detail === null ? null : clipText(detail),
      whileAway: heard.retained,
    });
  if (!heard.read.ok) {
    if (base.unreadable !== heard.read.reason) event('unreadable', heard.read.reason);
    return { site: { ...base, unreadable: heard.read.reason }, events };
  }
  const { state: s, clockOffMs } = onWatcherClock(heard.read.value, heard.at, heard.retained);
  const mismatch = s.site === heard.site ? null : s.site;
  if (mismatch !== null && mismatch !== base.nameMismatch) event('mismatch', `its state calls it "${mismatch}"`);
  // A will says only that the connection died: the last state known stays, marked offline.
  const full = typeof s.at === 'number';
  const state: FleetState = full || !base.state ? s : { ...base.state, online: s.online, reason: s.reason ?? null };
  if (full && base.state) {
    const changes = fleetChanges(base.state, s);
    if (changes.length > 0) event('changed', null, changes);
  }
  const changedAt = full ? addressChangeAt(base.state, s, heard.at) : null;
  // After the changes: a stop's own (health "Stopped") come before the word that it went offline.
  const flipped = base.online !== s.online;
  if (flipped) event(s.online ? 'online' : 'offline', s.online ? (held ? null : 'first seen') : (s.reason ?? null));
  const since = !flipped ? base.since : !s.online && s.reason === 'stopped' && full ? s.at! : heard.at;
  return {
    site: {
      ...base,
      // A will is the broker's word, not the site's: the site was last heard before it, or never.
      lastSeenAt: full ? base.lastSeenAt : (held?.lastSeenAt ?? null),
      online: s.online,
      since,
      offlineReason: s.online ? null : (s.reason ?? null),
      nameMismatch: mismatch,
      unreadable: null,
      state,
      addressChangedAt: changedAt ?? base.addressChangedAt ?? null,
      clockOffMs: clockOffMs ?? base.clockOffMs ?? null,
    },
    events,
  };
}

/**
 * The names of refused sites remembered, so `refused` counts sites, not their messages (a refused
 * site publishing every second is one). Past it, each further new name still counts once.
 */
export const MAX_REFUSED_NAMES = 10_000;

/** The sites held, at most MAX_FLEET_SITES. */
export class SiteTable {
  private readonly sites = new Map<string, FleetSite>();
  private readonly refusedNames = new Set<string>();
  /** Sites not held because the table was full: each counted once. */
  refused = 0;

  constructor(private readonly bound = MAX_FLEET_SITES) {}

  get(site: string): FleetSite | null {
    return this.sites.get(site) ?? null;
  }

  /** Keeps `site`; false when it is new and the table is full. */
  put(site: FleetSite): boolean {
    if (!this.sites.has(site.site) && this.sites.size >= this.bound) {
      if (!this.refusedNames.has(site.site)) this.refused += 1;
      if (this.refusedNames.size < MAX_REFUSED_NAMES) this.refusedNames.add(site.site);
      return false;
    }
    this.sites.set(site.site, site);
    return true;
  }

  delete(site: string): void {
    this.sites.delete(site);
  }

  all(): FleetSite[] {
    return [...this.sites.values()].sort((a, b) => compareSiteNames(a.site, b.site));
  }

  get size(): number {
    return this.sites.size;
  }
}
