// @vitest-environment happy-dom
/**
 * "Time held per address": each bar is the held time's share of the time the timeline shows,
 * so 0 s is an empty bar and a few seconds a sliver, never near-full; the figure beside it is
 * shared/words/duration.ts's.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fullBarWords, HeldChart, heldShare } from '../../renderer/src/charts/HeldChart';
import type { Held } from '../../renderer/src/charts/timeline';
import { I18nProvider } from '../../renderer/src/i18n/I18n';
import { en } from '../../shared/i18n/catalogues/en';
import { english } from '../../shared/i18n/translators';
import { formatDuration } from '../../shared/words/duration';

afterEach(cleanup);

const HOUR = 3_600_000;
const T = 1_800_000_000_000;
const held = (key: string, heldMs: number): Held => ({ key, family: 4, ip: key, heldMs, runs: 1, firstSeen: 0 });
const colors = new Map([
  ['81.2.69.142', { fill: 'rgb(1, 2, 3)', text: '#fff' }],
  ['81.2.69.160', { fill: 'rgb(4, 5, 6)', text: '#fff' }],
]);

function bars(list: Held[], spanMs: number) {
  // The timeline's least span at the end of a day's period, the history older than it.
  const period = { from: T - 24 * HOUR, to: T };
  render(
    <I18nProvider fixed={{ language: 'en', messages: en }}>
      <HeldChart
        held={list}
        colors={colors}
        facts={{ addresses: list.length, firstSeen: T - spanMs }}
        span={{ from: T - spanMs, to: T }}
        period={period}
      />
    </I18nProvider>,
  );
  const ul = screen.getByRole('list', { name: 'Time held per address' });
  return within(ul)
    .getAllByRole('listitem')
    .map((li) => ({
      time: li.querySelector('.held-time')!.textContent,
      width: (li.querySelector('.held-bar') as HTMLElement).style.width,
    }));
}

describe('time held per address', () => {
  it.each([
    [0, 2 * HOUR, 0],
    [3000, 2 * HOUR, (3000 / (2 * HOUR)) * 100],
    [HOUR, 2 * HOUR, 50],
    [2 * HOUR, 2 * HOUR, 100],
    [3 * HOUR, 2 * HOUR, 100],
    [HOUR, 0, 0],
  ])('held %i ms of %i ms shown: %f %%', (ms, span, want) => expect(heldShare(ms, span)).toBeCloseTo(want, 6));

  it('an address held 0 s has an empty bar, one held a few seconds a sliver, with its time beside it', () => {
    const rows = bars([held('81.2.69.142', 2 * HOUR - 5000), held('81.2.69.160', 0)], 2 * HOUR);
    expect(rows).toEqual([
      { time: formatDuration(2 * HOUR - 5000), width: '99.93%' },
      { time: '0 s', width: '0.00%' },
    ]);
    cleanup();
    const alone = bars([held('81.2.69.160', 4000)], 2 * HOUR);
    expect(alone).toEqual([{ time: '4 s', width: '0.06%' }]);
    expect(screen.getByTestId('held-readout').textContent).toMatch(
      /A full bar: held all of the 2 h since the first address was seen, in the last 24 hours\.$/,
    );
  });

  const day = { from: T - 24 * HOUR, to: T };
  it.each<[string, { from: number; to: number }, { from: number; to: number }, number | null, string]>([
    ['the timeline shows the whole period', day, day, T - 30 * HOUR, 'A full bar: held all of the last 24 hours.'],
    [
      'a week, the history older than it',
      { from: T - 168 * HOUR, to: T },
      { from: T - 168 * HOUR, to: T },
      null,
      'A full bar: held all of the last 7 days.',
    ],
    [
      'the timeline starts at the first address seen, 5 h ago',
      { from: T - 5 * HOUR, to: T },
      day,
      T - 5 * HOUR,
      'A full bar: held all of the 5 h since the first address was seen, in the last 24 hours.',
    ],
    [
      'a fresh install: the least 2 h span, the first address seen 10 min ago',
      { from: T - 2 * HOUR, to: T },
      day,
      T - 10 * 60_000,
      'A full bar: held all of the last 2 h the timeline shows; the first address was seen 10 min ago.',
    ],
  ])('what a full bar means when %s', (_name, span, period, firstSeen, words) => {
    expect(fullBarWords(span, period, firstSeen, english)).toBe(words);
  });
});
