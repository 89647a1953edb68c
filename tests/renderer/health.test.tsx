// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { FamilyStatus, SourceHealth } from '../../shared/types';
import { fakeEngine, renderApp, status } from './fake-engine';

afterEach(cleanup);

const now = Date.now();
const noAddress = (family: 4 | 6, result: 'unavailable' | 'uncertain'): FamilyStatus => ({
  family,
  enabled: true,
  ip: null,
  since: null,
  lastCheck: { at: now - 5000, trigger: 'start', result, durationMs: 30, requests: 5 },
  cgnat: null,
});
const source = (id: string, over: Partial<SourceHealth>): SourceHealth => ({
  id,
  provider: id,
  kind: 'http',
  family: 4,
  state: 'closed',
  successes: 9,
  failures: 1,
  consecutiveFailures: 0,
  successRate: 0.9,
  latencyMs: 12,
  ...over,
});

describe('health on the dashboard', () => {
  it('says no internet (not Online) when no source answered with an address, and what to do', async () => {
    const st = status({
      online: false,
      offlineSince: now - 60_000,
      families: { v4: noAddress(4, 'uncertain'), v6: noAddress(6, 'unavailable') },
      sources: [],
    });
    renderApp(fakeEngine({ status: st }));
    expect(await screen.findByLabelText('Monitoring: No internet')).toBeTruthy();
    expect(screen.queryByLabelText('Monitoring: Online')).toBeNull();
    expect(screen.getByTestId('health-note').textContent).toMatch(/network connection.*portal.*Since/);
    // "uncertain" says what it means and what to do, on the family's card.
    const v4 = screen.getByRole('region', { name: 'IPv4' });
    expect(within(v4).getByText(/^Uncertain: sources replied, but not enough agreed/)).toBeTruthy();
    const v6 = screen.getByRole('region', { name: 'IPv6' });
    expect(within(v6).getByText(/switch IPv6 off in Settings/)).toBeTruthy();
  });

  it('is not green while one watched family has no address', async () => {
    const st = status({ sources: [] });
    st.families.v6 = noAddress(6, 'unavailable');
    renderApp(fakeEngine({ status: st }));
    expect(await screen.findByLabelText('Monitoring: No IPv6')).toBeTruthy();
  });

  it('says Disconnected while the page has lost the engine, and the state again once back', async () => {
    const { connection } = renderApp(fakeEngine({ status: status({ sources: [] }) }));
    expect(await screen.findByLabelText('Monitoring: Online')).toBeTruthy();
    act(() => connection.set('disconnected'));
    expect(screen.getByLabelText('Monitoring: Disconnected')).toBeTruthy();
    expect(screen.queryByLabelText('Monitoring: Online')).toBeNull();
    act(() => connection.set('connected'));
    expect(screen.getByLabelText('Monitoring: Online')).toBeTruthy();
  });

  it("says each source's state in one word, the reason behind a disclosure, and no reason once it answers again", async () => {
    const socket = 'network: UND_ERR_SOCKET: other side closed';
    const st = status({
      sources: [
        source('recovered', { lastError: socket, lastErrorAt: now - 3_600_000, lastSuccessAt: now - 20_000 }),
        source('broken', {
          consecutiveFailures: 1,
          lastError: 'HTTP 503',
          lastErrorAt: now - 10_000,
          lastSuccessAt: now - 7_200_000,
        }),
        source('tripped', {
          state: 'open',
          consecutiveFailures: 3,
          lastError: socket,
          lastErrorAt: now - 10_000,
          openUntil: now + 120_000,
        }),
      ],
    });
    renderApp(fakeEngine({ status: st }));
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const recovered = within(sources).getByRole('row', { name: /recovered/ });
    expect(within(recovered).getByText('answering')).toBeTruthy();
    expect(within(recovered).getByText(/^Answered/).textContent).toMatch(/^Answered \d+ s ago$/);
    expect(recovered.textContent).not.toMatch(/UND_ERR_SOCKET|Why/);
    const broken = within(sources).getByRole('row', { name: /broken/ });
    expect(within(broken).getByText('failing')).toBeTruthy();
    expect(within(broken).getByText(/^Last answer/).textContent).toBe('Last answer 2 h ago');
    const why = broken.querySelector('details')!;
    expect(why.open).toBe(false);
    // Words first, when, then the engine's own text folded under Details.
    expect(why.textContent).toMatch(
      /^Why broken is failingThe service failed on its side \(HTTP 503\): try again later\. \(\d+ s ago\)DetailsHTTP 503$/,
    );
    const tripped = within(sources).getByRole('row', { name: /tripped/ });
    expect(within(tripped).getByText('resting after failures')).toBeTruthy();
    const trippedWhy = tripped.querySelector('details')!;
    expect(trippedWhy.textContent).toMatch(
      /^Why tripped is resting after failuresThe connection was closed before an answer/,
    );
    expect(trippedWhy.textContent).toMatch(/Asked again in (1|2) min/);
    // The code is there for whoever opens Details, never as the words.
    expect(trippedWhy.querySelector('details')!.textContent).toBe('Detailsnetwork: UND_ERR_SOCKET: other side closed');
    // The breaker's own words are the engine's: the badges say the person's, grouped by cause, trouble first.
    const badges = [...sources.querySelectorAll('.badge')].map((b) => b.textContent);
    expect(badges).toEqual(['failing', 'resting after failures', 'answering']);
    expect(within(sources).queryByRole('columnheader', { name: 'Breaker' })).toBeNull();
  });
});
