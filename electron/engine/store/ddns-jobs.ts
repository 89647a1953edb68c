/**
 * The dynamic DNS records' durable work (electron/engine/ddns/keeper.ts): one row per record,
 * the newest confirmed address it must hold (a queue collapsed to its newest), with its attempts
 * and next try, or the address it was last brought to, or the reason it was stopped. Every write
 * is an 'event' write, so a pending update survives a restart and one that was done is not sent
 * again for the same change.
 */
import type { WireReason } from '../../../shared/contract/reason';
import type { StoreContext } from './context';
import type { StoreCore } from './core';
import { reasonColumn, reasonFromColumn } from './reason-column';
import { all, num, numOrNull, type Row, str, strOrNull } from './sqlite';

export type DdnsJobStatus = 'pending' | 'done' | 'stopped';

export interface DdnsJob {
  recordId: string;
  /** The record's settings as a digest: a stop holds only while they are unchanged. */
  fingerprint: string;
  /** The confirmed address the record must hold. */
  want: string;
  /** When the engine confirmed it (the change's `at`), epoch ms: one update per change. */
  changeAt: number;
  attempts: number;
  /** When the next try is due, epoch ms: a stamp, shown; the wait runs on the monotonic clock. */
  nextAt: number;
  /**
   * The wait `nextAt` was set with (ms; 0 when due at once): `nextAt - waitMs` stamps the attempt,
   * and a start waits what is left of it, never more (ddns/plan.ts resumedWait), whatever the wall
   * clock did meanwhile. Absent in a job saved before it was kept.
   */
  waitMs?: number;
  status: DdnsJobStatus;
  /** Why it was stopped, or the last failed attempt's reason. */
  reason: string | null;
  /**
   * `reason` as a code (shared/contract/reason.ts), so a restart says it in any language; absent
   * in a job saved before codes (its English stands) and for a reason the engine has no code for.
   */
  reasonCode?: WireReason;
  /** When the provider accepted it (done) or it was stopped. */
  doneAt: number | null;
}

export interface DdnsJobStore {
  ddnsJobs(): DdnsJob[];
  putDdnsJob(job: DdnsJob): void;
  dropDdnsJob(recordId: string): void;
}

const toJob = (r: Row): DdnsJob => ({
  recordId: str(r.record_id),
  fingerprint: str(r.fingerprint),
  want: str(r.want),
  changeAt: num(r.change_at),
  attempts: num(r.attempts),
  nextAt: num(r.next_at),
  ...(numOrNull(r.wait_ms) === null ? {} : { waitMs: num(r.wait_ms) }),
  status: str(r.status) as DdnsJobStatus,
  reason: strOrNull(r.reason),
  ...codeOf(strOrNull(r.reason_code)),
  doneAt: numOrNull(r.done_at),
});

/** The stored code, when there is one this version reads (a row from before codes has none). */
function codeOf(json: string | null): { reasonCode?: WireReason } {
  const code = reasonFromColumn(json);
  return code ? { reasonCode: code } : {};
}

function queries(ctx: StoreContext): DdnsJobStore {
  return {
    ddnsJobs: () => all(ctx.db, 'SELECT * FROM ddns_jobs ORDER BY record_id').map(toJob),
    putDdnsJob(j) {
      ctx.db.run(
        `INSERT OR REPLACE INTO ddns_jobs (record_id, fingerprint, want, change_at, attempts, next_at, wait_ms, status, reason, reason_code, done_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          j.recordId,
          j.fingerprint,
          j.want,
          j.changeAt,
          j.attempts,
          j.nextAt,
          j.waitMs ?? null,
          j.status,
          j.reason,
          j.reason !== null ? reasonColumn(j.reasonCode) : null,
          j.doneAt,
        ],
      );
      ctx.dirty('event');
    },
    dropDdnsJob(recordId) {
      ctx.db.run('DELETE FROM ddns_jobs WHERE record_id = ?', [recordId]);
      if (ctx.db.getRowsModified() > 0) ctx.dirty('event');
    },
  };
}

export function ddnsJobCalls(core: StoreCore): DdnsJobStore {
  const q = queries(core.ctx);
  return {
    ddnsJobs: core.reading(q.ddnsJobs),
    putDdnsJob: core.guard(q.putDdnsJob),
    dropDdnsJob: core.guard(q.dropDdnsJob),
  };
}
