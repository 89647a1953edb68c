import { describe, expect, it } from 'vitest';

import {
  nextRetryDelay,
  overRetryAfterCap,
  type WaitingQueue,
  wakesOnReconnect,
} from '../../../../electron/engine/notify/backoff';

const S = 1000;
const H = 3_600_000;

describe("nextRetryDelay: the etiquette's schedule from the channel's first wait and cap", () => {
  const defaults = { initialMs: 5 * S, maxMs: 900 * S };
  it.each<
    [
      label: string,
      attempts: number,
      random: number,
      retryAfterMs: number | undefined,
      cfg: typeof defaults,
      ms: number,
    ]
  >([
    ['first failure, default backoff', 1, 0, undefined, defaults, 5 * S],
    ['first failure, the most jitter', 1, 1, undefined, defaults, 6 * S],
    ['second failure doubles', 2, 0, undefined, defaults, 10 * S],
    ['10 min of failures (8th): 640 s, no early probe', 8, 0, undefined, defaults, 640 * S],
    ['past the cap: the channel cap', 12, 1, undefined, defaults, 900 * S],
    ['a cap of a day: the etiquette keeps it to 1 h', 30, 0, undefined, { initialMs: 5 * S, maxMs: 24 * H }, H],
    ['an initial wait above the default is kept', 1, 0, undefined, { initialMs: 60 * S, maxMs: 900 * S }, 60 * S],
    ['Retry-After shorter than the backoff: the backoff', 8, 0, 30 * S, defaults, 640 * S],
    ['Retry-After longer: honoured', 1, 0.5, 120 * S, defaults, 120 * S],
    ['Retry-After of 2 h, past the cap: honoured', 1, 0.5, 2 * H, defaults, 2 * H],
    ['Retry-After of 7 days: 6 h', 1, 0.5, 7 * 24 * H, defaults, 6 * H],
  ])('%s', (_label, attempts, random, retryAfterMs, cfg, ms) => {
    expect(nextRetryDelay(attempts, cfg, random, retryAfterMs)).toBe(ms);
  });

  it.each<[number | undefined, boolean]>([
    [undefined, false],
    [6 * H, false],
    [6 * H + 1, true],
  ])('a Retry-After of %s ms is past the cap: %s', (ms, over) => {
    expect(overRetryAfterCap(ms)).toBe(over);
  });
});

describe('wakesOnReconnect: our connectivity back wakes what our failures backed off', () => {
  it.each<[label: string, q: WaitingQueue, wakes: boolean]>([
    ['backed off after network errors', { waiting: true, paused: false, serviceAsked: false }, true],
    ['waiting out a Retry-After or a 429', { waiting: true, paused: false, serviceAsked: true }, false],
    ['paused for a settings fix', { waiting: true, paused: true, serviceAsked: false }, false],
    ['idle or sending', { waiting: false, paused: false, serviceAsked: false }, false],
  ])('%s', (_label, q, wakes) => {
    expect(wakesOnReconnect(q)).toBe(wakes);
  });
});
