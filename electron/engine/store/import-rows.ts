/**
 * The store's side of an import: the rows a merge reads and writes. Which rows an import adds,
 * grows or sets aside is the history importer's decision (electron/engine/history-import); the
 * SQL is here, and HistoryStore.beginImport runs it all in one transaction.
 */
import { addressKey } from '../../../shared/ip';
import type { Family, Trigger } from '../../../shared/types';
import { all, type Database, num, one, str } from './sqlite';

/** A run coming into the history. */
export interface RunIn {
  family: Family;
  ip: string;
  firstSeen: number;
  lastSeen: number;
  checks: number;
  sources: string[];
}
export interface ChangeIn {
  family: Family;
  from: string | null;
  to: string;
  at: number;
  sources: string[];
  trigger: Trigger;
}
export interface OutageIn {
  start: number;
  end: number | null;
  cause: string;
}
/** A monitor session; one that was running when exported comes in ended at its last sign of life. */
export interface SessionIn {
  start: number;
  end: number;
  lastAlive: number;
  clean: boolean;
}

/** A run already in the store. */
export interface StoredRun {
  id: number;
  ip: string;
  firstSeen: number;
  lastSeen: number;
  checks: number;
  sources: string[];
  /** A stored change opened this run. */
  locked: boolean;
}

export interface ImportRows {
  /** The family's stored runs. */
  runs(family: Family): StoredRun[];
  deleteRun(id: number): void;
  updateRun(run: StoredRun): void;
  insertRun(run: RunIn): void;
  /** A change of this family at this time to this address is stored already. */
  hasChange(change: ChangeIn): boolean;
  insertChange(change: ChangeIn): void;
  /** Adds the outage unless one starts at the same time; whether it was added. */
  addOutage(outage: OutageIn): boolean;
  /** Adds the session unless one starts at the same time; whether it was added. */
  addSession(session: SessionIn): boolean;
}

const STORED_RUNS = `SELECT r.id, r.ip, r.first_seen, r.last_seen, r.checks, r.sources,
  EXISTS (SELECT 1 FROM changes c WHERE c.family = r.family AND c.at = r.first_seen AND c.new = r.ip
    AND c.old IS NOT NULL) AS locked
  FROM runs r WHERE r.family = ?`;

export function importRows(db: Database): ImportRows {
  const added = () => db.getRowsModified() > 0;
  return {
    runs: (family) =>
      all(db, STORED_RUNS, [family]).map((r) => ({
        id: num(r.id),
        ip: str(r.ip),
        firstSeen: num(r.first_seen),
        lastSeen: num(r.last_seen),
        checks: num(r.checks),
        sources: str(r.sources).split(',').filter(Boolean),
        locked: num(r.locked) === 1,
      })),
    deleteRun: (id) => db.run('DELETE FROM runs WHERE id = ?', [id]),
    updateRun: (u) =>
      db.run('UPDATE runs SET first_seen = ?, last_seen = ?, checks = ?, sources = ? WHERE id = ?', [
        u.firstSeen,
        u.lastSeen,
        u.checks,
        u.sources.join(','),
        u.id,
      ]),
    insertRun: (r) =>
      db.run(
        `INSERT INTO runs (family, ip, prefix, first_seen, last_seen, checks, sources) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          r.family,
          r.ip,
          r.family === 6 ? addressKey(r.ip, 6) : null,
          r.firstSeen,
          r.lastSeen,
          r.checks,
          r.sources.join(','),
        ],
      ),
    hasChange: (c) =>
      !!one(db, 'SELECT 1 AS y FROM changes WHERE family = ? AND at = ? AND new = ?', [c.family, c.at, c.to]),
    insertChange: (c) =>
      db.run('INSERT INTO changes (family, old, new, at, sources, trigger) VALUES (?, ?, ?, ?, ?, ?)', [
        c.family,
        c.from,
        c.to,
        c.at,
        c.sources.join(','),
        c.trigger,
      ]),
    addOutage(o) {
      db.run('INSERT INTO outages (start_at, end_at, cause) VALUES (?, ?, ?) ON CONFLICT (start_at) DO NOTHING', [
        o.start,
        o.end,
        o.cause,
      ]);
      return added();
    },
    addSession(s) {
      db.run(
        `INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (?, ?, ?, ?)
         ON CONFLICT (start_at) DO NOTHING`,
        [s.start, s.end, s.lastAlive, s.clean ? 1 : 0],
      );
      return added();
    },
  };
}
