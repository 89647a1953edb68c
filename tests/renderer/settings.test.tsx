// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('settings page', () => {
  it("shows the schema's own message beside an invalid field and sends nothing", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings');
    const interval = await screen.findByLabelText('Check every (seconds)');
    expect(interval.getAttribute('min')).toBe('10');
    expect(interval.getAttribute('max')).toBe('86400');
    await user.clear(interval);
    await user.type(interval, '5');
    const message = await screen.findByText('Must be at least 10 seconds.');
    expect(interval.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/needs fixing; nothing was saved/)).toBeTruthy();
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
  });

  it('saves a valid change through the engine', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings');
    const interval = await screen.findByLabelText('Check every (seconds)');
    await user.clear(interval);
    await user.type(interval, '120');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((fake.settings.monitor as { intervalSec: number }).intervalSec).toBe(120);
  });

  it("shows the engine's field errors inline", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'monitor.quorum', message: 'more than the providers you have' }],
    });
    renderApp(fake, '#/settings');
    const quorum = await screen.findByLabelText('Sources that must agree');
    await user.clear(quorum);
    await user.type(quorum, '3');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('More than the providers you have.')).toBeTruthy();
  });

  it('adds a custom source, checks it with the schema and tests it', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/sources');
    await user.click(await screen.findByRole('button', { name: 'Add a custom source' }));
    const item = screen.getByRole('group', { name: 'Custom source 1' });
    // A new, untouched source is not red: its empty fields are asked for, not faulted.
    expect(item.querySelectorAll('[aria-invalid="true"]').length).toBe(0);
    expect(within(item).queryByText(/Enter|Must be|Too small/)).toBeNull();
    const test = within(item).getByRole('button', { name: 'Test this source' });
    expect(test).toHaveProperty('disabled', true);
    await user.type(within(item).getByLabelText('Source id'), 'mine');
    await user.type(within(item).getByLabelText('Address (URL)'), 'not a url');
    expect(
      await within(screen.getByRole('group', { name: 'Custom source mine' })).findByText(
        'Must be a web address (http:// or https://).',
      ),
    ).toBeTruthy();
    const url = screen.getByLabelText('Address (URL)');
    await user.clear(url);
    await user.type(url, 'http://127.0.0.1:9/ip');
    await user.click(screen.getByRole('button', { name: 'Test this source' }));
    expect(await screen.findByText('Answered 81.2.69.142 in 7 ms')).toBeTruthy();
    expect(fake.client.testSource).toHaveBeenCalledWith({
      source: expect.objectContaining({ id: 'mine', kind: 'http', url: 'http://127.0.0.1:9/ip' }),
    });
  });

  it('keeps the appearance choices and applies the theme', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/appearance');
    await user.selectOptions(await screen.findByLabelText('Theme'), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    const zone = screen.getByLabelText("Time zone (empty: this machine's)");
    await user.type(zone, 'Mars/Base');
    expect(screen.getByText('Unknown time zone (expected e.g. Europe/Berlin).')).toBeTruthy();
    await user.clear(zone);
    await user.type(zone, 'Europe/Berlin');
    expect(JSON.parse(localStorage.getItem('ipwatch.appearance')!)).toMatchObject({
      theme: 'dark',
      timeZone: 'Europe/Berlin',
    });
  });
});

describe('settings.json invalid at start', () => {
  it('explains a settings.json that was invalid at start', async () => {
    renderApp(fakeEngine(), '#/settings?invalid=1');
    expect((await screen.findByText(/settings.json could not be used/)).getAttribute('role')).toBe('alert');
  });
});
