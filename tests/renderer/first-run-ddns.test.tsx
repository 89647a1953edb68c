// @vitest-environment happy-dom
/**
 * The first-run steps offer a host name kept pointing here (dynamic DNS): in the browser, a
 * step of its own with the Settings page's record forms, saved with the rest; skippable.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

/** Through the first three steps as they come, to the host name step. */
async function toHostNameStep(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: /^Step 1 of \d: What to watch/ });
  for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(await screen.findByRole('heading', { name: /^Step 4 of 4: Host name/ })).toBeTruthy();
}

describe('the first run offers dynamic DNS', () => {
  it('adds a DuckDNS record, tests it before saving, and saves it with the rest', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ firstRun: true });
    renderApp(fake, '#/', { web: true });
    await toHostNameStep(user);
    expect(screen.getByText(/Keep a host name pointing here/)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Provider of the new record'), 'DuckDNS');
    await user.click(screen.getByRole('button', { name: 'Add a record' }));
    // A record not filled in keeps the step from ending, and says which field.
    await user.click(screen.getByRole('button', { name: 'Save and start watching' }));
    expect(within(screen.getByRole('alert')).getByText(/^duckdns: domain: /)).toBeTruthy();
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    const form = screen.getByRole('group', { name: 'DNS record duckdns' });
    await user.type(within(form).getByLabelText('DuckDNS sub-domain'), 'myhome');
    await user.type(within(form).getByLabelText('DuckDNS token'), 'duck-token');
    await user.click(within(form).getByRole('button', { name: 'Test this record' }));
    expect(await within(form).findByText(/^Works: the record already points at this address\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save and start watching' }));
    expect(await screen.findByTestId('ip-v4')).toBeTruthy();
    expect(fake.client.saveSettings).toHaveBeenCalledTimes(1);
    expect((fake.settings.ddns as { records: unknown[] }).records).toEqual([
      expect.objectContaining({
        id: 'duckdns',
        provider: 'duckdns',
        enabled: true,
        type: 'A',
        domain: 'myhome',
        token: 'duck-token',
        apiBase: 'https://www.duckdns.org',
      }),
    ]);
    expect(fake.client.endFirstRun).toHaveBeenCalledWith({ outcome: 'done' });
  });

  it('goes on without a record: none is saved', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ firstRun: true });
    renderApp(fake, '#/', { web: true });
    await toHostNameStep(user);
    expect(screen.getByText('No records: no host name is kept pointing here.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save and start watching' }));
    expect(await screen.findByTestId('ip-v4')).toBeTruthy();
    expect((fake.settings.ddns as { records: unknown[] }).records).toEqual([]);
  });
});
