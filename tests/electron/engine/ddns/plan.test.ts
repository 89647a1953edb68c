/**
 * The keeper's decisions (electron/engine/ddns/plan.ts), pure: what a record's job becomes on a
 * confirmed address, and after each kind of outcome.
 */
import { describe, expect, it } from 'vitest';

import {
  afterOutcome,
  fingerprint,
  heldAlready,
  onConfirmed,
  redo,
  resumedWait,
} from '../../../../electron/engine/ddns/plan';
import type { DdnsJob } from '../../../../electron/engine/store/ddns-jobs';
import type { DdnsOutcome } from '../../../../shared/settings/ddns';

const NOW = 1_000_000;
const job = (over: Partial<DdnsJob>): DdnsJob => ({
  recordId: 'home',
  fingerprint: 'fp',
  want: '203.0.113.1',
  changeAt: 500_000,
  attempts: 0,
  nextAt: 500_000,
  status: 'pending',
  reason: null,
  doneAt: null,
  ...over,
});
const fresh = (want: string, at: number) => job({ want, changeAt: at, nextAt: NOW, waitMs: 0 });

describe('onConfirmed: the job a confirmed address makes', () => {
  const A = '198.51.100.7';
  const rows: [string, DdnsJob | null, string, DdnsJob | null][] = [
    ['no job: an update due now', null, 'fp', fresh(A, 900_000)],
    ['stopped, same settings: stays stopped', job({ status: 'stopped', reason: 'badauth' }), 'fp', null],
    [
      'stopped, settings edited: an update',
      job({ status: 'stopped', reason: 'badauth' }),
      'fp2',
      { ...fresh(A, 900_000), fingerprint: 'fp2' },
    ],
    [
      'done at this address: nothing (never twice for one change)',
      job({ want: A, status: 'done', doneAt: 1 }),
      'fp',
      null,
    ],
    ['pending at this address: kept as it is', job({ want: A, attempts: 3 }), 'fp', null],
    [
      'pending at another address: collapsed to the newest, due now',
      job({ want: '203.0.113.9', attempts: 3 }),
      'fp',
      // A job saved before waits were kept: its wait stays unknown (resumedWait bounds it by its attempts).
      { ...fresh(A, 900_000), attempts: 3, waitMs: undefined },
    ],
    [
      'pending, waiting: collapsed, its wait kept',
      job({ want: '203.0.113.9', attempts: 2, nextAt: NOW + 60_000, waitMs: 61_000 }),
      'fp',
      { ...fresh(A, 900_000), attempts: 2, nextAt: NOW + 60_000, waitMs: 61_000 },
    ],
    ['done at another address: an update', job({ status: 'done', doneAt: 1 }), 'fp', fresh(A, 900_000)],
    // A wait and its attempts belong to a pending job of these settings: never to a stopped job
    // whose settings were edited, nor to a done one.
    [
      'stopped after tries, settings edited: an update from zero tries, due now',
      job({ status: 'stopped', reason: 'badauth', attempts: 3, nextAt: NOW + 60_000 }),
      'fp2',
      { ...fresh(A, 900_000), fingerprint: 'fp2' },
    ],
    [
      'pending, settings edited: an update from zero tries, due now',
      job({ want: '203.0.113.9', attempts: 3, nextAt: NOW + 60_000 }),
      'fp2',
      { ...fresh(A, 900_000), fingerprint: 'fp2' },
    ],
    [
      'done after tries at another address: an update from zero tries, due now',
      job({ status: 'done', doneAt: 1, attempts: 2, nextAt: NOW + 60_000 }),
      'fp',
      fresh(A, 900_000),
    ],
  ];
  it.each(rows)('%s', (_name, stored, fp, expected) => {
    expect(onConfirmed(stored, 'home', fp, { address: A, at: 900_000 }, NOW)).toEqual(expected);
  });
});

describe('afterOutcome: the job after one attempt', () => {
  const base = job({ changeAt: NOW - 1000, attempts: 1 });
  const rows: [string, DdnsOutcome, number, Partial<DdnsJob>][] = [
    ['updated: done', { kind: 'updated', detail: 'good' }, 0.5, { status: 'done', doneAt: NOW, attempts: 2 }],
    ['unchanged: done', { kind: 'unchanged', detail: 'nochg' }, 0.5, { status: 'done', doneAt: NOW }],
    [
      'stop: stopped with the reason',
      { kind: 'stop', reason: 'badauth' },
      0.5,
      { status: 'stopped', reason: 'badauth', attempts: 2, doneAt: NOW },
    ],
    // The etiquette's wait (net/etiquette.ts), by the attempts of this change: the 2nd failure in a
    // row waits 60 s, with up to 20 % added; never the old 30 s probe that made 5xx hammer.
    [
      'retry without a wait: the backoff, no jitter',
      { kind: 'retry', reason: '911' },
      0,
      { status: 'pending', attempts: 2, nextAt: NOW + 60_000, reason: '911' },
    ],
    [
      'retry without a wait: the backoff, all the jitter',
      { kind: 'retry', reason: '911' },
      1,
      { status: 'pending', nextAt: NOW + 72_000 },
    ],
    [
      "retry with the provider's wait: kept",
      { kind: 'retry', reason: '429', afterMs: 120_000 },
      0.5,
      { status: 'pending', nextAt: NOW + 120_000 },
    ],
    [
      "retry with a provider's wait shorter than the backoff: the backoff",
      { kind: 'retry', reason: '503', afterMs: 5_000 },
      0,
      { status: 'pending', nextAt: NOW + 60_000 },
    ],
    [
      'retry with a Retry-After of two days: 6 h, never a stop',
      { kind: 'retry', reason: '429', afterMs: 48 * 3_600_000 },
      0,
      { status: 'pending', nextAt: NOW + 6 * 3_600_000 },
    ],
  ];
  it.each(rows)('%s', (_name, outcome, random, expected) => {
    expect(afterOutcome(base, outcome, NOW, random)).toMatchObject(expected);
  });

  it('a provider down for good: at most 4 tries in the first 6 minutes, and a wait that never passes 1 h', () => {
    let j = job({ changeAt: NOW, nextAt: NOW, attempts: 0 });
    const at: number[] = [];
    for (let t = NOW; t < NOW + 24 * 3_600_000; t = j.nextAt) {
      at.push(t);
      const next = afterOutcome(j, { kind: 'retry', reason: 'HTTP 503' }, t, 0);
      expect(next.nextAt - t).toBeLessThanOrEqual(3_600_000);
      j = next;
    }
    expect(at.filter((t) => t < NOW + 6 * 60_000)).toHaveLength(4);
    expect(at.length).toBeLessThanOrEqual(40);
  });

  // The wall clock at a start may have been set back or forward since the job was saved.
  it.each([
    ['due in 20 s, the clock as it was', { nextAt: NOW + 20_000, waitMs: 33_000 }, 20_000],
    ['set back a day: its own wait at most', { nextAt: NOW + 86_400_000 + 20_000, waitMs: 33_000 }, 33_000],
    ['set forward a year: due now', { nextAt: NOW - 365 * 86_400_000, waitMs: 33_000 }, 0],
    ['due now, no wait', { nextAt: NOW, waitMs: 0 }, 0],
    [
      'saved before waits were kept, 2 attempts: the backoff at most (60 s + 20 %)',
      { nextAt: NOW + 86_400_000, attempts: 2 },
      72_000,
    ],
    ['saved before waits were kept, 9 attempts: the cap of 1 h', { nextAt: NOW + 86_400_000, attempts: 9 }, 3_600_000],
    ['saved before waits were kept, never tried: due now', { nextAt: NOW + 86_400_000, attempts: 0 }, 0],
  ])('resumedWait: %s', (_, over, want) => {
    expect(resumedWait(job(over), NOW)).toBe(want);
  });

  it('afterOutcome: a retry keeps the wait it drew, so a start can bound what is left', () => {
    const next = afterOutcome(job({ attempts: 1 }), { kind: 'retry', reason: 'HTTP 503', afterMs: 90_000 }, NOW, 0.5);
    expect(next.waitMs).toBe(90_000);
    expect(next.nextAt).toBe(NOW + 90_000);
  });

  it('redo: a drifted record is sent again as a new change', () => {
    expect(redo(job({ status: 'done', doneAt: 5, attempts: 1 }), NOW, 'drifted')).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAt: NOW,
      changeAt: NOW,
      doneAt: null,
    });
  });

  it('heldAlready: a record found already at the address is done now, nothing else changed', () => {
    const pending = job({ want: '198.51.100.7', attempts: 2, nextAt: NOW + 60_000, reason: '911' });
    expect(heldAlready(pending, NOW)).toEqual({ ...pending, status: 'done', doneAt: NOW });
  });

  it('fingerprint: the same settings in any key order agree, an edit differs', () => {
    // Stored with each job: a new digest after an upgrade would read every record as edited.
    expect(fingerprint({ b: { d: 3, c: 2 }, a: 1 })).toBe('932875ab5b23eb47bb2711f951d85ba2');
    expect(fingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
