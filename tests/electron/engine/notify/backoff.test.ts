import { describe, expect, it } from 'vitest';

import {
  nextRetryDelay,
  PROBE_EVERY_MS,
  PROBE_WINDOW_MS,
  type Failure,
  type WaitingQueue,
  wakesOnReconnect,
} from '../../../../electron/engine/notify/backoff';

describe('nextRetryDelay: probe a failing service early, unless it said when or to slow down', () => {
  const defaults = { initialMs: 5_000, maxMs: 900_000 };
  const tenMin = 600_000;
  it.each<[label: string, attempts: number, random: number, f: Failure, cfg: typeof defaults, ms: number]>([
    ['first failure, default backoff', 1, 0, { failingForMs: 0 }, defaults, 2_500],
    ['second failure', 2, 1, { failingForMs: 5_000 }, defaults, 10_000],
    [
      '10 min of network errors: capped at the probe interval',
      12,
      1,
      { failingForMs: tenMin },
      defaults,
      PROBE_EVERY_MS,
    ],
    ['capped, jitter at its lowest', 12, 0, { failingForMs: tenMin }, defaults, PROBE_EVERY_MS / 2],
    ['past the probe window: back to the full backoff', 250, 1, { failingForMs: PROBE_WINDOW_MS }, defaults, 900_000],
    [
      '429 without Retry-After: never probed early',
      12,
      1,
      { failingForMs: tenMin, throttled: true },
      defaults,
      900_000,
    ],
    [
      'Retry-After longer than the probe: kept',
      12,
      0.5,
      { failingForMs: tenMin, retryAfterMs: 120_000 },
      defaults,
      120_000,
    ],
    ['Retry-After past maxMs: kept', 1, 0.5, { failingForMs: 0, retryAfterMs: 2_000_000 }, defaults, 2_000_000],
    [
      'a maxMs below the probe interval is kept',
      12,
      1,
      { failingForMs: tenMin },
      { initialMs: 1_000, maxMs: 8_000 },
      8_000,
    ],
    [
      'an initial wait above the probe interval is kept',
      12,
      1,
      { failingForMs: tenMin },
      { initialMs: 60_000, maxMs: 900_000 },
      60_000,
    ],
  ])('%s', (_label, attempts, random, f, cfg, ms) => {
    expect(nextRetryDelay(attempts, cfg, random, f)).toBe(ms);
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
