/**
 * Audit log: who changed a setting, signed in or ran a bot command, when, and how it went. Bounded
 * (issue 58), so nothing from outside grows it without end, and a flood of one kind of row cannot
 * erase another: each row is of one kind (auditKind), each kind keeps its newest
 * AUDIT_KIND_ROWS rows, and each write drops the oldest rows (up to AGED_PER_WRITE of them) that
 * are older than AUDIT_MAX_AGE_DAYS. So a viewer token signing in or being refused in a loop (each
 * already counted on one row: api/repeated-rows.ts) pushes out older sign-ins or refusals at most,
 * never an admin's change. Rows are written in time order, so the oldest by id are the oldest; a
 * home writes a few rows a day and ages out as few, so the age keeps up. The deletes walk the
 * index of the row's kind and the id (the table's rowid): a write costs the same at 10 rows or
 * 20,000, and at most its kind's bound of index entries. A row may keep its detail as a reason code
 * too (`reason_code`, migration 18: a Discord sign-in's why), its English the detail (issue 62),
 * and a row counted several times its count (`repeat_times`, `repeat_span_ms`, migration 19).
 */
import { AUDIT_KIND_ROWS, AUDIT_KINDS, type AuditKind, auditKind } from './audit-kinds';
import type { StoreContext } from './context';
import type { AuditEntry, AuditRepeated, AuditRowInput } from './history-types';
import { reasonColumn, reasonFromColumn } from './reason-column';
import { all, num, numOrNull, one, str, strOrNull } from './sqlite';

export { AUDIT_KIND_ROWS, AUDIT_KINDS, type AuditKind, auditKind } from './audit-kinds';

/** Rows kept at most in all. */
export const AUDIT_MAX_ROWS = AUDIT_KINDS.length * AUDIT_KIND_ROWS;
/** Days a row is kept. */
export const AUDIT_MAX_AGE_DAYS = 365;
/** Aged rows one write drops at most (from the oldest end). */
const AGED_PER_WRITE = 16;
const DAY_MS = 24 * 3600_000;

/** Drops the rows past the bounds: the oldest of this kind past its count, then the oldest past the age. */
function pruneAudit(ctx: StoreContext, kind: AuditKind, kindRows: number, now: number): void {
  ctx.db.run(
    'DELETE FROM audit WHERE kind = ? AND id <= (SELECT id FROM audit WHERE kind = ? ORDER BY id DESC LIMIT 1 OFFSET ?)',
    [kind, kind, kindRows],
  );
  ctx.db.run('DELETE FROM audit WHERE id IN (SELECT id FROM audit ORDER BY id LIMIT ?) AND at < ?', [
    AGED_PER_WRITE,
    now - AUDIT_MAX_AGE_DAYS * DAY_MS,
  ]);
}

/** Writes a row and keeps its kind to `kindRows` (AUDIT_KIND_ROWS unless the store was opened with another). */
export function writeAudit(ctx: StoreContext, e: AuditRowInput, kindRows = AUDIT_KIND_ROWS): number {
  const kind = auditKind(e.action, e.result);
  ctx.db.run('INSERT INTO audit (at, actor, action, detail, result, kind, reason_code) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    e.at ?? ctx.clock.now(),
    e.actor,
    e.action,
    e.detail ?? null,
    e.result,
    kind,
    reasonColumn(e.reason),
  ]);
  const id = num(one(ctx.db, 'SELECT last_insert_rowid() AS id')?.id ?? 0);
  pruneAudit(ctx, kind, kindRows, ctx.clock.now());
  ctx.dirty('event');
  return id;
}

/**
 * One row's detail written again, and how often it was done over how long (a refusal repeated:
 * api/repeated-rows.ts counts it on its row; migration 19); false when no such row.
 */
export function redetailAudit(ctx: StoreContext, id: number, detail: string, repeated?: AuditRepeated): boolean {
  ctx.db.run('UPDATE audit SET detail = ?, repeat_times = ?, repeat_span_ms = ? WHERE id = ?', [
    detail,
    repeated?.times ?? null,
    repeated?.spanMs ?? null,
    id,
  ]);
  const changed = ctx.db.getRowsModified() > 0;
  if (changed) ctx.dirty('event');
  return changed;
}

export function readAudit(ctx: StoreContext, q: { limit?: number; offset?: number } = {}): AuditEntry[] {
  const limit = Math.min(Math.max(Math.trunc(q.limit ?? 100), 1), 1000);
  const offset = Math.max(Math.trunc(q.offset ?? 0), 0);
  return all(ctx.db, 'SELECT * FROM audit ORDER BY at DESC, id DESC LIMIT ? OFFSET ?', [limit, offset]).map((r) => {
    // A row kept before migration 18, or without a code, has none: its English detail stands.
    const reason = reasonFromColumn(strOrNull(r.reason_code));
    // A row counted before migration 19 has no count of its own: its English detail says it.
    const times = numOrNull(r.repeat_times);
    const repeated = times === null ? undefined : { times, spanMs: num(r.repeat_span_ms) };
    return {
      id: num(r.id),
      at: num(r.at),
      actor: str(r.actor),
      action: str(r.action),
      detail: strOrNull(r.detail),
      result: str(r.result),
      ...(reason && { reason }),
      ...(repeated && { repeated }),
    };
  });
}

export const countAudit = (ctx: StoreContext): number => num(one(ctx.db, 'SELECT COUNT(*) AS n FROM audit')?.n ?? 0);
