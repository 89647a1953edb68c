/**
 * Audit log: who changed a setting, signed in or ran a bot command, when, and how it went. Bounded
 * (issue 58), so nothing from outside grows it without end: each write keeps the newest
 * AUDIT_MAX_ROWS rows, and drops the oldest rows (up to AGED_PER_WRITE of them) that are older
 * than AUDIT_MAX_AGE_DAYS. Rows are written in time order, so the oldest by id are the oldest; a
 * home writes a few rows a day and ages out as few, so the age keeps up. Both deletes walk the id
 * (the table's rowid) only: a write costs the same at 10 rows or 20,000. A client repeating a
 * refused request counts on one row already (api/refusals.ts).
 */
import type { StoreContext } from './context';
import type { AuditEntry } from './history-types';
import { all, num, one, str, strOrNull } from './sqlite';

/** Rows kept at most (about 200 bytes each: some 4 MB). */
export const AUDIT_MAX_ROWS = 20_000;
/** Days a row is kept. */
export const AUDIT_MAX_AGE_DAYS = 365;
/** Aged rows one write drops at most (from the oldest end). */
const AGED_PER_WRITE = 16;
const DAY_MS = 24 * 3600_000;

/** Drops the rows past the bounds: the oldest past the count, then the oldest past the age. */
function pruneAudit(ctx: StoreContext, newest: number, now: number): void {
  // Ids only grow and rows go only from the oldest end: at most AUDIT_MAX_ROWS ids are above this.
  ctx.db.run('DELETE FROM audit WHERE id <= ?', [newest - AUDIT_MAX_ROWS]);
  ctx.db.run('DELETE FROM audit WHERE id IN (SELECT id FROM audit ORDER BY id LIMIT ?) AND at < ?', [
    AGED_PER_WRITE,
    now - AUDIT_MAX_AGE_DAYS * DAY_MS,
  ]);
}

export function writeAudit(
  ctx: StoreContext,
  e: { actor: string; action: string; detail?: string | null; result: string; at?: number },
): number {
  ctx.db.run('INSERT INTO audit (at, actor, action, detail, result) VALUES (?, ?, ?, ?, ?)', [
    e.at ?? ctx.clock.now(),
    e.actor,
    e.action,
    e.detail ?? null,
    e.result,
  ]);
  const id = num(one(ctx.db, 'SELECT last_insert_rowid() AS id')?.id ?? 0);
  pruneAudit(ctx, id, ctx.clock.now());
  ctx.dirty('event');
  return id;
}

/** One row's detail written again (a refusal repeated: api/refusals.ts counts it on its row); false when no such row. */
export function redetailAudit(ctx: StoreContext, id: number, detail: string): boolean {
  ctx.db.run('UPDATE audit SET detail = ? WHERE id = ?', [detail, id]);
  const changed = ctx.db.getRowsModified() > 0;
  if (changed) ctx.dirty('event');
  return changed;
}

export function readAudit(ctx: StoreContext, q: { limit?: number; offset?: number } = {}): AuditEntry[] {
  const limit = Math.min(Math.max(Math.trunc(q.limit ?? 100), 1), 1000);
  const offset = Math.max(Math.trunc(q.offset ?? 0), 0);
  return all(ctx.db, 'SELECT * FROM audit ORDER BY at DESC, id DESC LIMIT ? OFFSET ?', [limit, offset]).map((r) => ({
    id: num(r.id),
    at: num(r.at),
    actor: str(r.actor),
    action: str(r.action),
    detail: strOrNull(r.detail),
    result: str(r.result),
  }));
}

export const countAudit = (ctx: StoreContext): number => num(one(ctx.db, 'SELECT COUNT(*) AS n FROM audit')?.n ?? 0);
