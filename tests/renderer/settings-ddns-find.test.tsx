// @vitest-environment happy-dom
/**
 * Choosing among the DNS providers on the Settings page: the list's search narrows the provider
 * of a new record to what is typed, says how many match (or that none does, in words), and a
 * record's form links to the provider's page where its key is made.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

async function ddnsSection() {
  renderApp(fakeEngine(), '#/settings?section=ddns');
  return screen.findByRole('region', { name: 'Dynamic DNS' });
}

describe('finding a DNS provider in Settings', () => {
  it("narrows the new record's provider to the search, then adds it with its key page linked", async () => {
    const user = userEvent.setup();
    const section = await ddnsSection();
    const select = within(section).getByLabelText<HTMLSelectElement>('Provider of the new record');
    expect(within(select).getByRole('group', { name: 'Most used' })).toBeTruthy();
    await user.type(within(section).getByLabelText('Find a provider'), 'pork');
    expect(within(section).getByRole('status')).toHaveProperty('textContent', '1 provider found');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Porkbun']);
    expect(select.value).toBe('porkbun');
    await user.click(within(section).getByRole('button', { name: 'Add a record' }));
    const form = within(section).getByRole('group', { name: 'DNS record porkbun' });
    const link = within(form).getByRole('link', { name: 'Get the key or password at porkbun.com' });
    expect(link.getAttribute('href')).toBe('https://porkbun.com/account/api');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  it('says in words when no provider has the name typed, and keeps the one chosen', async () => {
    const user = userEvent.setup();
    const section = await ddnsSection();
    const select = within(section).getByLabelText<HTMLSelectElement>('Provider of the new record');
    const before = select.value;
    await user.type(within(section).getByLabelText('Find a provider'), 'qqq');
    expect(within(section).getByRole('status').textContent).toBe(
      'No provider is named “qqq”. Custom HTTP calls any update address.',
    );
    expect(select.value).toBe(before);
    await user.clear(within(section).getByLabelText('Find a provider'));
    expect(within(section).getByRole('status').textContent).toBe('');
    expect(select.querySelectorAll('option').length).toBeGreaterThan(30);
  });
});
