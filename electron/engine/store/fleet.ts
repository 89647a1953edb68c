/**
 * What a fleet watcher learnt of the sites it watches (tables fleet_sites and fleet_events,
 * migration 14): each site's last state as held, and its events (changes, online, offline, a name
 * that differs from its topic), so that a restarted watcher starts from what it knew and records
 * what changed while it was away. Kept apart from this machine's own runs, changes and outages:
 * a watched site never enters this machine's history. Each site keeps its newest
 * FLEET_EVENTS_KEPT events. A site forgotten (fleet/forget.ts) keeps only a marker in its row,
 * `{ "forgotten": { at, stateAt } }`, so a restarted watcher still ignores its old retained state;
 * its events are deleted. Rows are read through the contract's checks (contract/fleet/checked.ts):
 * a row kept before them shows a bad value as unknown, never as sent.
 */
import { type FleetEvent, type FleetSite, storedEvent, storedSite } from '../../../shared/contract/fleet';
import type { StoreCore } from './core';
import { all, num, type Row } from './sqlite';

/** Events kept per site: a few months of a site that changes daily; older ones are deleted. */
export const FLEET_EVENTS_KEPT = 500;

export type NewFleetEvent = Omit<FleetEvent, 'id'>;

export interface FleetStore {
  /** Every site held, as last saved. */
  fleetSites(): FleetSite[];
  /** Keeps a site as held now (its row replaced). */
  saveFleetSite(site: FleetSite): void;
  /** Keeps one event of a site; a site's oldest past FLEET_EVENTS_KEPT are deleted. */
  recordFleetEvent(event: NewFleetEvent): FleetEvent;
  /** A site's newest `limit` events, newest first. */
  fleetEvents(site: string, limit: number): FleetEvent[];
  /** Forgets a site: its row becomes a marker of `stateAt` (its last state's own time), its events go. */
  forgetFleetSite(site: string, marker: ForgottenSite): void;
  /** The sites forgotten and not heard anew since, by name. */
  fleetForgotten(): Map<string, ForgottenSite>;
}

/** A site forgotten: when, and the `at` of the last state held (the site's own clock), or null. */
export interface ForgottenSite {
  at: number;
  stateAt: number | null;
}

type SiteRow = FleetSite | { forgotten: ForgottenSite };
const isForgotten = (r: SiteRow | null): r is { forgotten: ForgottenSite } =>
  r !== null && typeof (r as { forgotten?: unknown }).forgotten === 'object';

const parse = <T>(text: unknown, fallback: T): T => {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** An event row through the contract's checks (storedEvent): a row it cannot read is skipped, not thrown. */
const toEvent = (r: Row): FleetEvent[] => {
  const e = storedEvent({
    id: num(r.id),
    site: String(r.site),
    at: num(r.at),
    kind: String(r.kind),
    changes: parse(r.changes, []),
    detail: r.detail === null || r.detail === undefined ? null : String(r.detail),
    whileAway: num(r.while_away) === 1,
  });
  return e ? [e] : [];
};

export function fleetCalls(core: StoreCore): FleetStore {
  return {
    fleetSites: core.reading(() =>
      all(core.ctx.db, 'SELECT body FROM fleet_sites ORDER BY site', []).flatMap((r) => {
        const row = parse<SiteRow | null>(r.body, null);
        // Through the contract's checks (storedSite): a value kept before them is unknown or replaced, never thrown.
        const site = row && !isForgotten(row) ? storedSite(row) : null;
        return site ? [site] : [];
      }),
    ),
    fleetForgotten: core.reading(
      () =>
        new Map(
          all(core.ctx.db, 'SELECT site, body FROM fleet_sites ORDER BY site', []).flatMap((r) => {
            const row = parse<SiteRow | null>(r.body, null);
            return isForgotten(row) ? [[String(r.site), row.forgotten] as const] : [];
          }),
        ),
    ),
    forgetFleetSite: core.guard((site: string, marker: ForgottenSite) => {
      const { db } = core.ctx;
      db.run('INSERT OR REPLACE INTO fleet_sites (site, body) VALUES (?, ?)', [
        site,
        JSON.stringify({ forgotten: marker }),
      ]);
      db.run('DELETE FROM fleet_events WHERE site = ?', [site]);
      core.ctx.dirty('event');
    }),
    saveFleetSite: core.guard((site: FleetSite) => {
      core.ctx.db.run('INSERT OR REPLACE INTO fleet_sites (site, body) VALUES (?, ?)', [
        site.site,
        JSON.stringify(site),
      ]);
      core.ctx.dirty('event');
    }),
    recordFleetEvent: core.guard((e: NewFleetEvent): FleetEvent => {
      const { db } = core.ctx;
      db.run('INSERT INTO fleet_events (site, at, kind, changes, detail, while_away) VALUES (?, ?, ?, ?, ?, ?)', [
        e.site,
        e.at,
        e.kind,
        JSON.stringify(e.changes),
        e.detail,
        e.whileAway ? 1 : 0,
      ]);
      const id = num(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
      db.run(
        `DELETE FROM fleet_events WHERE site = ? AND id <= (
           SELECT id FROM fleet_events WHERE site = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
        [e.site, e.site, FLEET_EVENTS_KEPT],
      );
      core.ctx.dirty('event');
      return { id, ...e };
    }),
    fleetEvents: core.reading((site: string, limit: number): FleetEvent[] =>
      all(core.ctx.db, 'SELECT * FROM fleet_events WHERE site = ? ORDER BY id DESC LIMIT ?', [
        site,
        Math.min(FLEET_EVENTS_KEPT, Math.max(1, Math.trunc(limit))),
      ]).flatMap(toEvent),
    ),
  };
}
