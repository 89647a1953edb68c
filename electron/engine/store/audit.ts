/**
 * Audit log: who changed a setting, signed in or ran a bot command, when, and how it went. Bounded
 * (issues 58 and 73), so nothing from outside grows it without end, and no one's traffic erases
 * what the owner did. Each row is of one kind (auditKind), a retention class with bounds of its
 * own: the owner's changes (`change`: only an admin or the host writes them) keep their newest
 * AUDIT_CHANGE_ROWS for AUDIT_CHANGE_DAYS; each other kind its newest `kindRows` for
 * AUDIT_KIND_DAYS, and one principal (the row's actor) at most a tenth of them (principalRows): past
 * it, that principal's own oldest row of the kind goes. So a viewer signing out in a loop (each
 * burst already counted on one row: api/audit/repeated-rows.ts) pushes out its own older rows, never
 * another's and never an admin's change.
 *
 * Age: rows are written in time order, so the oldest by id are the oldest. A write drops, of each
 * kind, up to AGED_PER_WRITE of the oldest rows, and only a run of them from the oldest on that
 * are all past the kind's age (a row stamped in the past by a clock set back, written after
 * younger rows, waits for them). The age is measured against the wall clock, but never ahead of
 * the monotonic time since the store opened counted from the newest row then kept (ageNow), so a
 * wall clock set forward (a bad RTC, a typo) drops nothing early; set back, it keeps rows longer.
 * The cost: rows age only from the newest stamp at open, so a row can outlive its age by the time
 * the runner was stopped since that row. The deletes walk the index of the row's kind (and actor)
 * and id: a write costs the same at 10 rows or 20,000. A row may keep its detail as a reason code
 * too (`reason_code`, migration 18: a Discord sign-in's why), its English the detail (issue 62),
 * and a row counted several times its count (`repeat_times`, `repeat_span_ms`, migration 19).
 */
import { type AuditBounds, AUDIT_BOUNDS, kindBounds } from './audit-bounds';
import { AUDIT_CHANGE_ROWS, AUDIT_KIND_ROWS, AUDIT_KINDS, type AuditKind, auditKind } from './audit-kinds';
import type { StoreContext } from './context';
import type { AuditEntry, AuditRepeated, AuditRowInput } from './history-types';
import { reasonColumn, reasonFromColumn } from './reason-column';
import { all, num, numOrNull, one, str, strOrNull } from './sqlite';

export {
  AUDIT_CHANGE_DAYS,
  AUDIT_CHANGE_ROWS,
  AUDIT_KIND_DAYS,
  AUDIT_KIND_ROWS,
  AUDIT_KINDS,
  type AuditKind,
  auditKind,
  principalRows,
} from './audit-kinds';
export { type AuditBounds, AUDIT_BOUNDS, auditAgeClock, kindBounds } from './audit-bounds';

/** Rows kept at most in all (the product's bounds). */
export const AUDIT_MAX_ROWS = (AUDIT_KINDS.length - 1) * AUDIT_KIND_ROWS + AUDIT_CHANGE_ROWS;
/** Aged rows one write drops at most of each kind (from the oldest end). */
const AGED_PER_WRITE = 16;
const DAY_MS = 24 * 3600_000;

/** Drops the rows past the bounds: the principal's oldest of this kind past its share, the kind's past its count, then each kind's aged. */
function pruneAudit(ctx: StoreContext, kind: AuditKind, actor: string, b: AuditBounds, ageNow: number): void {
  const own = kindBounds(kind, b);
  // Prepared once (ctx.stmts): they run at every write.
  if (own.perPrincipal !== null)
    ctx.stmts.run(
      'DELETE FROM audit WHERE kind = ? AND actor = ? AND id <= (SELECT id FROM audit WHERE kind = ? AND actor = ? ORDER BY id DESC LIMIT 1 OFFSET ?)',
      [kind, actor, kind, actor, own.perPrincipal],
    );
  ctx.stmts.run(
    'DELETE FROM audit WHERE kind = ? AND id <= (SELECT id FROM audit WHERE kind = ? ORDER BY id DESC LIMIT 1 OFFSET ?)',
    [kind, kind, own.rows],
  );
  for (const k of AUDIT_KINDS) {
    // The oldest rows up to (not including) the kind's first that is not past its age.
    const cutoff = ageNow - kindBounds(k, b).days * DAY_MS;
    ctx.stmts.run(
      `DELETE FROM audit WHERE id IN (SELECT id FROM audit WHERE kind = ?1 AND id < COALESCE(
         (SELECT id FROM audit WHERE kind = ?1 AND at >= ?2 ORDER BY id LIMIT 1), 9007199254740991)
       ORDER BY id LIMIT ?3)`,
      [k, cutoff, AGED_PER_WRITE],
    );
  }
}

/** Writes a row and keeps the log to its bounds; `ageNow` the time rows age against (auditAgeClock). */
export function writeAudit(
  ctx: StoreContext,
  e: AuditRowInput,
  b: AuditBounds = AUDIT_BOUNDS,
  ageNow: () => number = () => ctx.clock.now(),
): number {
  const kind = auditKind(e.action, e.result);
  ctx.stmts.run(
    'INSERT INTO audit (at, actor, action, detail, result, kind, reason_code) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [e.at ?? ctx.clock.now(), e.actor, e.action, e.detail ?? null, e.result, kind, reasonColumn(e.reason)],
  );
  const id = num(ctx.stmts.first('SELECT last_insert_rowid()', [])?.[0] ?? 0);
  pruneAudit(ctx, kind, e.actor, b, ageNow());
  ctx.dirty('event');
  return id;
}

/**
 * One row's detail written again, and how often it was done over how long (a refusal repeated:
 * api/audit/repeated-rows.ts counts it on its row; migration 19); false when no such row.
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
