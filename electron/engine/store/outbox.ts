/**
 * The durable notification queue. Every state change is an 'event' write, so it reaches
 * the disk within the event debounce; the notifier calls flushNow() before a first
 * delivery attempt so a crash cannot send a message twice without a trace.
 * Each write stamps the row's age on the monotonic clock (outbox-age.ts); the wall columns only
 * show. Finished rows are pruned against age-clock.ts's guard, so a wall clock stepped forward
 * drops none early.
 */
import { randomUUID } from 'node:crypto';

import { ageClock } from './age-clock';
import type { StoreContext } from './context';
import { type AgeAnchor, ageOf } from './outbox-age';
import { all, num, numOrNull, one, type Row, str, strOrNull } from './sqlite';
import type { OutboxItem, OutboxStatus, OutboxStore } from './types';

/** This run's monotonic anchor: one per open of the store. */
type Anchor = Omit<AgeAnchor, 'mono'>;

const rowAge = (r: Row, a: Anchor, mono: number): number =>
  ageOf(
    {
      waitedMs: num(r.waited_ms),
      stampedAt: num(r.stamped_at),
      stampMono: num(r.stamp_mono),
      stampRun: str(r.stamp_run),
    },
    { ...a, mono },
  );

const itemOf = (r: Row, ageMs: number): OutboxItem => ({
  id: num(r.id),
  channel: str(r.channel),
  key: str(r.key),
  payload: str(r.payload),
  createdAt: num(r.created_at),
  attempts: num(r.attempts),
  nextAt: num(r.next_at),
  ageMs,
  dueMs: num(r.due_ms),
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
  const anchor: Anchor = { run: randomUUID(), openWall: ctx.clock.now(), openMono: ctx.clock.monotonic() };
  const toItem = (r: Row) => itemOf(r, rowAge(r, anchor, ctx.clock.monotonic()));
  const newest = numOrNull(
    one(ctx.db, 'SELECT MAX(MAX(stamped_at, COALESCE(done_at, stamped_at))) AS at FROM outbox')?.at ?? null,
  );
  return { ...writes(ctx, anchor, toItem, ageClock(newest, ctx.clock)), ...reads(ctx, toItem) };
}

type Writes = Pick<
  OutboxStore,
  'enqueue' | 'markSent' | 'markRetry' | 'markExpired' | 'markRejected' | 'resend' | 'prune'
>;

/** The stamp every write sets (outbox-age.ts): the age now, and when. */
const STAMP = 'waited_ms = ?, stamped_at = ?, stamp_mono = ?, stamp_run = ?';

/** Every change of the queue, each an 'event' write. */
function writes(ctx: StoreContext, anchor: Anchor, toItem: (r: Row) => OutboxItem, ageNow: () => number): Writes {
  const byId = (id: number) => {
    const r = one(ctx.db, 'SELECT * FROM outbox WHERE id = ?', [id]);
    if (!r) throw new Error(`outbox item ${id} does not exist`);
    return r;
  };
  /** Updates row `id` with `set` and its stamp: `age` its age now (its current one unless given). */
  const update = (id: number, set: string, params: (string | number | null)[], age?: number) => {
    const mono = ctx.clock.monotonic();
    const waited = age ?? rowAge(byId(id), anchor, mono);
    ctx.db.run(`UPDATE outbox SET ${set}, ${STAMP} WHERE id = ?`, [
      ...params,
      waited,
      ctx.clock.now(),
      mono,
      anchor.run,
      id,
    ]);
    ctx.dirty('event');
  };
  return {
    enqueue(item) {
      ctx.db.run(
        `INSERT INTO outbox (channel, key, payload, created_at, next_at, status, waited_ms, due_ms, stamped_at, stamp_mono, stamp_run)
         VALUES (?, ?, ?, ?, ?, 'pending', 0, 0, ?, ?, ?)
         ON CONFLICT (channel, key) DO NOTHING`,
        [
          item.channel,
          item.key,
          item.payload,
          item.createdAt,
          item.createdAt,
          ctx.clock.now(),
          ctx.clock.monotonic(),
          anchor.run,
        ],
      );
      if (ctx.db.getRowsModified() > 0) ctx.dirty('event');
      const r = one(ctx.db, 'SELECT * FROM outbox WHERE channel = ? AND key = ?', [item.channel, item.key]);
      if (!r) throw new Error('outbox insert vanished');
      return toItem(r);
    },
    markSent(id, at) {
      update(id, `status = 'sent', attempts = attempts + 1, done_at = ?, last_error = NULL`, [at]);
    },
    markRetry(id, waitMs, error) {
      const age = rowAge(byId(id), anchor, ctx.clock.monotonic());
      const wait = Math.max(0, waitMs);
      update(
        id,
        `attempts = attempts + 1, next_at = ?, due_ms = ?, last_error = ?`,
        [ctx.clock.now() + wait, age + wait, error],
        age,
      );
    },
    markExpired(id, at, error) {
      update(id, `status = 'expired', done_at = ?, last_error = ?`, [at, error]);
    },
    markRejected(id, at, error) {
      update(id, `status = 'rejected', attempts = attempts + 1, done_at = ?, last_error = ?`, [at, error]);
    },
    resend(id, at) {
      const row = toItem(byId(id));
      if (row.status !== 'expired' && row.status !== 'rejected')
        throw new Error(`notification ${id} is ${row.status}: only expired or rejected ones can be resent`);
      // A new id puts it at the end of the channel's queue, behind what is waiting now; the key
      // (and so the Idempotency-Key the receiver sees) stays the same.
      // Its age starts again: a notice resent by hand is a new one, due now.
      const next = num(one(ctx.db, 'SELECT max(id) + 1 AS n FROM outbox')?.n);
      update(
        id,
        `id = ?, status = 'pending', attempts = 0, next_at = ?, due_ms = 0, last_error = NULL, done_at = NULL`,
        [next, at],
        0,
      );
      return toItem(byId(next));
    },
    prune(keepMs) {
      const before = ageNow() - keepMs;
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

function reads(ctx: StoreContext, toItem: (r: Row) => OutboxItem): Omit<OutboxStore, keyof Writes | 'flushNow'> {
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
