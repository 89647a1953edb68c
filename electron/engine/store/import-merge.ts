/**
 * Every import ends here: a validated batch merged in one transaction. Runs join the stored
 * history by the rules in import-plan.ts, so a second import of the same data is a no-op and
 * a grown file grows its runs; changes are keyed by (family, at, new), outages and monitor
 * sessions by their start.
 */
import { addressKey, parseAddress } from '../../../shared/ip';
import { FAMILIES, type Family, type Trigger } from '../../../shared/types';
import type { ImportFormat, ImportResult } from './history-types';
import { changeFits, planRuns, type StoredRun } from './import-plan';
import { all, type Database, num, one, str, transaction } from './sqlite';

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
export interface ImportBatch {
  runs: RunIn[];
  changes: ChangeIn[];
  outages: OutageIn[];
  /** Absent from files without sessions (other tools, exports before sessions were kept). */
  sessions?: SessionIn[];
}

/** A file that cannot be imported; the message is meant for the user as is. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Files larger than this are refused before parsing: an export of decades of history is a few MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Canonical text of an address of the given family, or null. */
export function canonicalIp(text: string, family?: Family): string | null {
  const p = parseAddress(text.trim());
  if (!p || (family !== undefined && p.family !== family)) return null;
  return p.addr.toString();
}

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

/**
 * Turns a list of sightings (another tool's history: an address and when it was seen)
 * into runs and changes: consecutive sightings of one address form a run that lasts
 * until the next address, which opens the next run with a change from the previous.
 */
export function sightingsToBatch(sightings: { ip: string; at: number }[], source: string): ImportBatch {
  const batch: ImportBatch = { runs: [], changes: [], outages: [] };
  const sorted = [...sightings].sort((a, b) => a.at - b.at);
  const open = new Map<Family, RunIn>();
  const seen = new Set<string>();
  for (const s of sorted) {
    const p = parseAddress(s.ip);
    if (!p) throw new ImportError(`not an IP address: ${JSON.stringify(s.ip.slice(0, 60))}`);
    const ip = p.addr.toString();
    const dup = `${ip}@${s.at}`;
    if (seen.has(dup)) continue;
    seen.add(dup);
    const run = open.get(p.family);
    if (run && addressKey(run.ip, p.family) === addressKey(ip, p.family)) {
      run.lastSeen = s.at;
      run.checks += 1;
      continue;
    }
    if (run) {
      // These tools log when an address was set, so the previous one held until now.
      run.lastSeen = s.at;
      batch.changes.push({ family: p.family, from: run.ip, to: ip, at: s.at, sources: [source], trigger: 'import' });
    }
    const next: RunIn = { family: p.family, ip, firstSeen: s.at, lastSeen: s.at, checks: 1, sources: [source] };
    batch.runs.push(next);
    open.set(p.family, next);
  }
  return batch;
}
