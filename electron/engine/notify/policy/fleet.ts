/**
 * Another site's news as a notice (issue 51): what the fleet's watcher kept (fleet/sites.ts
 * decides the events) that a person wants told: a new address, the site lost, the site back.
 * Never for this machine's own site (its own monitor tells those), never a name mismatch or an
 * unreadable state (the Sites page shows them). The key is the site, the kind and the event's
 * time: an event replayed is the same outbox row. Pure.
 *
 *   event                                         | this machine | notice
 *   ----------------------------------------------+--------------+-------------------------------------------
 *   any                                           | yes          | none
 *   changed, an address among the changes         | no           | site-changed, with the addresses' changes
 *   changed, no address among them (health, NAT) | no           | none (the Sites page shows it)
 *   offline                                       | no           | site-offline, "went offline 40 s ago (why)"
 *   online, first seen                            | no           | none (a new site is not a return)
 *   online, after offline                         | no           | site-online, with how long it was offline
 *   mismatch, unreadable                          | no           | none
 *
 * An event learnt while this watcher was away is told too, marked so, with its own time.
 */
import type { FleetChange, FleetEvent } from '../../../../shared/contract/fleet';
import { formatDuration } from '../../../../shared/words/duration';

export const SITE_NOTICE_KINDS = ['site-changed', 'site-offline', 'site-online'] as const;
export type SiteNoticeKind = (typeof SITE_NOTICE_KINDS)[number];

export interface SiteNotice {
  kind: SiteNoticeKind;
  key: string;
  at: number;
  site: string;
  title: string;
  summary: string;
  /** The address changes (site-changed): their `to` is masked by each channel as its own addresses are. */
  changes: FleetChange[];
  whileAway: boolean;
}

const isAddress = (c: FleetChange) => /^IPv[46] address$/.test(c.what);

/**
 * `event` of a site (`thisMachine` when it is this runner's own); `offlineSince`: when the site
 * went offline, for an online event (null when unknown); `now` for "40 s ago".
 */
export function siteNotice(
  event: FleetEvent,
  thisMachine: boolean,
  offlineSince: number | null,
  now: number,
): SiteNotice | null {
  if (thisMachine) return null;
  const away = event.whileAway ? ' (while this watcher was away)' : '';
  const base = {
    key: `site:${event.site}:${event.kind}@${event.at}`,
    at: event.at,
    site: event.site,
    whileAway: event.whileAway,
  };
  if (event.kind === 'changed') {
    const changes = event.changes.filter(isAddress);
    if (changes.length === 0) return null;
    const words = changes.map((c) => `${c.what}: ${c.from ?? 'none'} → ${c.to ?? 'none'}`).join('; ');
    return {
      ...base,
      kind: 'site-changed',
      title: `${event.site}: new address`,
      summary: `${event.site} changed${away}: ${words}`,
      changes,
    };
  }
  if (event.kind === 'offline') {
    const why = event.detail ? ` (${event.detail})` : '';
    const ago = formatDuration(Math.max(0, now - event.at));
    return {
      ...base,
      kind: 'site-offline',
      title: `${event.site} went offline`,
      summary: `${event.site} went offline ${ago} ago${why}${away}`,
      changes: [],
    };
  }
  if (event.kind === 'online' && event.detail !== 'first seen') {
    const was = offlineSince === null ? '' : ` after ${formatDuration(Math.max(0, event.at - offlineSince))} offline`;
    return {
      ...base,
      kind: 'site-online',
      title: `${event.site} is back online`,
      summary: `${event.site} is back online${was}${away}`,
      changes: [],
    };
  }
  return null;
}
