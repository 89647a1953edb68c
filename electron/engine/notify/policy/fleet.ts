/**
 * Another site's news as a notice (issue 51): what the fleet's watcher recorded (fleet/sites.ts
 * decides the events) that a person wants told: a new address, the site lost, the site back.
 * Never for this machine's own site (its own monitor tells those), never a name mismatch or an
 * unreadable state (the Sites page shows them). A loss is damped as this machine's own outage is
 * (outage.ts): told once the site has been offline `offlineAfterMs`; back before that, neither
 * the loss nor the return is told. The words are site-message.ts's, at sending time. Pure.
 *
 *   event                                        | this machine | notice
 *   ---------------------------------------------+--------------+--------------------------------------------
 *   any                                          | yes          | none
 *   changed, an address among the changes        | no           | site-changed, with the address changes only
 *   changed, no address among them (health, NAT) | no           | none (the Sites page shows it)
 *   offline, since known                         | no           | site-offline once offline offlineAfterMs
 *   offline, while away, since not known         | no           | site-offline at once
 *   online, first seen / not known offline       | no           | none (a new site is not a return)
 *   online, offline for offlineAfterMs or more   | no           | site-online, with how long it was offline
 *   online, offline for less (a blip)            | no           | none, and its held loss is dropped
 *   mismatch, unreadable                         | no           | none
 *
 * The key is the site, the kind and the time the site's own state gives (else the event's):
 * an event replayed is the same outbox row, and a watcher restarted learns nothing anew from what
 * its store already knew (fleet/watcher.ts), so a change missed while away is told once.
 */
import type { FleetChange } from '../../../../shared/contract/fleet';
import type { SiteInput, SiteNotice } from '../types';

/** Losses held until they have lasted `offlineAfterMs`, by site. */
export type SitesHeld = Readonly<Record<string, SiteNotice>>;

interface SiteResult {
  held: SitesHeld;
  out: SiteNotice[];
}

const isAddress = (c: FleetChange) => /^IPv[46] address$/.test(c.what);

const without = (held: SitesHeld, site: string): SitesHeld => {
  if (!(site in held)) return held;
  const next = { ...held };
  delete next[site];
  return next;
};

/** One recorded event of a site in; the holds and the notices out. */
export function siteStep(held: SitesHeld, i: SiteInput, offlineAfterMs: number): SiteResult {
  const e = i.event;
  if (i.thisMachine) return { held, out: [] };
  const notice = (kind: SiteNotice['kind'], stamp: number): SiteNotice => ({
    kind,
    key: `site:${e.site}:${kind.slice(5)}@${stamp}`,
    at: i.at,
    site: e.site,
    changes: [],
    offlineSince: null,
    reason: null,
    offlineMs: null,
    whileAway: e.whileAway,
  });
  if (e.kind === 'changed') {
    const changes = e.changes.filter(isAddress);
    if (changes.length === 0) return { held, out: [] };
    return { held, out: [{ ...notice('site-changed', i.stateAt ?? i.at), changes }] };
  }
  if (e.kind === 'offline') {
    const n = { ...notice('site-offline', i.offlineSince ?? i.at), offlineSince: i.offlineSince, reason: e.detail };
    // Since when is not known (it went while this watcher was away): nothing to wait for.
    if (i.offlineSince === null || i.at - i.offlineSince >= offlineAfterMs)
      return { held: without(held, e.site), out: [n] };
    return { held: { ...held, [e.site]: n }, out: [] };
  }
  if (e.kind === 'online') {
    const rest = without(held, e.site);
    if (i.offlineSince === null || e.detail === 'first seen') return { held: rest, out: [] };
    const offlineMs = Math.max(0, i.at - i.offlineSince);
    if (offlineMs < offlineAfterMs) return { held: rest, out: [] };
    return {
      held: rest,
      out: [{ ...notice('site-online', i.stateAt ?? i.at), offlineSince: i.offlineSince, offlineMs }],
    };
  }
  return { held, out: [] };
}

/** The held losses due by `now`, told (their `at`: when they became due). */
export function siteTick(held: SitesHeld, now: number, offlineAfterMs: number): SiteResult {
  const due = Object.values(held).filter((n) => n.offlineSince !== null && n.offlineSince + offlineAfterMs <= now);
  if (due.length === 0) return { held, out: [] };
  let next = held;
  for (const n of due) next = without(next, n.site);
  return { held: next, out: due.map((n) => ({ ...n, at: n.offlineSince! + offlineAfterMs })) };
}

/** When the next held loss is due, or null. */
export function siteWake(held: SitesHeld, offlineAfterMs: number): number | null {
  const times = Object.values(held).map((n) => (n.offlineSince ?? 0) + offlineAfterMs);
  return times.length ? Math.min(...times) : null;
}
