/**
 * The circuit breaker's truth table (electron/engine/ip-monitor/breaker.ts). random = 0.5 makes
 * the +-20% jitter neutral, so the expected waits are exact.
 */
import { describe, expect, it } from 'vitest';

import {
  backoffMs,
  type Breaker,
  type BreakerConfig,
  closedBreaker,
  isAvailable,
  nextBreaker,
  type Outcome,
  probeDue,
} from '../../../../electron/engine/ip-monitor/breaker';
import { HealthBook } from '../../../../electron/engine/ip-monitor/health';
import type { IpSource } from '../../../../electron/engine/sources/types';

const cfg: BreakerConfig = { failureThreshold: 3, backoffMs: 60_000, maxBackoffMs: 3_600_000 };
const neutral = () => 0.5;
const NOW = 1_000_000;

const success: Outcome = { kind: 'success' };
const failure: Outcome = { kind: 'failure' };
const limited = (retryAfterMs?: number): Outcome => ({ kind: 'rate-limited', retryAfterMs });

const closed = (consecutiveFailures = 0): Breaker => ({ ...closedBreaker(), consecutiveFailures });
const open = (opens: number, openUntil = NOW + 1): Breaker => ({
  state: 'open',
  consecutiveFailures: 3,
  opens,
  openUntil,
});
const halfOpen = (opens: number): Breaker => ({
  state: 'half-open',
  consecutiveFailures: 3,
  opens,
  openUntil: NOW - 1,
});

describe('nextBreaker truth table', () => {
  it.each<[label: string, from: Breaker, outcome: Outcome, to: Breaker]>([
    ['closed + success: stays closed, failures reset', closed(2), success, closed(0)],
    ['closed + failure, 1 < N: closed, failures + 1', closed(0), failure, closed(1)],
    ['closed + failure, 2 < N: closed, failures + 1', closed(1), failure, closed(2)],
    [
      'closed + failure reaching N: open for backoff(0)',
      closed(2),
      failure,
      { state: 'open', consecutiveFailures: 3, opens: 1, openUntil: NOW + 60_000 },
    ],
    [
      'closed + rate-limited (no Retry-After): open for backoff(0) at once',
      closed(0),
      limited(),
      { state: 'open', consecutiveFailures: 1, opens: 1, openUntil: NOW + 60_000 },
    ],
    [
      'half-open + rate-limited: open for backoff(k)',
      halfOpen(1),
      limited(),
      { state: 'open', consecutiveFailures: 4, opens: 2, openUntil: NOW + 120_000 },
    ],
    [
      'open + rate-limited: stays open, for backoff(k)',
      open(2),
      limited(),
      { state: 'open', consecutiveFailures: 4, opens: 3, openUntil: NOW + 240_000 },
    ],
    ['half-open + success: closed, opens reset', halfOpen(4), success, closedBreaker()],
    [
      'half-open + failure: open again, backoff doubles (k = 1)',
      halfOpen(1),
      failure,
      { state: 'open', consecutiveFailures: 4, opens: 2, openUntil: NOW + 120_000 },
    ],
    [
      'half-open + failure: backoff doubles again (k = 2)',
      halfOpen(2),
      failure,
      { state: 'open', consecutiveFailures: 4, opens: 3, openUntil: NOW + 240_000 },
    ],
  ])('%s', (_label, from, outcome, to) => {
    expect(nextBreaker(from, outcome, NOW, cfg, neutral)).toEqual(to);
  });

  it('half-open + failure opens even below the failure threshold', () => {
    const b: Breaker = { state: 'half-open', consecutiveFailures: 0, opens: 1, openUntil: NOW - 1 };
    expect(nextBreaker(b, failure, NOW, cfg, neutral)).toMatchObject({ state: 'open', opens: 2 });
  });

  it('a threshold of 1 opens on the first failure', () => {
    expect(nextBreaker(closed(), failure, NOW, { ...cfg, failureThreshold: 1 }, neutral)).toMatchObject({
      state: 'open',
      opens: 1,
    });
  });

  it('does not mutate the breaker it is given', () => {
    const b = closed(2);
    nextBreaker(b, failure, NOW, cfg, neutral);
    expect(b).toEqual(closed(2));
  });
});

describe('rate-limited: the longer of Retry-After and backoff wins', () => {
  it.each<[label: string, opens: number, retryAfterMs: number | undefined, wait: number]>([
    ['no Retry-After: backoff(0)', 0, undefined, 60_000],
    ['Retry-After longer than backoff(0)', 0, 300_000, 300_000],
    ['Retry-After shorter than backoff(0)', 0, 5_000, 60_000],
    ['Retry-After 0', 0, 0, 60_000],
    ['Retry-After longer than backoff(2)', 2, 600_000, 600_000],
    ['Retry-After shorter than backoff(2)', 2, 200_000, 240_000],
    ['Retry-After longer than the backoff cap', 10, 7_200_000, 7_200_000],
  ])('%s -> waits %i ms', (_label, opens, retryAfterMs, wait) => {
    const from: Breaker = { state: 'closed', consecutiveFailures: 0, opens, openUntil: null };
    expect(nextBreaker(from, limited(retryAfterMs), NOW, cfg, neutral).openUntil).toBe(NOW + wait);
  });
});

describe('probeDue: an open breaker whose wait is over lets one probe through', () => {
  it.each<[label: string, from: Breaker, now: number, state: Breaker['state']]>([
    ['open, wait not over', open(1, NOW + 1), NOW, 'open'],
    ['open, wait just over', open(1, NOW), NOW, 'half-open'],
    ['open, long past', open(1, NOW - 60_000), NOW, 'half-open'],
    ['closed stays closed', closed(1), NOW, 'closed'],
    ['half-open stays half-open', halfOpen(1), NOW, 'half-open'],
    ['open without a deadline stays open', { ...open(1), openUntil: null }, NOW, 'open'],
  ])('%s', (_label, from, now, state) => {
    const next = probeDue(from, now);
    expect(next.state).toBe(state);
    expect({ ...next, state: from.state }).toEqual(from);
  });
});

describe('isAvailable', () => {
  it.each<[Breaker['state'], boolean]>([
    ['closed', true],
    ['half-open', true],
    ['open', false],
  ])('%s -> %s', (state, available) => {
    expect(isAvailable({ ...closedBreaker(), state })).toBe(available);
  });
});

describe('backoffMs: doubling, cap, jitter', () => {
  it.each<[k: number, ms: number]>([
    [0, 60_000],
    [1, 120_000],
    [2, 240_000],
    [5, 1_920_000],
    [6, 3_600_000], // 3_840_000 capped
    [30, 3_600_000],
    [1000, 3_600_000], // no overflow to Infinity/NaN
  ])('k = %i -> %i ms (neutral jitter)', (k, ms) => {
    expect(backoffMs(k, cfg, neutral)).toBe(ms);
  });

  it.each<[label: string, random: number, factor: number]>([
    ['random 0: -20%', 0, 0.8],
    ['random 0.5: neutral', 0.5, 1],
    ['random 1: +20%', 1, 1.2],
  ])('%s', (_label, random, factor) => {
    expect(backoffMs(0, cfg, () => random)).toBe(Math.round(60_000 * factor));
    expect(backoffMs(100, cfg, () => random)).toBe(Math.round(3_600_000 * factor));
  });

  it('jitter stays within +-20% for any random in [0, 1)', () => {
    for (let r = 0; r < 1; r += 0.05) {
      const ms = backoffMs(1, cfg, () => r);
      expect(ms).toBeGreaterThanOrEqual(96_000);
      expect(ms).toBeLessThanOrEqual(144_000);
    }
  });

  it('the jitter reaches the breaker deadline', () => {
    expect(nextBreaker(closed(2), failure, NOW, cfg, () => 0).openUntil).toBe(NOW + 48_000);
    expect(nextBreaker(closed(2), failure, NOW, cfg, () => 1).openUntil).toBe(NOW + 72_000);
  });
});

describe('a full cycle: open, probe, fail, probe, recover', () => {
  it('backs off 1x, 2x, 4x, then resets after a success', () => {
    let b = closedBreaker();
    let t = NOW;
    for (let i = 0; i < 3; i++) b = nextBreaker(b, failure, t, cfg, neutral);
    expect(b).toMatchObject({ state: 'open', openUntil: t + 60_000 });

    const waits: number[] = [];
    for (let round = 0; round < 2; round++) {
      t = b.openUntil!;
      b = probeDue(b, t);
      expect(b.state).toBe('half-open');
      b = nextBreaker(b, failure, t, cfg, neutral);
      waits.push(b.openUntil! - t);
    }
    expect(waits).toEqual([120_000, 240_000]);

    t = b.openUntil!;
    b = nextBreaker(probeDue(b, t), success, t, cfg, neutral);
    expect(b).toEqual(closedBreaker());
    // After recovery, the next opening starts from backoff(0) again.
    for (let i = 0; i < 3; i++) b = nextBreaker(b, failure, t, cfg, neutral);
    expect(b.openUntil! - t).toBe(60_000);
  });
});

describe('unblamed failure (offline, no route): the breaker stays the same', () => {
  // The row "any | unblamed failure | same" is applied by the HealthBook, which skips the
  // transition when the failure is not the source's fault.
  const source: IpSource = { id: 'src', provider: 'p', kind: 'http', family: 4, cost: 1, query: async () => '' };
  const book = () => new HealthBook([source], cfg, neutral);
  const stateOf = (b: HealthBook) => b.snapshot()[0]!;

  it.each([1, 3, 10])('%i unblamed failures leave a closed breaker closed with no failure streak', (n) => {
    const b = book();
    for (let i = 0; i < n; i++) expect(b.record('src', failure, NOW, { blamed: false, error: 'offline' })).toBeNull();
    expect(stateOf(b)).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('an unblamed failure does not re-open a half-open breaker', () => {
    const b = book();
    for (let i = 0; i < 3; i++) b.record('src', failure, NOW, { blamed: true });
    expect(stateOf(b).state).toBe('open');
    b.available(NOW + 60_000);
    expect(stateOf(b).state).toBe('half-open');
    expect(b.record('src', failure, NOW + 60_000, { blamed: false })).toBeNull();
    expect(stateOf(b).state).toBe('half-open');
  });

  it('a blamed failure does count', () => {
    const b = book();
    b.record('src', failure, NOW, { blamed: true });
    expect(stateOf(b).consecutiveFailures).toBe(1);
  });
});
