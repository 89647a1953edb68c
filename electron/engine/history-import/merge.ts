/**
 * Every import ends here: a validated batch merged in one transaction. Runs join the stored
 * history by the rules in import-plan.ts, so a second import of the same data is a no-op and
 * a grown file grows its runs; changes are keyed by (family, at, new), outages and monitor
 * sessions by their start.
 */
import { addressKey } from '../../../shared/ip';
import { FAMILIES, type Family } from '../../../shared/types';
import type { ImportFormat, ImportResult } from './history-types';
import type { ImportBatch } from './import-batch';
import { changeFits, planRuns, type StoredRun } from './import-plan';
import { all, type Database, num, one, str, transaction } from './sqlite';

const STORED_RUNS = `SELECT r.id, r.ip, r.first_seen, r.last_seen, r.checks, r.sources,
  EXISTS (SELECT 1 FROM changes c WHERE c.family = r.family AND c.at = r.first_seen AND c.new = r.ip
    AND c.old IS NOT NULL) AS locked
  FROM runs r WHERE r.family = ?`;

function storedRuns(db: Database, family: Family): StoredRun[] {
  return all(db, STORED_RUNS, [family]).map((r) => ({
    id: num(r.id),
    ip: str(r.ip),
    firstSeen: num(r.first_seen),
    lastSeen: num(r.last_seen),
    checks: num(r.checks),
    sources: str(r.sources).split(',').filter(Boolean),
    locked: num(r.locked) === 1,
  }));
}

/** Merges a validated batch in one transaction, by the rules in import-plan.ts. */
export function mergeBatch(db: Database, format: ImportFormat, batch: ImportBatch): ImportResult {
  const result: ImportResult = {
    format,
    runs: { added: 0, grown: 0, skipped: 0, setAside: 0, trimmed: 0 },
    changes: { added: 0, skipped: 0, setAside: 0 },
    outages: { added: 0, skipped: 0 },
    sessions: { added: 0, skipped: 0 },
  };
  const count = (slot: { added: number; skipped: number }) => {
    if (db.getRowsModified() > 0) slot.added += 1;
    else slot.skipped += 1;
  };
  transaction(db, () => {
    for (const family of FAMILIES) {
      const plan = planRuns(
        family,
        storedRuns(db, family),
        batch.runs.filter((r) => r.family === family),
      );
      for (const k of ['added', 'grown', 'skipped', 'setAside', 'trimmed'] as const) result.runs[k] += plan[k];
      for (const id of plan.deletes) db.run('DELETE FROM runs WHERE id = ?', [id]);
      for (const u of plan.updates)
        db.run('UPDATE runs SET first_seen = ?, last_seen = ?, checks = ?, sources = ? WHERE id = ?', [
          u.firstSeen,
          u.lastSeen,
          u.checks,
          u.sources.join(','),
          u.id,
        ]);
      for (const r of plan.inserts)
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
        );
      for (const c of batch.changes.filter((x) => x.family === family)) {
        if (one(db, 'SELECT 1 AS y FROM changes WHERE family = ? AND at = ? AND new = ?', [c.family, c.at, c.to])) {
          result.changes.skipped += 1;
        } else if (!changeFits(c, plan.timeline)) {
          result.changes.setAside += 1;
        } else {
          db.run('INSERT INTO changes (family, old, new, at, sources, trigger) VALUES (?, ?, ?, ?, ?, ?)', [
            c.family,
            c.from,
            c.to,
            c.at,
            c.sources.join(','),
            c.trigger,
          ]);
          result.changes.added += 1;
        }
      }
    }
    for (const o of batch.outages) {
      db.run('INSERT INTO outages (start_at, end_at, cause) VALUES (?, ?, ?) ON CONFLICT (start_at) DO NOTHING', [
        o.start,
        o.end,
        o.cause,
      ]);
      count(result.outages);
    }
    for (const s of batch.sessions ?? []) {
      db.run(
        `INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (?, ?, ?, ?)
         ON CONFLICT (start_at) DO NOTHING`,
        [s.start, s.end, s.lastAlive, s.clean ? 1 : 0],
      );
      count(result.sessions);
    }
  });
  return result;
}
