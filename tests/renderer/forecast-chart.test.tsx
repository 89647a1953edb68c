// @vitest-environment happy-dom
/**
 * The Charts page's "When the address changes" card over the fake engine, whose getForecast runs
 * the real pure forecast on the fake's history: a daily reconnect gives a forecast with its
 * confidence and the usual hour; random holds say there is no pattern; no change says so.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { type Engine, EngineProvider, LiveUpdates } from '../../renderer/src/api/engine';
import { createEventLog } from '../../renderer/src/api/event-log';
import type { Client, HistoryEntry } from '../../renderer/src/api/types';
import { newQueryClient } from '../../renderer/src/App';
import { ForecastChart } from '../../renderer/src/charts/ForecastChart';
import { I18nProvider } from '../../renderer/src/i18n/I18n';
import { familyColor } from '../../shared/chart-colours';
import { hourAndWeekday } from '../../shared/forecast';
import { en } from '../../shared/i18n/catalogues/en';
import { fakeEngine } from './fake-engine';

/** The card alone on the fake engine (the page's uPlot charts need a canvas happy-dom lacks). */
function renderCard(history: HistoryEntry[]) {
  const fake = fakeEngine({ history });
  const engine: Engine = {
    client: fake.client as Client,
    connection: createConnection('connected'),
    http: null,
    events: createEventLog(),
  };
  render(
    <QueryClientProvider client={newQueryClient()}>
      <EngineProvider engine={engine}>
        <I18nProvider fixed={{ language: 'en', messages: en }}>
          <LiveUpdates />
          <ForecastChart />
        </I18nProvider>
      </EngineProvider>
    </QueryClientProvider>,
  );
  return fake;
}

const H = 3_600_000;
const D = 24 * H;

afterEach(cleanup);

/** Runs of IPv4 addresses that began at each time, each last seen a minute before the next. */
function runsFrom(starts: number[], now: number): HistoryEntry[] {
  return starts
    .map((s, i) => ({
      id: i + 1,
      family: 4 as const,
      ip: `198.51.100.${(i % 250) + 1}`,
      prefix: null,
      firstSeen: s,
      lastSeen: i + 1 < starts.length ? starts[i + 1]! - 60_000 : now,
      checks: 10,
      sources: ['ipify'],
      identity: null,
      change: null,
    }))
    .reverse();
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('the forecast card', () => {
  it('a daily reconnect: the next change, its confidence, the usual hour and the period', async () => {
    const now = Date.now();
    const first = Math.floor(now / D) * D - 20 * D + 4 * H;
    const starts = Array.from({ length: 20 }, (_, i) => first + i * D);
    const fake = renderCard(runsFrom(starts, now));
    const card = await screen.findByTestId('forecast-v4');
    expect(fake.client.getForecast).toHaveBeenCalledWith({ tz: zone });
    expect(within(card).getByTestId('forecast-v4-next').textContent).toMatch(/confidence 100%$/);
    const hour = String(hourAndWeekday(first, zone)[0]).padStart(2, '0');
    expect(card.textContent).toContain(`around ${hour}:00 (100% of changes within an hour of it)`);
    expect(card.textContent).toContain('about 1 d');
    const perHour = within(card).getByRole('list', { name: 'IPv4 changes per hour of the day' });
    expect(within(perHour).getAllByRole('listitem')).toHaveLength(24);
    expect(within(perHour).getByTitle(`${hour}: 19`)).toBeTruthy();
    expect(screen.getByTestId('forecast-readout').textContent).toContain(zone);
    // The bars are in IPv4's colour, as IPv4 is on the changes chart: a family's colour is never an address's.
    const bar = within(perHour).getByTitle(`${hour}: 19`).querySelector<HTMLElement>('.forecast-bar')!;
    const ipv4 = document.createElement('span');
    ipv4.style.background = familyColor(4, 'light');
    expect(bar.style.background).toBe(ipv4.style.background);
  });

  it('random holds: no forecast, and why', async () => {
    // Holds from 1 hour to 10 days in no order (the seeded random ones are in tests/shared/forecast.test.ts).
    const holds = [3, 70, 9, 200, 1, 31, 120, 5, 48, 16, 240, 2, 90, 12, 27, 160, 7, 60].map((h) => h * H);
    const now = Date.now();
    const starts = holds.reduce((acc, h) => [...acc, acc[acc.length - 1]! + h], [now - 100 * D]);
    renderCard(runsFrom(starts, now));
    const next = await screen.findByTestId('forecast-v4-next');
    expect(next.textContent).toBe('No forecast');
    expect(screen.getByTestId('forecast-v4').textContent).toMatch(/no pattern: only \d+% of \d+ holds lasted within/);
  });

  it('no change yet: says there is nothing to learn from', async () => {
    const now = Date.now();
    renderCard(runsFrom([now - D], now));
    expect(
      await screen.findByText(
        'No address change recorded yet: the pattern is learnt from changes as IPWatch records them.',
      ),
    ).toBeTruthy();
  });

  it('asks again after an address change', async () => {
    const now = Date.now();
    const fake = renderCard(runsFrom([now - 3 * D, now - 2 * D, now - D], now));
    await screen.findByTestId('forecast-v4');
    const calls = fake.client.getForecast.mock.calls.length;
    act(() =>
      fake.emit({
        type: 'change',
        at: now,
        family: 4,
        from: '198.51.100.3',
        to: '198.51.100.4',
        fromSince: null,
        trigger: 'interval',
        sources: [],
      }),
    );
    await vi.waitFor(() => expect(fake.client.getForecast.mock.calls.length).toBeGreaterThan(calls));
  });
});
