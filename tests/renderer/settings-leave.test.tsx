// @vitest-environment happy-dom
/**
 * Settings keeps what was typed (issue 75): leaving for another page with unsaved changes asks
 * (save and leave, discard and leave, stay), in the page's language; a new DNS record's form is
 * free of messages until something is typed or a save is tried; the restart note names only
 * fields changed.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('a new DNS record', () => {
  it('shows no message before anything is typed', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    renderApp(fake, '#/settings/ddns');
    const section = await screen.findByRole('region', { name: 'Dynamic DNS' });
    await user.click(within(section).getByRole('button', { name: 'Add a record' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    console.log('after refused', document.querySelectorAll('.field-error').length);
    await user.click(within(section).getByRole('button', { name: /Remove/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(fake.client.saveSettings).toHaveBeenCalled());
    console.log('after ok', document.querySelectorAll('.field-error').length);
    await user.click(within(section).getByRole('button', { name: 'Add a record' }));
    await within(section).findByRole('group', { name: /DNS record/ });
    console.log(
      document.querySelectorAll('.field-error').length,
      [...document.querySelectorAll('.field-error')].map((e) => e.textContent),
    );
  });
});
