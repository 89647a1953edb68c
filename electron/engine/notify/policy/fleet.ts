/**
 * Another site's news as a notice (issue 51): what the fleet's watcher recorded (fleet/sites.ts
 * decides the events) that a person wants told: a new address, the site lost, the site back.
 * Never for this machine's own site (its own monitor tells those), never a name mismatch or an
 * unreadable state (the Sites page shows them). Damped as this machine's own news is: a loss
 * (outage.ts) is told once the site has been offline `offlineAfterMs`, and back before that,
 * neither the loss nor the return is told; a change (flap.ts) is held `flapWindowMs`, further
 * changes within it join it (from the first address to the latest), and one that came back to
 * where it was is not told. The words are site-message.ts's, at sending time. Pure.
 *
 *   event                                        | this machine | notice
 *   ---------------------------------------------+--------------+--------------------------------------------
 *   any                                          | yes          | none
 *   changed, an address among the changes        | no           | site-changed, with the address changes only
 *   changed, no address among them (health, NAT) | no           | none (the Sites page shows it)
 *   changed, flapWindowMs > 0                    | no           | held; joined by the next; told when due,
 *                                                |              | none when back where it was
 *   offline, first seen (a retained will)        | no           | none (never known online: no loss)
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

/** Losses held until they have lasted `offlineAfterMs`, and changes held `flapWindowMs`, by holdId. */
export type SitesHeld = Readonly<Record<string, SiteNotice>>;

/** The damping of site notices: the policy's own (policy/index.ts PolicyConfig). */
export interface SiteDamping {
  offlineAfterMs: number;
  flapWindowMs: number;
}

/** Where a held notice sits: a site's loss, or its change. */
export const holdId = (n: Pick<SiteNotice, 'kind' | 'site'>): string =>
  n.kind === 'site-changed' ? `changed:${n.site}` : n.site;

/** When a held notice is due. */
export const dueAt = (n: SiteNotice, c: SiteDamping): number =>
  n.kind === 'site-changed' ? n.at + c.flapWindowMs : (n.offlineSince ?? 0) + c.offlineAfterMs;

/** Two runs of changes as one: from the first's address to the latest; those back where they were left out. */
function joined(a: FleetChange[], b: FleetChange[]): FleetChange[] {
  const out = new Map(a.map((c) => [c.what, c]));
  for (const c of b) out.set(c.what, { what: c.what, from: out.get(c.what)?.from ?? c.from, to: c.to });
  return [...out.values()].filter((c) => c.from !== c.to);
}

interface SiteResult {
  held: SitesHeld;
  out: SiteNotice[];
}

const isAddress = (c: FleetChange) => /^IPv[46] address$/.test(c.what);

const without = (held: SitesHeld, id: string): SitesHeld => {
  if (!(id in held)) return held;
  const next = { ...held };
  delete next[id];
  return next;
};

/** A change told at once, or held to be joined by the next ones. */
function changed(held: SitesHeld, n: SiteNotice, c: SiteDamping): SiteResult {
  if (c.flapWindowMs <= 0) return { held, out: [n] };
  const id = holdId(n);
  const was = held[id];
  if (!was) return { held: { ...held, [id]: n }, out: [] };
  const changes = joined(was.changes, n.changes);
  // Back where it was within the window: nothing to tell.
  if (changes.length === 0) return { held: without(held, id), out: [] };
  return { held: { ...held, [id]: { ...was, key: n.key, changes, whileAway: was.whileAway || n.whileAway } }, out: [] };
}

/** One recorded event of a site in; the holds and the notices out. */
export function siteStep(held: SitesHeld, i: SiteInput, c: SiteDamping): SiteResult {
  const { offlineAfterMs } = c;
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
    return changed(held, { ...notice('site-changed', i.stateAt ?? i.at), changes }, c);
  }
  if (e.kind === 'offline') {
    if (i.firstSeen) return { held: without(held, e.site), out: [] };
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

/** The held notices due by `now`, told (a loss's `at`: when it became due; a change's: when it came). */
export function siteTick(held: SitesHeld, now: number, c: SiteDamping): SiteResult {
  const due = Object.values(held).filter((n) => dueAt(n, c) <= now);
  if (due.length === 0) return { held, out: [] };
  let next = held;
  for (const n of due) next = without(next, holdId(n));
  return { held: next, out: due.map((n) => (n.kind === 'site-offline' ? { ...n, at: dueAt(n, c) } : n)) };
}

/** When the next held notice is due, or null. */
export function siteWake(held: SitesHeld, c: SiteDamping): number | null {
  const times = Object.values(held).map((n) => dueAt(n, c));
  return times.length ? Math.min(...times) : null;
}
