/**
 * When a record's API may be read again after reads that failed (electron/engine/ddns/api-reads.ts):
 * the etiquette's schedule from a first wait of a minute, Retry-After on top up to 6 h, a read
 * that succeeds starting the count again. Jitter at its lowest (0) and highest (1).
 */
import { describe, expect, it } from 'vitest';

import { ApiReads } from '../../../../electron/engine/ddns/api-reads';
import type { ApiAnswer } from '../../../../electron/engine/ddns/record-look';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const busy: ApiAnswer = { kind: 'retry', reason: 'HTTP 503' };
const after = (ms: number): ApiAnswer => ({ kind: 'retry', reason: 'HTTP 429', afterMs: ms });
const read: ApiAnswer = { kind: 'unchanged', detail: 'holds it', proxied: true };

describe('ApiReads: the wait after the reads so far', () => {
  it.each<[label: string, reads: ApiAnswer[], random: number, waitMs: number]>([
    ['one read failed', [busy], 0, 1 * MIN],
    ['one read failed, the most jitter', [busy], 1, 1.2 * MIN],
    ['two in a row: doubled', [busy, busy], 0, 2 * MIN],
    ['seven in a row: 1 h, the cap', Array<ApiAnswer>(7).fill(busy), 0, H],
    ['twenty in a row: still 1 h', Array<ApiAnswer>(20).fill(busy), 1, H],
    ['429 with Retry-After 120 s: 120 s', [after(120 * S)], 0, 120 * S],
    ['Retry-After shorter than the backoff: the backoff', [busy, busy, after(10 * S)], 0, 4 * MIN],
    ['Retry-After of 7 days: 6 h', [after(7 * 24 * H)], 0, 6 * H],
    ['a refused read (stop) counts as a failure', [{ kind: 'stop', reason: 'HTTP 403' }], 0, 1 * MIN],
    ['a good read starts the count again', [busy, busy, busy, read, busy], 0, 1 * MIN],
  ])('%s', (_label, reads, random, waitMs) => {
    const api = new ApiReads(() => random);
    const now = Date.UTC(2026, 10, 27);
    for (const r of reads) api.note(r, true, now);
    expect(api.openAt - now).toBe(waitMs);
    expect(api.open(now + waitMs - 1)).toBe(false);
    expect(api.open(now + waitMs)).toBe(true);
  });

  it('a read not asked changes nothing', () => {
    const api = new ApiReads(() => 0);
    api.note(busy, true, 0);
    expect(api.note(null, true, 5 * S)).toBeNull();
    expect(api.openAt).toBe(MIN);
  });
});
