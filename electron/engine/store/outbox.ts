/**
 * The durable notification queue. Every state change is an 'event' write, so it reaches
 * the disk within the event debounce; the notifier calls flushNow() before a first
 * delivery attempt so a crash cannot send a message twice without a trace.
 */
import type { StoreContext } from './context';
import { all, num, numOrNull, one, type Row, str, strOrNull } from './sqlite';
import type { OutboxItem, OutboxStatus, OutboxStore } from './types';

const toItem = (r: Row): OutboxItem => ({
  id: num(r.id),
  channel: str(r.channel),
  key: str(r.key),
  payload: str(r.payload),
  createdAt: num(r.created_at),
  attempts: num(r.attempts),
  nextAt: num(r.next_at),
  status: str(r.status) as OutboxStatus,
  lastError: strOrNull(r.last_error),
  doneAt: numOrNull(r.done_at),
});

/**
 * The alert policy's journals (held notices) live in this table under reserved channels with
 * this prefix. They are not channel sends: list(), expired() and channels() leave them out unless
 * a caller names such a channel; the policy reads its rows through pending().
 */
export const POLICY_JOURNAL_PREFIX = '~policy.';
const NOT_JOURNAL = `channel NOT LIKE '${POLICY_JOURNAL_PREFIX}%'`;

/** The outbox table's queries; the store adds flushNow (its saver's). */
export function createOutbox(ctx: StoreContext): Omit<OutboxStore, 'flushNow'> {
  return { ...writes(ctx), ...reads(ctx) };
}

type Writes = Pick<
  OutboxStore,
  'enqueue' | 'markSent' | 'markRetry' | 'markExpired' | 'markRejected' | 'resend' | 'prune'
>;

/** Every change of the queue, each an 'event' write. */
function writes(ctx: StoreContext): Writes {
  const byId = (id: number) => {
    const r = one(ctx.db, 'SELECT * FROM outbox WHERE id = ?', [id]);
    if (!r) throw new Error(`outbox item ${id} does not exist`);
    return r;
  };
  const update = (sql: string, params: (string | number | null)[]) => {
    ctx.db.run(sql, params);
    ctx.dirty('event');
  };
  return {
    enqueue(item) {
      ctx.db.run(
        `INSERT INTO outbox (channel, key, payload, created_at, next_at, status) VALUES (?, ?, ?, ?, ?, 'pending')
         ON CONFLICT (channel, key) DO NOTHING`,
        [item.channel, item.key, item.payload, item.createdAt, item.createdAt],
      );
      if (ctx.db.getRowsModified() > 0) ctx.dirty('event');
      const r = one(ctx.db, 'SELECT * FROM outbox WHERE channel = ? AND key = ?', [item.channel, item.key]);
      if (!r) throw new Error('outbox insert vanished');
      return toItem(r);
    },
    markSent(id, at) {
      byId(id);
      update(
        `UPDATE outbox SET status = 'sent', attempts = attempts + 1, done_at = ?, last_error = NULL WHERE id = ?`,
        [at, id],
      );
    },
    markRetry(id, nextAt, error) {
      byId(id);
      update(`UPDATE outbox SET attempts = attempts + 1, next_at = ?, last_error = ? WHERE id = ?`, [
        nextAt,
        error,
        id,
      ]);
    },
    markExpired(id, at, error) {
      byId(id);
      update(`UPDATE outbox SET status = 'expired', done_at = ?, last_error = ? WHERE id = ?`, [at, error, id]);
    },
    markRejected(id, at, error) {
      byId(id);
      update(
        `UPDATE outbox SET status = 'rejected', attempts = attempts + 1, done_at = ?, last_error = ? WHERE id = ?`,
        [at, error, id],
      );
    },
    resend(id, at) {
      const row = toItem(byId(id));
      if (row.status !== 'expired' && row.status !== 'rejected')
        throw new Error(`notification ${id} is ${row.status}: only expired or rejected ones can be resent`);
      // A new id puts it at the end of the channel's queue, behind what is waiting now; the key
      // (and so the Idempotency-Key the receiver sees) stays the same.
      const next = num(one(ctx.db, 'SELECT max(id) + 1 AS n FROM outbox')?.n);
      update(
        `UPDATE outbox SET id = ?, status = 'pending', attempts = 0, next_at = ?, last_error = NULL, done_at = NULL WHERE id = ?`,
        [next, at, id],
      );
      return toItem(byId(next));
    },
    prune(before) {
      ctx.db.run(`DELETE FROM outbox WHERE status IN ('sent', 'expired', 'rejected') AND done_at < ?`, [before]);
      const removed = ctx.db.getRowsModified();
      if (removed > 0) {
        // auto_vacuum is incremental (migration 1): hand the freed pages back so the file shrinks.
        ctx.db.run('PRAGMA incremental_vacuum');
        ctx.dirty('event');
      }
      return removed;
    },
  };
}

function reads(ctx: StoreContext): Omit<OutboxStore, keyof Writes | 'flushNow'> {
  return {
    pending(channel, limit = 100) {
      return all(ctx.db, `SELECT * FROM outbox WHERE channel = ? AND status = 'pending' ORDER BY id LIMIT ?`, [
        channel,
        limit,
      ]).map(toItem);
    },
    list(query = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.channel === undefined) where.push(NOT_JOURNAL);
      for (const [column, value] of [
        ['channel', query.channel],
        ['status', query.status],
      ] as const) {
        if (value === undefined) continue;
        where.push(`${column} = ?`);
        params.push(value);
      }
      const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return all(ctx.db, sql, [...params, query.limit ?? 50]).map(toItem);
    },
    expired(channel, limit = 50) {
      // Unnamed, it is the channels' expired sends: a held notice the policy set aside unreadable is none.
      const [where, params] = channel === undefined ? [NOT_JOURNAL, []] : ['channel = ?', [channel]];
      return all(
        ctx.db,
        `SELECT * FROM outbox WHERE ${where} AND status = 'expired' ORDER BY done_at DESC, id DESC LIMIT ?`,
        [...params, limit],
      ).map(toItem);
    },
    counts(channel) {
      const out: Record<OutboxStatus, number> = { pending: 0, expired: 0, sent: 0, rejected: 0 };
      for (const r of all(ctx.db, 'SELECT status, count(*) AS n FROM outbox WHERE channel = ? GROUP BY status', [
        channel,
      ])) {
        out[str(r.status) as OutboxStatus] = num(r.n);
      }
      return out;
    },
    channels() {
      return all(ctx.db, `SELECT DISTINCT channel FROM outbox WHERE ${NOT_JOURNAL} ORDER BY channel`).map((r) =>
        str(r.channel),
      );
    },
  };
}
