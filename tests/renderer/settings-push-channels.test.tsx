// @vitest-environment happy-dom
/**
 * The Teams, Pushover and Apprise forms on the Settings page: each type's own fields with the
 * schema's labels, secrets write-only (a stored one shown only as set), Apprise's key and URLs
 * offered one at a time, and a test sent with what was typed.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { ChannelsEditor } from '../../renderer/src/settings/ChannelsEditor';
import { fakeEngine } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

function channelsPanel(channels: Record<string, unknown>[] = []) {
  const fake = fakeEngine();
  const saved = storedView((s) => ({ ...s, notifications: { ...(s.notifications as object), channels } }));
  const ids = new Set(channels.map((c) => String(c.id)));
  return { fake, ...renderPanel(fake, saved, (ctx) => <ChannelsEditor ctx={ctx} savedIds={ids} />) };
}

const rows = () => within(screen.getByRole('list', { name: 'Notification channels' }));

async function add(type: string, name: string) {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByLabelText('Type of the new channel'), type);
  await user.click(screen.getByRole('button', { name: 'Add a channel' }));
  return { user, card: screen.getByRole('group', { name }) };
}

describe('push channel forms', () => {
  it('adds Pushover: token and user key as passwords, a priority to pick, and tests what was typed', async () => {
    const { fake } = channelsPanel();
    const { user, card } = await add('pushover', 'Pushover: pushover');
    expect(within(card).getByText(/Create an application on pushover.net/)).toBeTruthy();
    const token = within(card).getByLabelText('Application token');
    const userKey = within(card).getByLabelText('User key');
    expect([token.getAttribute('type'), userKey.getAttribute('type')]).toEqual(['password', 'password']);
    const priority = within(card).getByLabelText('Priority') as HTMLSelectElement;
    expect([...priority.options].map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['Automatic (high for bad news)', '-2 (no alert)', '1 (high, bypasses quiet hours)']),
    );
    expect(within(card).getByLabelText('Devices').closest('details')!.querySelector('summary')!.textContent).toBe(
      'More options',
    );
    await user.type(token, 'short');
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText(/30 letters and digits/)).toBeTruthy();
    expect(fake.client.testChannel).not.toHaveBeenCalled();
    await user.clear(token);
    await user.type(token, 'azGDORePK8gMaC0QOYAMyEEuzJnyUi');
    await user.type(userKey, 'uQiRzpo4DXghDmr9QzzfQu27cmVRsG');
    await user.selectOptions(priority, '-2 (no alert)');
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText('Sent in 5 ms: check that it arrived.')).toBeTruthy();
    expect(fake.client.testChannel).toHaveBeenCalledWith({
      channel: expect.objectContaining({
        type: 'pushover',
        token: 'azGDORePK8gMaC0QOYAMyEEuzJnyUi',
        userKey: 'uQiRzpo4DXghDmr9QzzfQu27cmVRsG',
        priority: -2,
      }),
    });
  });

  it('adds Teams with its workflow URL as a secret, refusing one copied with &amp;', async () => {
    channelsPanel();
    const { user, card } = await add('teams', 'Microsoft Teams: teams');
    const url = within(card).getByLabelText('Workflow URL');
    expect(url.getAttribute('type')).toBe('password');
    await user.type(
      url,
      'https://x.logic.azure.com/workflows/1/triggers/manual/paths/invoke?api-version=1&amp;sig=abc',
    );
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText(/write & instead/)).toBeTruthy();
  });

  it('offers Apprise a key or URLs, one at a time, and shows stored URLs only as set', async () => {
    channelsPanel([
      { id: 'ap', type: 'apprise', url: 'http://apprise.lan:8000', appriseUrls: 'tgram://123:SeCrEtBoT/42' },
    ]);
    const user = userEvent.setup();
    await user.click(rows().getByRole('button', { name: 'Edit ap' }));
    const card = await screen.findByRole('group', { name: 'Apprise: ap' });
    expect(within(card).getByText('set')).toBeTruthy();
    expect(within(card).queryByLabelText('Configuration key')).toBeNull();
    expect(document.body.innerHTML).not.toContain('SeCrEtBoT');

    cleanup();
    channelsPanel();
    const added = await add('apprise', 'Apprise: apprise');
    expect(within(added.card).getByLabelText('Configuration key')).toBeTruthy();
    expect(within(added.card).getByLabelText('Apprise URLs')).toBeTruthy();
    await added.user.type(within(added.card).getByLabelText('Configuration key'), 'home');
    expect(within(added.card).queryByLabelText('Apprise URLs')).toBeNull();
  });
});
