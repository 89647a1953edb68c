/**
 * Paged, filtered reads of the address runs, each joined with the change that opened it: newest
 * first by the history's sequence (sequence.ts), not by the wall stamps they show.
 */
import type { Family, Trigger } from '../../../shared/types';
import type { HistoryEntry, HistoryPage, HistoryQuery } from './history-types';
import { identityOfRow } from './identities';
import { all, type Database, num, one, type Row, type SqlValue, str, strOrNull } from './sqlite';

export const MAX_LIMIT = 1000;

const list = (v: SqlValue | undefined) => str(v).split(',').filter(Boolean);

/** LIKE with the user's text taken literally (a "_" or "%" in it is not a wildcard). */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function buildFilter(q: HistoryQuery): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (q.family !== undefined) {
    clauses.push('r.family = ?');
    params.push(q.family);
  }
  if (q.from !== undefined) {
    clauses.push('r.last_seen >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    clauses.push('r.first_seen <= ?');
    params.push(q.to);
  }
  if (q.ip) {
    clauses.push("r.ip LIKE ? ESCAPE '\\'");
    params.push(likeLiteral(q.ip.trim().toLowerCase()));
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const RUN_SELECT = `SELECT r.*, c.old AS change_old, c.trigger AS change_trigger, c.sources AS change_sources
  FROM runs r LEFT JOIN changes c ON c.family = r.family AND c.at = r.first_seen AND c.new = r.ip`;

export function toEntry(r: Row): HistoryEntry {
  return {
    id: num(r.id),
    family: num(r.family) as Family,
    ip: str(r.ip),
    prefix: strOrNull(r.prefix),
    firstSeen: num(r.first_seen),
    lastSeen: num(r.last_seen),
    checks: num(r.checks),
    sources: list(r.sources),
    identity: identityOfRow(r),
    change:
      r.change_trigger == null
        ? null
        : { from: strOrNull(r.change_old), trigger: str(r.change_trigger) as Trigger, sources: list(r.change_sources) },
  };
}

export function queryHistory(db: Database, q: HistoryQuery = {}): HistoryPage {
  const limit = Math.min(Math.max(Math.trunc(q.limit ?? 50), 1), MAX_LIMIT);
  const offset = Math.max(Math.trunc(q.offset ?? 0), 0);
  const { where, params } = buildFilter(q);
  const total = num(one(db, `SELECT count(*) AS n FROM runs r ${where}`, params)?.n);
  const rows = all(db, `${RUN_SELECT} ${where} ORDER BY r.seq DESC LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return { items: rows.map(toEntry), total, limit, offset };
}
