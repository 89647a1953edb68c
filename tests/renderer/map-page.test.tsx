// @vitest-environment happy-dom
/**
 * The Map page (renderer/src/pages/Map.tsx) over the fake engine, whose getMap runs the real
 * summary (shared/map/from-history.ts) on its runs: the countries held are shaded, each family's
 * place has a marker (a territory without a shape too), the runs are a table with the country's
 * name in the page's language, and the Dashboard's card links to the page.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { HistoryEntry } from '../../renderer/src/api/types';
import { fakeEngine, renderApp } from './fake-engine';

const D = 86_400_000;
afterEach(cleanup);

const run = (
  id: number,
  family: 4 | 6,
  ip: string,
  from: number,
  to: number,
  country: string | null,
): HistoryEntry => ({
  id,
  family,
  ip,
  prefix: null,
  firstSeen: from,
  lastSeen: to,
  checks: 10,
  sources: ['http0-v4'],
  identity: country === null ? null : { asn: 64500, org: 'Example', country, vpn: null },
  change: null,
});

function travels(now: number): HistoryEntry[] {
  return [
    run(4, 4, '192.0.2.4', now - 1 * D, now, 'GI'),
    run(3, 4, '192.0.2.3', now - 2 * D, now - 1 * D, 'DE'),
    run(2, 4, '192.0.2.2', now - 4 * D, now - 2 * D, 'FR'),
    run(1, 6, '2001:db8::1', now - 5 * D, now, null),
  ];
}

describe('the Map page', () => {
  it('shades the countries held, marks each place, and lists the runs in a table', async () => {
    const fake = fakeEngine({ history: travels(Date.now()) });
    renderApp(fake, '#/map');
    const table = await screen.findByTestId('map-table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Newest first, countries by name, the unknown one in words.
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Gibraltar',
      'Germany',
      'France',
      'unknown',
    ]);
    const svg = screen.getByTestId('map-svg');
    expect(svg.getAttribute('aria-label')).toMatch(/^Map of the countries/);
    const shaded = [...svg.querySelectorAll('path[data-code]')].filter((p) => p.getAttribute('fill') !== '#e5e7eb');
    expect(shaded.map((p) => p.getAttribute('data-code')).sort()).toEqual(['DE', 'FR']);
    // Gibraltar has no shape at 1:110m: its marker is what shows it.
    const markers = [...svg.querySelectorAll('circle')].map((c) => c.getAttribute('data-code'));
    expect(markers.sort()).toEqual(['DE', 'FR', 'GI']);
    expect(screen.getByText(/3 countries, 4 address runs and 2 moves in the last 7 days\./)).toBeTruthy();
    expect(screen.getByText(/No known country for/)).toBeTruthy();
    expect(fake.client.getMap).toHaveBeenCalled();
  });

  it('asks for the period picked', async () => {
    const fake = fakeEngine({ history: travels(Date.now()) });
    renderApp(fake, '#/map');
    await screen.findByTestId('map-table');
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: '1' } });
    await waitFor(() => expect(screen.getByText(/in the last 24 hours\./)).toBeTruthy());
    const last = fake.client.getMap.mock.calls.at(-1)![0] as { from: number; to: number };
    expect(last.to - last.from).toBe(D);
  });

  it('says so when the period has no address', async () => {
    const fake = fakeEngine({ history: [] });
    renderApp(fake, '#/map');
    expect(await screen.findByText(/No address was held in the last 24 hours\./)).toBeTruthy();
  });

  it('is linked from the Dashboard', async () => {
    renderApp(fakeEngine(), '#/');
    const card = await screen.findByTestId('map-card');
    expect(within(card).getByRole('link', { name: 'Open the map' }).getAttribute('href')).toBe('#/map');
  });
});
