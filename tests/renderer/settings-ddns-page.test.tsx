// @vitest-environment happy-dom
/**
 * The DDNS section on the Settings page itself: a record added there is saved with "Save
 * settings"; a field to fix is named in the page's error list in words (the list, the record,
 * the field's label) and its link opens the record's form at that field.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('the Dynamic DNS section of Settings', () => {
  it('names a field to fix by its words and links to it, then saves the record', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings?section=ddns');
    const section = await screen.findByRole('region', { name: 'Dynamic DNS' });
    await user.selectOptions(
      within(section).getByLabelText('Provider of the new record'),
      'RFC 2136 (your own server)',
    );
    await user.click(within(section).getByRole('button', { name: 'Add a record' }));
    const form = within(section).getByRole('group', { name: 'DNS record rfc2136' });
    await user.type(within(form).getByLabelText('Primary server'), '127.0.0.1');
    await user.type(within(form).getByLabelText('DNS zone'), 'example.org');
    await user.type(within(form).getByLabelText('TSIG key name'), 'home-key');
    await user.click(within(form).getByRole('button', { name: 'Generate a TSIG secret' }));
    await user.click(within(section).getByRole('button', { name: 'Close rfc2136' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = screen.getByRole('heading', { name: 'Fix these settings' }).parentElement!;
    const link = within(summary).getByRole('button', { name: 'DNS records › rfc2136 › Host name' });
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    await user.click(link);
    const name = within(section).getByLabelText('Host name');
    await waitFor(() => expect(document.activeElement).toBe(name));
    await user.type(name, 'home.example.org');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(fake.client.saveSettings).toHaveBeenCalledTimes(1));
    const saved = (fake.settings.ddns as { records: Record<string, unknown>[] }).records;
    expect(saved).toEqual([
      expect.objectContaining({ id: 'rfc2136', provider: 'rfc2136', name: 'home.example.org', port: 53, ttl: 60 }),
    ]);
    expect(saved[0]!.secret).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});
