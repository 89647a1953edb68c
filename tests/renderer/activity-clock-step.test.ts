/**
 * A step of the wall clock on the Activity page (store/clock-steps.ts keeps it): said either way
 * in each language, honest that a jump forward may be a sleep, with its length in the language's units.
 */
import { describe, expect, it } from 'vitest';

import { activityLines, describeStored, kindOf } from '../../renderer/src/pages/activity-lines';
import type { RecentEvent } from '../../shared/contract/events';
import { english, translator } from '../../shared/i18n/translators';

const T = 1_790_000_000_000;
const DAY = 86_400_000;
const step = (stepMs: number): RecentEvent => ({ type: 'clockStep', at: T, stepMs });

describe('a clock step on Activity', () => {
  it.each<[string, number, 'en' | 'de' | 'id', string]>([
    [
      'forward a year',
      365 * DAY,
      'en',
      'The clock jumped forward by 365 d (the computer slept, or the clock was set): the jump counts as neither monitored time nor an outage',
    ],
    [
      'back a day',
      -DAY,
      'en',
      'The clock jumped back by 1 d (it was set): monitored time is counted as it ran, none lost',
    ],
    [
      'forward 1 h 30 min',
      90 * 60_000,
      'de',
      'Die Uhr sprang um 1 Std. 30 Min. vor (der Computer schlief, oder die Uhr wurde gestellt): der Sprung zählt weder als überwachte Zeit noch als Ausfall',
    ],
    [
      'back 2 min',
      -120_000,
      'id',
      'Jam melompat mundur 2 mnt (jam diatur): waktu dipantau dihitung sesuai berjalannya, tidak ada yang hilang',
    ],
  ])('%s (%s)', (_name, stepMs, language, words) => {
    expect(describeStored(step(stepMs), language === 'en' ? english : translator(language))).toBe(words);
  });

  it('is listed among the kept events, under "other"', () => {
    const lines = activityLines([step(-DAY), { type: 'offline', at: T - 1000, cause: 'x' }], [], english);
    expect(lines.map((l) => [l.kind, l.text.slice(0, 30)])).toEqual([
      ['other', 'The clock jumped back by 1 d ('],
      ['outage', 'Offline: x'],
    ]);
    expect(kindOf(step(1))).toBe('other');
  });
});
