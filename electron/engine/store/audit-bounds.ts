/**
 * The audit log's bounds as a store keeps them (audit.ts writes and prunes by them), and the time
 * its rows age against. Apart from audit.ts so the store's core reads them without importing the
 * rows' types (which would close an import circle through history-types.ts).
 */
import type { Clock } from '../clock';
import { ageClock } from './age-clock';
import {
  AUDIT_CHANGE_DAYS,
  AUDIT_CHANGE_ROWS,
  AUDIT_KIND_DAYS,
  AUDIT_KIND_ROWS,
  type AuditKind,
  principalRows,
} from './audit-kinds';
import { type Database, numOrNull, one } from './sqlite';

/** The bounds a store keeps its audit log to: each lower kind's rows (tests make it small), the owner's changes'. */
export interface AuditBounds {
  kindRows: number;
  changeRows: number;
}
export const AUDIT_BOUNDS: AuditBounds = { kindRows: AUDIT_KIND_ROWS, changeRows: AUDIT_CHANGE_ROWS };

/** Pure: a kind's bounds: rows, rows per principal (null: none, the owner's) and days. */
export function kindBounds(
  kind: AuditKind,
  b: AuditBounds,
): { rows: number; perPrincipal: number | null; days: number } {
  if (kind === 'change') return { rows: b.changeRows, perPrincipal: null, days: AUDIT_CHANGE_DAYS };
  return { rows: b.kindRows, perPrincipal: principalRows(b.kindRows), days: AUDIT_KIND_DAYS };
}

/** The time rows age against (see the top): age-clock.ts's guard from the newest row's stamp at open. */
export function auditAgeClock(db: Database, clock: Pick<Clock, 'now' | 'monotonic'>): () => number {
  return ageClock(numOrNull(one(db, 'SELECT MAX(at) AS at FROM audit')?.at ?? null), clock);
}
