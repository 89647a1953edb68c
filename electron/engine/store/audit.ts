/**
 * Audit log: who changed a setting, signed in or ran a bot command, when, and how it went. Bounded
 * (issue 58): a row older than AUDIT_MAX_AGE_DAYS goes, and past AUDIT_MAX_ROWS the oldest rows go,
 * each time a row is written, so nothing from outside can grow it without end. A home writes a few
 * rows a day, so the age is the bound that acts; the row count holds against a flood (refusals
 * repeated by one client count on one row already: api/refusals.ts).
 */
import type { StoreContext } from './context';
import type { AuditEntry } from './history-types';
import { all, num, one, str, strOrNull } from './sqlite';

/** Rows kept at most (about 200 bytes each: some 4 MB). */
export const AUDIT_MAX_ROWS = 20_000;
/** Days a row is kept. */
export const AUDIT_MAX_AGE_DAYS = 365;
const DAY_MS = 24 * 3600_000;

/** Drops the rows past the bounds: older than the age (by `now`), then the oldest past the count. */
function pruneAudit(ctx: StoreContext, now: number): void {
  ctx.db.run('DELETE FROM audit WHERE at < ?', [now - AUDIT_MAX_AGE_DAYS * DAY_MS]);
  // The newest AUDIT_MAX_ROWS by id (the order they were written) stay.
  ctx.db.run('DELETE FROM audit WHERE id <= (SELECT id FROM audit ORDER BY id DESC LIMIT 1 OFFSET ?)', [
    AUDIT_MAX_ROWS,
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
  pruneAudit(ctx, ctx.clock.now());
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
