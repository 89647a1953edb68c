/**
 * A length of time in words (shared/words/duration.ts), the one formatter of the dashboard, the CLI,
 * the bot, the notices, the runner's lines and the tray: the two largest units (the tray: one),
 * each rounded down.
 */
import { describe, expect, it } from 'vitest';

import { formatDuration } from '../../../shared/words/duration';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [45 * S, '45 s'],
    [59_999, '59 s'],
    [90 * S, '1 min 30 s'],
    [12 * MIN, '12 min'],
    [4 * MIN + 18 * S, '4 min 18 s'],
    [4 * MIN + 18 * S + 999, '4 min 18 s'],
    [H, '1 h'],
    [3 * H, '3 h'],
    [3 * H + 12 * MIN, '3 h 12 min'],
    [3 * H + 12 * MIN + 59 * S, '3 h 12 min'],
    [3 * H + 59 * S, '3 h'],
    [D, '1 d'],
    [2 * D + 4 * H, '2 d 4 h'],
    [2 * D + 59 * MIN, '2 d'],
    [365 * D, '365 d'],
    [-5, '—'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('%d ms -> %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it.each([
    [0, '0 s'],
    [59_999, '59 s'],
    [4 * MIN + 18 * S, '4 min'],
    [3 * H + 59 * MIN, '3 h'],
    [2 * D + 4 * H, '2 d'],
    [-5, '—'],
  ])('in one unit (the tray): %d ms -> %s', (ms, text) => expect(formatDuration(ms, 1)).toBe(text));

  it('a part never reads longer than its whole (offline within monitored)', () => {
    const whole = 4 * MIN + 59 * S + 900;
    const part = 4 * MIN + 59 * S + 400;
    expect(formatDuration(whole)).toBe('4 min 59 s');
    expect(formatDuration(part)).toBe('4 min 59 s');
  });
});
