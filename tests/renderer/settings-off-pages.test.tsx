// @vitest-environment happy-dom
/**
 * A Settings section whose feature is off, opened from the side menu (not a `?section=` link):
 * its page shows what the person came for at once, the line saying it is off above the form
 * and the switch or token that turns it on in view, with no fold to open first.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('a switched-off section reached from the side menu', () => {
  it.each([
    ['hook', 'Program on change', /^Off: no program runs on a change/, 'Run a program on change'],
    ['heartbeat', 'Heartbeat', /^Off: no pings are sent/, 'Send heartbeats'],
    ['speed', 'Speed test', /^Off: no speed test runs/, 'Allow speed tests'],
    ['discord', 'Discord bot', /^Off: no bot token/, 'Bot token'],
  ])('#/settings/%s shows its form, not a fold', async (id, title, off, control) => {
    renderApp(fakeEngine(), `#/settings/${id}`);
    const page = await screen.findByRole('region', { name: title });
    expect(within(page).getByTestId('section-off').textContent).toMatch(off);
    // In view without a click: not inside a closed <details>.
    const input = await within(page).findByLabelText(control, { selector: 'input' });
    expect(input.closest('details')).toBeNull();
    // The section is not folded whole under its off line (its fine tuning may be, under its own line).
    expect(within(page).getByTestId('section-off').closest('details')).toBeNull();
  });

  it('moving to it in the side menu shows the same, and switching it on drops the off line', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine(), '#/settings/monitor');
    await screen.findByLabelText('Check every (seconds)');
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    await user.click(within(nav).getByRole('link', { name: 'Program on change' }));
    const page = await screen.findByRole('region', { name: 'Program on change' });
    const on = within(page).getByLabelText('Run a program on change', { selector: 'input' });
    expect(on.closest('details')).toBeNull();
    await user.click(on);
    expect(within(page).queryByTestId('section-off')).toBeNull();
  });
});
