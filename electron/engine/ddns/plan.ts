/**
 * What a record's durable job (store/ddns-jobs.ts) becomes on a confirmed address and after an
 * update's outcome: the keeper's decisions, pure, with their table in
 * tests/electron/engine/ddns/plan.test.ts.
 *
 *   stored job            | a confirmed address A at time T  | result
 *   ----------------------+----------------------------------+----------------------------------
 *   none                  | A                                | pending A (attempts 0, due now)
 *   stopped, same record  | any                              | none: stays stopped until edited
 *   stopped, edited       | A                                | pending A
 *   done A                | A (same change or not)           | none: never twice for one change
 *   pending A             | A                                | none: already on its way (kept)
 *   pending X             | A                                | pending A, X's attempts and wait kept
 *                         |                                  | (a queue collapses to its newest; the
 *                         |                                  | provider's Retry-After still holds)
 *   done X                | A                                | pending A (attempts 0, due now)
 */
import { createHash } from 'node:crypto';

import type { WireReason } from '../../../shared/contract/reason';
import type { DdnsOutcome } from '../../../shared/settings/ddns';
import { retryWait } from '../net/etiquette';
import type { DdnsJob } from '../store/ddns-jobs';

/** A digest of a record's settings as stored (secret references, not their values). */
export function fingerprint(record: unknown): string {
  const stable = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
        )
      : v;
  return createHash('sha256')
    .update(JSON.stringify(stable(record)))
    .digest('hex')
    .slice(0, 32);
}

export interface Confirmed {
  address: string;
  /** The change's `at` (or the time the keeper first saw the address). */
  at: number;
}

/** The job to store for a confirmed address, or null when nothing is to be sent. */
export function onConfirmed(
  job: DdnsJob | null,
  recordId: string,
  fp: string,
  c: Confirmed,
  now: number,
): DdnsJob | null {
  if (job && job.fingerprint === fp) {
    if (job.status === 'stopped') return null;
    if (job.want === c.address) return null;
  }
  const waiting = job && job.fingerprint === fp && job.status === 'pending' ? job : null;
  return {
    recordId,
    fingerprint: fp,
    want: c.address,
    changeAt: c.at,
    attempts: waiting?.attempts ?? 0,
    nextAt: Math.max(now, waiting?.nextAt ?? now),
    // The wait kept with its nextAt (absent in a job saved before waits were kept).
    ...(waiting ? (waiting.waitMs === undefined ? {} : { waitMs: waiting.waitMs }) : { waitMs: 0 }),
    status: 'pending',
    reason: null,
    reasonCode: undefined,
    doneAt: null,
  };
}

/**
 * The job after one attempt's outcome. updated/unchanged: done; retry: pending again after the
 * etiquette's wait (net/etiquette.ts: 30 s doubling to 1 h, up to 20 % jitter added, the
 * provider's Retry-After or its own stated wait on top, up to 6 h), counted by the attempts of
 * this change (`random` in [0, 1)); stop: stopped with the reason, never tried again for these settings.
 */
export function afterOutcome(job: DdnsJob, outcome: DdnsOutcome, now: number, random: number): DdnsJob {
  switch (outcome.kind) {
    case 'updated':
    case 'unchanged':
      return { ...job, attempts: job.attempts + 1, status: 'done', reason: null, reasonCode: undefined, doneAt: now };
    case 'stop': {
      const { reason, code: reasonCode } = outcome;
      return { ...job, attempts: job.attempts + 1, status: 'stopped', reason, reasonCode, doneAt: now };
    }
    case 'retry': {
      const attempts = job.attempts + 1;
      const { reason, code: reasonCode } = outcome;
      const waitMs = retryWait(attempts, random, outcome.afterMs);
      return { ...job, attempts, nextAt: now + waitMs, waitMs, reason, reasonCode };
    }
  }
}

/**
 * What is left of a stored pending job's wait when it is read back at `now` (a start): its
 * `nextAt` less now, never less than 0 and never more than the wait it was given (`waitMs`; a job
 * saved before waits were kept: the longest its attempts could have drawn). A wall clock set back
 * since the job was saved makes its `nextAt` look far off: it waits its own backoff at most, not
 * the step. One set forward makes it due at once: one try, as after any wait that has passed.
 */
export function resumedWait(job: DdnsJob, now: number): number {
  const cap = job.waitMs ?? (job.attempts > 0 ? retryWait(job.attempts, 1) : 0);
  return Math.min(cap, Math.max(0, job.nextAt - now));
}

/** A done job sent again: the record drifted from the address after it was in step (set by hand). */
export const redo = (job: DdnsJob, now: number, why: string, code?: WireReason): DdnsJob => ({
  ...job,
  changeAt: now,
  attempts: 0,
  nextAt: now,
  waitMs: 0,
  status: 'pending',
  reason: why,
  reasonCode: code,
  doneAt: null,
});

/** The job of a record brought to the address by a check that found it already there (no update sent). */
export const heldAlready = (job: DdnsJob, now: number): DdnsJob => ({ ...job, status: 'done', doneAt: now });
