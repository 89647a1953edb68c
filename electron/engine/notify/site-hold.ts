/**
 * Makes the hold of other sites' news durable (policy/fleet.ts holds a site offline until it
 * has lasted `offlineAfterSec`, and its change for `flapWindowSec`), as hold-journal.ts does for
 * this machine's held changes: each notice held is written to the outbox under the reserved channel SITE_HOLD_CHANNEL, marked sent
 * when the policy tells or drops it, and put back into the policy on start. Without it a watcher
 * restarted inside the hold would never tell the loss: its store already knows the site offline,
 * so the retained will it hears again is no news.
 */
import type { OutboxStore } from '../store/types';
import { holdId, type SitesHeld } from './policy/fleet';
import type { SiteNotice } from './types';

export const SITE_HOLD_CHANNEL = '~policy.site-hold';

/** As many as a watcher holds sites (fleet/sites.ts MAX_FLEET_SITES). */
export const MAX_HELD_SITES = 2000;

/** Journals the differences between two held sets. Returns true when it wrote anything. */
export function journalSites(store: OutboxStore, before: SitesHeld, after: SitesHeld, now: number): boolean {
  if (before === after) return false;
  const was = new Set(Object.values(before).map((n) => n.key));
  const is = new Set(Object.values(after).map((n) => n.key));
  let wrote = false;
  for (const n of Object.values(after)) {
    if (was.has(n.key)) continue;
    store.enqueue({ channel: SITE_HOLD_CHANNEL, key: n.key, payload: JSON.stringify(n), createdAt: now });
    wrote = true;
  }
  const gone = new Set([...was].filter((k) => !is.has(k)));
  if (gone.size) {
    for (const row of store.pending(SITE_HOLD_CHANNEL, MAX_HELD_SITES))
      if (gone.has(row.key)) store.markSent(row.id, now);
    wrote = true;
  }
  return wrote;
}

function readHeld(payload: string): SiteNotice | null {
  try {
    const n = JSON.parse(payload) as Partial<SiteNotice> | null;
    if (!n || typeof n.site !== 'string' || typeof n.key !== 'string' || typeof n.at !== 'number') return null;
    const loss = n.kind === 'site-offline' && typeof n.offlineSince === 'number';
    const change = n.kind === 'site-changed' && Array.isArray(n.changes);
    return loss || change ? (n as SiteNotice) : null;
  } catch {
    return null;
  }
}

/** The losses and changes held when the process stopped; an unreadable row is expired. */
export function loadSites(store: OutboxStore, now: number): SitesHeld {
  const out: Record<string, SiteNotice> = {};
  for (const row of store.pending(SITE_HOLD_CHANNEL, MAX_HELD_SITES)) {
    const n = readHeld(row.payload);
    if (n) out[holdId(n)] = n;
    else store.markExpired(row.id, now, 'unreadable held site loss');
  }
  return out;
}
