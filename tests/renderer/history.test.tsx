// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DOM_WAIT_MS, fakeEngine, renderApp, runs } from './fake-engine';

afterEach(cleanup);

describe('history page', () => {
  it('pages, filters by family and searches by address', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ history: runs(120) });
    renderApp(fake, '#/history');
    const table = await screen.findByRole('table', { name: 'Address history' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Page 1 of 3 (120 entries)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page 2 of 3 (120 entries)')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('IP version'), '6');
    expect(await screen.findByText('Page 1 of 2 (60 entries)')).toBeTruthy();
    expect(fake.client.getHistory).toHaveBeenLastCalledWith({ family: 6, limit: 50, offset: 0 });
    await user.type(screen.getByLabelText('Search address'), '2001:db8::a');
    expect(await screen.findByText(/\(\d+ entr(y|ies)\)/)).toBeTruthy();
    expect(fake.client.getHistory).toHaveBeenLastCalledWith({ family: 6, ip: '2001:db8::a', limit: 50, offset: 0 });
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine({ history: runs(4) }), '#/history');
    await screen.findByRole('table', { name: 'Address history' });
    await user.type(screen.getByLabelText('Search address'), '198.51.100.');
    expect(await screen.findByText('No runs match this filter.')).toBeTruthy();
  });

  it("names each run's network, flagged in the shared words, and credits DB-IP below the table", async () => {
    const [a, b, c] = runs(3);
    const history = [
      { ...a!, identity: { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null } },
      { ...b!, identity: { asn: 24940, org: 'Hetzner Online GmbH', country: 'DE', vpn: 'hosting-asn' as const } },
      { ...c!, identity: null },
    ];
    renderApp(fakeEngine({ history }), '#/history');
    const table = await screen.findByRole('table', { name: 'Address history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('AS3320 Deutsche Telekom AG, DE')).toBeTruthy();
    expect(within(rows[1]!).getByLabelText(/^hosting or cloud network: /).textContent).toBe('hosting or cloud network');
    expect(screen.getByRole('link', { name: 'IP geolocation by DB-IP' }).getAttribute('href')).toBe(
      'https://db-ip.com',
    );
  });

  it('credits no one when no run has a network', async () => {
    renderApp(fakeEngine({ history: runs(3) }), '#/history');
    await screen.findByRole('table', { name: 'Address history' });
    expect(screen.queryByTestId('identity-credit')).toBeNull();
  });

  it('exports through the engine in the app window', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/history');
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(fake.client.exportHistory).toHaveBeenCalledWith({ format: 'csv' });
  });
});

describe('history at a change', () => {
  it('shows that family and marks the run the change started', async () => {
    const all = runs(6);
    const target = all[3]!; // an IPv6 run
    renderApp(fakeEngine({ history: all }), `#/history?change=6-${target.firstSeen}`);
    const table = await screen.findByRole('table', { name: 'Address history' });
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4), { timeout: DOM_WAIT_MS });
    const marked = within(table)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-current') === 'true');
    expect(marked.map((r) => within(r).getByText(target.ip) !== null)).toEqual([true]);
    expect((screen.getByLabelText('IP version') as HTMLSelectElement).value).toBe('6');
  });
});

describe('history names what found each address', () => {
  it('says "First seen" for the first address and the trigger in words, never the engine\'s name', async () => {
    const [first, second, third] = runs(3);
    const items = [
      { ...first!, change: { from: null, trigger: 'start' as const, sources: [] } },
      { ...second!, change: null },
      { ...third!, change: { from: '81.2.69.142', trigger: 'manual' as const, sources: [] } },
    ];
    renderApp(fakeEngine({ history: items }), '#/history');
    const table = await screen.findByRole('table', { name: 'Address history' });
    const [, firstRow, unknownRow, changedRow] = within(table).getAllByRole('row');
    const change = (row: HTMLElement) => row.querySelector('td[data-label="Change"]')!.textContent;
    expect(change(firstRow!)).toBe('First seenFound by the check at start-up');
    expect(change(unknownRow!)).toBe('—');
    expect(change(changedRow!)).toBe('From 81.2.69.142Found by a check you started');
    expect(table.textContent).not.toMatch(/\(manual\)|\(start\)|→/);
  });
});
