// @vitest-environment happy-dom
/** The Sites page (renderer/src/pages/Sites.tsx): the fleet's sites in the shared words, paged, each opening into its events. */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { FleetSite } from '../../shared/contract/fleet';
import { fleetSite, officeEvents } from '../helpers/fleet-state';
import { fakeEngine, renderApp, watchingFleetStatus } from './fake-engine';

afterEach(cleanup);

const site = (name: string, over: Partial<FleetSite> = {}): FleetSite => fleetSite(name, Date.now(), over);

describe('Sites page', () => {
  it('is in the menu only while this runner watches a fleet, and says what to set when it does not', async () => {
    const off = fakeEngine();
    renderApp(off, '#/sites');
    expect(await screen.findByText('This runner does not watch a fleet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings, Fleet' }).getAttribute('href')).toBe('#/settings/fleet');
    cleanup();
    renderApp(fakeEngine(), '#/');
    await screen.findByRole('link', { name: 'History' });
    expect(screen.queryByRole('link', { name: 'Sites' })).toBeNull();
    cleanup();
    const on = fakeEngine({ status: watchingFleetStatus() });
    renderApp(on, '#/');
    expect(await screen.findByRole('link', { name: 'Sites' })).toBeTruthy();
  });

  it('shows each site in the shared words, this machine and a name mismatch flagged, and opens its events', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: watchingFleetStatus() });
    const now = Date.now();
    const events = officeEvents(now);
    fake.setFleet({
      sites: {
        watching: true,
        sites: [
          site('home', { thisMachine: true }),
          site('office', {
            online: false,
            since: now - 40_000,
            offlineReason: 'connection lost',
            // Its change of address ten minutes ago (the events' below); the others were only first seen.
            addressChangedAt: now - 600_000,
          }),
          site('parents', { nameMismatch: 'home' }),
        ],
      },
      events,
    });
    renderApp(fake, '#/sites');
    const table = await screen.findByRole('table', { name: 'Sites' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const home = table.querySelector('tr[data-site="home"]') as HTMLElement;
    expect(within(home).getByText('this machine')).toBeTruthy();
    expect(within(home).getByText('IPv4 203.0.113.7')).toBeTruthy();
    // The site's health as its code in IPWatch's words (`ok`), never its own label (`Healthy`).
    expect(within(home).getByText('Online')).toBeTruthy();
    expect(within(home).queryByText(/Healthy/)).toBeNull();
    const office = table.querySelector('tr[data-site="office"]') as HTMLElement;
    expect(within(office).getByText('offline')).toBeTruthy();
    expect(within(office).getByText(/^offline for 4\d s \(connection lost\)$/)).toBeTruthy();
    // Its health is only what it said before it went.
    expect(within(office).getByText('Online, when last heard')).toBeTruthy();
    // Its address is only the last it told.
    expect(within(office).getByText('IPv4 203.0.113.7, last known')).toBeTruthy();
    const parents = table.querySelector('tr[data-site="parents"]') as HTMLElement;
    expect(within(parents).getByText(/its state calls it "home"/)).toBeTruthy();
    expect(screen.getByText('3 sites: 2 online, 1 offline; 1 site with a new address in the last 24 h.')).toBeTruthy();

    await user.click(within(office).getByRole('button', { name: 'office' }));
    const card = (await screen.findByRole('heading', { name: 'Site office' })).closest('section') as HTMLElement;
    const list = await within(card).findByRole('table', { name: 'Events of office' });
    expect(card.textContent).toMatch(/offline for 4\d s \(connection lost\); IPv4 203\.0\.113\.7, last known; health/);
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((r) => (r as HTMLTableRowElement).cells[1]?.textContent)).toEqual([
      'went offline (connection lost)',
      'changed: IPv4 address: 198.51.100.2 → 203.0.113.9 [while this watcher was away]',
    ]);
    expect(fake.client.getSite).toHaveBeenCalledWith({ name: 'office', limit: 50 });
  });

  it('says a site known only by its will was never heard, and one heard this second is online just now', async () => {
    const fake = fakeEngine({ status: watchingFleetStatus() });
    const now = Date.now();
    fake.setFleet({
      sites: {
        watching: true,
        sites: [
          site('cabin', { online: false, since: now - 40_000, lastSeenAt: null, offlineReason: 'connection lost' }),
          site('office', { since: now + 60_000 }),
        ],
      },
      events: [],
    });
    renderApp(fake, '#/sites');
    const table = await screen.findByRole('table', { name: 'Sites' });
    const cabin = table.querySelector('tr[data-site="cabin"]') as HTMLElement;
    expect(within(cabin).getByText('never heard by this watcher')).toBeTruthy();
    expect(cabin.textContent).not.toMatch(/ago|NaN|1970/);
    // A since ahead of the page's clock reads as this second, never "0 s".
    const office = table.querySelector('tr[data-site="office"]') as HTMLElement;
    expect(within(office).getByText('online just now')).toBeTruthy();
  });

  it("asks for 100 of a thousand sites, shows more and finds the rest from the runner, and reads the pages shown again on the fleet's live word only", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: watchingFleetStatus() });
    const names = Array.from({ length: 1000 }, (_, i) => `site-${String(i).padStart(4, '0')}`);
    fake.setFleet({ sites: { watching: true, sites: names.map((n) => site(n)) } });
    renderApp(fake, '#/sites');
    const table = await screen.findByRole('table', { name: 'Sites' });
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(fake.client.getSites).toHaveBeenCalledTimes(1);
    expect(fake.client.getSites).toHaveBeenLastCalledWith({ limit: 100 });
    // The summary is the whole fleet's, from the first page's answer.
    expect(screen.getByText('1000 sites: 1000 online, 0 offline.')).toBeTruthy();
    expect(screen.getByText('100 of 1000 sites shown')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('200 of 1000 sites shown')).toBeTruthy();
    expect(fake.client.getSites).toHaveBeenLastCalledWith({ limit: 100, after: 'site-0099' });
    const rows = () => within(screen.getByRole('table', { name: 'Sites' })).getAllByRole('row');
    expect(rows()).toHaveLength(201);
    expect(within(screen.getByRole('table', { name: 'Sites' })).getByText('site-0100')).toBeTruthy();

    // A site gone offline shows on the fleet's `sites` word; an engine event of this machine's reads nothing again.
    fake.setFleet({
      sites: {
        watching: true,
        sites: names.map((n) => (n === 'site-0150' ? site(n, { online: false, offlineReason: 'stopped' }) : site(n))),
      },
    });
    const calls = fake.client.getSites.mock.calls.length;
    const statusCalls = fake.client.getStatus.mock.calls.length;
    fake.emit({ type: 'monitoring', at: Date.now(), paused: false });
    await waitFor(() => expect(fake.client.getStatus.mock.calls.length).toBeGreaterThan(statusCalls));
    expect(fake.client.getSites.mock.calls.length).toBe(calls);
    expect(within(screen.getByText('site-0150').closest('tr') as HTMLElement).getByText('online')).toBeTruthy();
    fake.emit({ type: 'sites', at: Date.now(), sites: ['site-0150'] });
    const row = () => screen.getByText('site-0150').closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row()).getByText('offline')).toBeTruthy());
    // The two pages shown were read again, 100 sites each: never the whole fleet.
    const again = fake.client.getSites.mock.calls.slice(calls).map(([q]) => q);
    expect(again).toEqual([{ limit: 100 }, { limit: 100, after: 'site-0099' }]);
    expect(screen.getByText('1000 sites: 999 online, 1 offline.')).toBeTruthy();
    expect(rows()).toHaveLength(201);

    await user.type(screen.getByLabelText('Find a site'), 'site-099');
    expect(await screen.findByText('site-0999')).toBeTruthy();
    expect(fake.client.getSites).toHaveBeenLastCalledWith({ limit: 100, find: 'site-099' });
    await waitFor(() => expect(rows()).toHaveLength(11));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says a clock off and two runners on the row, and forgets an opened site with Forget', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: watchingFleetStatus() });
    fake.setFleet({
      sites: {
        watching: true,
        sites: [site('home', { clockOffMs: 86_400_000 }), site('office', { twoRunnersAt: Date.now() - 5000 })],
      },
      events: [],
    });
    renderApp(fake, '#/sites');
    const table = await screen.findByRole('table', { name: 'Sites' });
    const home = table.querySelector('tr[data-site="home"]') as HTMLElement;
    expect(within(home).getByText(/^its clock is off by 1 d \(ahead of this watcher's\)/)).toBeTruthy();
    const office = table.querySelector('tr[data-site="office"]') as HTMLElement;
    expect(within(office).getByText(/^two runners claim this site/)).toBeTruthy();

    await user.click(within(office).getByRole('button', { name: 'office' }));
    const card = (await screen.findByRole('heading', { name: 'Site office' })).closest('section') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: 'Forget the site office' }));
    expect(fake.client.forgetSite).toHaveBeenCalledWith({ name: 'office' });
    await within(card).findByText(/^forgot the site "office"/);
    await waitFor(() => expect(table.querySelector('tr[data-site="office"]')).toBeNull());
    expect(table.querySelector('tr[data-site="home"]')).not.toBeNull();
  });
});
