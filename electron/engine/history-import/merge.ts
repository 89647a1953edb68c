/**
 * Every import ends here: a validated batch merged on the store's rows, in the one transaction
 * of HistoryStore.beginImport. Runs join the stored history by the rules in plan.ts, so a second
 * import of the same data is a no-op and a grown file grows its runs; changes are keyed by
 * (family, at, new), outages and monitor sessions by their start.
 */
import { FAMILIES, type Family } from '../../../shared/types';
import type { ImportRows } from '../store';
import type { ImportBatch } from './batch';
import { changeFits, planRuns } from './plan';
import type { ImportFormat, ImportResult } from './types';

/** Merges a validated batch, by the rules in plan.ts; the caller holds the transaction. */
export function mergeBatch(rows: ImportRows, format: ImportFormat, batch: ImportBatch): ImportResult {
  const result: ImportResult = {
    format,
    runs: { added: 0, grown: 0, skipped: 0, setAside: 0, trimmed: 0 },
    changes: { added: 0, skipped: 0, setAside: 0 },
    outages: { added: 0, skipped: 0 },
    sessions: { added: 0, skipped: 0 },
  };
  for (const family of FAMILIES) mergeFamily(rows, family, batch, result);
  const count = (slot: { added: number; skipped: number }, added: boolean) => {
    if (added) slot.added += 1;
    else slot.skipped += 1;
  };
  for (const o of batch.outages) count(result.outages, rows.addOutage(o));
  for (const s of batch.sessions ?? []) count(result.sessions, rows.addSession(s));
  return result;
}

/** One family's runs, then the changes that the merged runs show. */
function mergeFamily(rows: ImportRows, family: Family, batch: ImportBatch, result: ImportResult): void {
  const plan = planRuns(
    family,
    rows.runs(family),
    batch.runs.filter((r) => r.family === family),
  );
  for (const k of ['added', 'grown', 'skipped', 'setAside', 'trimmed'] as const) result.runs[k] += plan[k];
  for (const id of plan.deletes) rows.deleteRun(id);
  for (const u of plan.updates) rows.updateRun(u);
  for (const r of plan.inserts) rows.insertRun(r);
  for (const c of batch.changes.filter((x) => x.family === family)) {
    if (rows.hasChange(c)) {
      result.changes.skipped += 1;
    } else if (!changeFits(c, plan.timeline)) {
      result.changes.setAside += 1;
    } else {
      rows.insertChange(c);
      result.changes.added += 1;
    }
  }
}
