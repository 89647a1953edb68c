// @vitest-environment happy-dom
/**
 * The dashboard's memory chart (renderer/src/charts/MemoryChart.tsx) over the fake engine, whose
 * getMemory runs the real series and bound (tests/renderer/fake-memory.ts): the summary says the
 * span, the figures and the bound with where it came from, in each language; the last samples are
 * a table; one sample says why there is no chart yet; RSS above its bound says the notice went.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { type Engine, EngineProvider } from '../../renderer/src/api/engine';
import { createEventLog } from '../../renderer/src/api/event-log';
import type { Client } from '../../renderer/src/api/types';
import { newQueryClient } from '../../renderer/src/App';
import { MEMORY_TABLE_ROWS, MemoryChart } from '../../renderer/src/charts/MemoryChart';
import { I18nProvider } from '../../renderer/src/i18n/I18n';
import type { MemoryAnswer } from '../../shared/contract/memory';
import { de } from '../../shared/i18n/catalogues/de';
import { en } from '../../shared/i18n/catalogues/en';
import type { Catalogue } from '../../shared/i18n/catalogues/en';
import { id } from '../../shared/i18n/catalogues/id';
import { pseudoCatalogue, unmarkedText } from '../helpers/pseudo-language';
import { blankCanvas } from './blank-canvas';
import { fakeEngine } from './fake-engine';
import { fakeMemory } from './fake-memory';

let restoreCanvas = () => {};
beforeEach(() => (restoreCanvas = blankCanvas()));
afterEach(() => {
  cleanup();
  restoreCanvas();
});

function renderChart(language: 'en' | 'de' | 'id', messages: Catalogue, answer?: MemoryAnswer) {
  // The pseudo-language is English's marked copy: its language is 'en'.
  const fake = fakeEngine();
  if (answer) fake.client.getMemory.mockResolvedValue(answer);
  const engine: Engine = {
    client: fake.client as Client,
    connection: createConnection('connected'),
    http: null,
    events: createEventLog(),
  };
  render(
    <QueryClientProvider client={newQueryClient()}>
      <EngineProvider engine={engine}>
        <I18nProvider fixed={{ language, messages }}>
          <MemoryChart />
        </I18nProvider>
      </EngineProvider>
    </QueryClientProvider>,
  );
  return fake;
}

describe('the memory chart', () => {
  it.each([
    [
      'en',
      en,
      'Memory over time',
      "RSS over the 1 h 59 min sampled: now 114.8 MB, highest 114.8 MB. Bound: 409.6 MB: 80 % of the container's limit of 512.0 MB (cgroup v2 memory.max).",
    ],
    [
      'de',
      de,
      'Speicher im Zeitverlauf',
      'RSS über die gemessenen 1 Std. 59 Min.: jetzt 114,8 MB, höchstens 114,8 MB. Grenze: 409,6 MB: 80 % der Grenze des Containers von 512,0 MB (cgroup v2 memory.max).',
    ],
    [
      'id',
      id,
      'Memori dari waktu ke waktu',
      'RSS selama 1 jam 59 mnt yang diukur: kini 114,8 MB, tertinggi 114,8 MB. Batas: 409,6 MB: 80 % dari batas kontainer 512,0 MB (cgroup v2 memory.max).',
    ],
  ] as const)('%s: the span, the figures and the bound in words', async (language, messages, title, summary) => {
    renderChart(language, messages);
    const card = await screen.findByTestId('memory');
    expect(within(card).getByRole('heading').textContent).toBe(title);
    expect(within(card).getByTestId('memory-readout').textContent).toBe(summary);
  });

  it('lists the newest samples as a table, newest first', async () => {
    const answer = fakeMemory(Date.now());
    renderChart('en', en, answer);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(MEMORY_TABLE_ROWS);
    const newest = answer.points.at(-1)!;
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['114.8 MB', '21.0 MB', `${(newest.nativeBytes / 2 ** 20).toFixed(1)} MB`, '21.0 MB']);
    expect(screen.getByText('The last 12 samples as a table')).toBeTruthy();
  });

  it('a document with no 2D canvas draws no chart and keeps the words and the table', async () => {
    restoreCanvas(); // happy-dom's own canvas: getContext('2d') is null, as where canvas is blocked
    renderChart('en', en, fakeMemory(Date.now()));
    const card = await screen.findByTestId('memory');
    expect(await within(card).findByRole('table')).toBeTruthy();
    expect(within(card).getByTestId('memory-readout').textContent).toMatch(/^RSS over the /);
    const chart = within(card).getByRole('img');
    expect(chart.children).toHaveLength(0);
  });

  it('one sample: says when the chart comes', async () => {
    renderChart('en', en, fakeMemory(Date.now(), 1));
    const card = await screen.findByTestId('memory');
    expect(card.textContent).toContain('Memory is read every 60 s; the chart appears after the second reading.');
    expect(within(card).queryByTestId('memory-chart')).toBeNull();
  });

  it('RSS above its bound: says the notice was sent', async () => {
    renderChart('en', en, { ...fakeMemory(Date.now()), above: true });
    expect(await screen.findByText('RSS is above its bound: a memory notice was sent.')).toBeTruthy();
  });

  describe("the app's other processes", () => {
    const MB = 2 ** 20;
    /** The fake's points, each with the app's page and GPU process as the shell reads them (the oldest without: read before the window opened). */
    const withApp = (): MemoryAnswer => {
      const a = fakeMemory(Date.now());
      return {
        ...a,
        points: a.points.map((p, i) =>
          i === 0
            ? p
            : {
                ...p,
                app: {
                  totalBytes: 150 * MB,
                  byType: [
                    { type: 'Tab', count: 2, bytes: 100 * MB },
                    { type: 'GPU', count: 1, bytes: 50 * MB },
                  ],
                },
              },
        ),
      };
    };

    it('a third line and a column by type, in German', async () => {
      renderChart('de', de, withApp());
      const card = await screen.findByTestId('memory');
      expect(card.textContent).toContain('Die übrigen Prozesse der App');
      const table = await within(card).findByRole('table');
      expect(within(table).getAllByRole('columnheader').at(-1)!.textContent).toBe('Übrige Prozesse');
      const newest = within(table).getAllByRole('row')[1]!;
      expect(within(newest).getAllByRole('cell').at(-1)!.textContent).toBe(
        '150,0 MB: Seiten 100,0 MB (2 Prozesse) und der GPU-Prozess 50,0 MB',
      );
    });

    it('no English left in the pseudo-language', async () => {
      renderChart('en', pseudoCatalogue(), withApp());
      const card = await screen.findByTestId('memory');
      const table = await within(card).findByRole('table');
      // The app's column, its header and every cell (the table's times and figures are data).
      const column = within(table)
        .getAllByRole('row')
        .map((r) => r.lastElementChild?.textContent ?? '');
      expect(column[1]).toContain('150.0 MB');
      expect(column.flatMap((text) => unmarkedText(text))).toEqual([]);
      const legend = card.querySelector('.chart-legend')?.textContent ?? '';
      expect(legend).toContain('⟦');
      expect(unmarkedText(legend)).toEqual([]);
    });

    it('headless (no point has them): nothing is said of them', async () => {
      renderChart('en', en, fakeMemory(Date.now()));
      const card = await screen.findByTestId('memory');
      await within(card).findByRole('table');
      expect(card.textContent).not.toContain('other processes');
      expect(card.textContent).not.toContain('Other processes');
    });
  });
});
