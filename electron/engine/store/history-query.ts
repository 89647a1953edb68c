/**
 * Paged, filtered reads of the address runs, each joined with the change that opened it: newest
 * first by the history's sequence (sequence.ts), not by the wall stamps they show.
 */
import { type NetworkShift, networkShift } from '../../../shared/network-shift';
import type { Family, Trigger } from '../../../shared/types';
import type { HistoryEntry, HistoryPage, HistoryQuery } from './history-types';
import { identityOfRow } from './identities';
import { all, type Database, num, numOrNull, one, type Row, type SqlValue, str, strOrNull } from './sqlite';

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

/** Each run with the change that opened it and the AS and block of the run that change ended (the address before). */
export const RUN_SELECT = `SELECT r.*, c.old AS change_old, c.trigger AS change_trigger, c.sources AS change_sources,
    p.asn AS before_asn, p.block AS before_block
  FROM runs r LEFT JOIN changes c ON c.family = r.family AND c.at = r.first_seen AND c.new = r.ip
  LEFT JOIN runs p ON p.id = (SELECT q.id FROM runs q WHERE q.family = r.family AND q.ip = c.old AND q.seq < r.seq
    ORDER BY q.seq DESC LIMIT 1)`;

/** What changed in the network with the change that opened the run (shared/network-shift.ts); null for none or unknown. */
function shiftOfRow(r: Row): NetworkShift | null {
  if (r.change_old == null) return null;
  return networkShift(
    { ip: str(r.change_old), asn: numOrNull(r.before_asn), block: strOrNull(r.before_block) },
    { ip: str(r.ip), asn: numOrNull(r.asn), block: strOrNull(r.block) },
  );
}

/** The network shift of one change, read from the run it opened and the run before (the Activity's change events). */
export function changeShift(
  db: Database,
  family: Family,
  at: number,
  from: string | null,
  to: string,
): NetworkShift | null {
  if (from === null) return null;
  const r = one(db, `${RUN_SELECT} WHERE r.family = ? AND r.first_seen = ? AND r.ip = ?`, [family, at, to]);
  return r ? shiftOfRow(r) : null;
}

export function toEntry(r: Row): HistoryEntry {
  const network = shiftOfRow(r);
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
        : {
            from: strOrNull(r.change_old),
            trigger: str(r.change_trigger) as Trigger,
            sources: list(r.change_sources),
            ...(network ? { network } : {}),
          },
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
