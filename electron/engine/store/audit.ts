/** Audit log: who changed a setting or ran a bot command, when, and how it went. Kept forever; rows are tiny and rare. */
import type { StoreContext } from './context';
import type { AuditEntry } from './history-types';
import { all, num, one, str, strOrNull } from './sqlite';

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
