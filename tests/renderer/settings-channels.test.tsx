// @vitest-environment happy-dom
/**
 * The channel forms on the Settings page: each type's own fields with the schema's labels and
 * messages, secrets write-only, and "Send a test" before saving.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { ChannelsEditor } from '../../renderer/src/settings/ChannelsEditor';
import { fakeEngine } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

/** The channels panel on settings as a read returns them (secrets as markers). */
function channelsPanel(channels: Record<string, unknown>[] = []) {
  const fake = fakeEngine();
  const saved = storedView((s) => ({ ...s, notifications: { ...(s.notifications as object), channels } }));
  const ids = new Set(channels.map((c) => String(c.id)));
  return { fake, ...renderPanel(fake, saved, (ctx) => <ChannelsEditor ctx={ctx} savedIds={ids} />) };
}

describe('channel forms', () => {
  it("adds a Gotify channel with its own fields, shows the schema's messages, then tests it unsaved", async () => {
    const user = userEvent.setup();
    const { fake } = channelsPanel();
    await user.selectOptions(await screen.findByLabelText('Type of the new channel'), 'gotify');
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const card = screen.getByRole('group', { name: 'Gotify: gotify' });
    expect(screen.queryByText(/New option name/)).toBeNull();
    expect(within(card).getByText(/Apps, Create Application/)).toBeTruthy();
    // Priority shows its default; nothing is wrong until the user asks for a test.
    expect(within(card).getByLabelText('Priority').getAttribute('placeholder')).toBe('5');
    expect(within(card).queryByText('required')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText('Fix the fields marked above to send a test.')).toBeTruthy();
    expect(within(card).getAllByText('required')).toHaveLength(2);
    expect(fake.client.testChannel).not.toHaveBeenCalled();
    await user.type(within(card).getByLabelText('Server URL'), 'push.example.org');
    expect(within(card).getByText(/http:\/\/ or https:\/\//)).toBeTruthy();
    await user.clear(within(card).getByLabelText('Server URL'));
    await user.type(within(card).getByLabelText('Server URL'), 'https://push.example.org');
    const token = within(card).getByLabelText('Application token');
    expect(token.getAttribute('type')).toBe('password');
    await user.type(token, 'AbCdEf123456');
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText('Sent in 5 ms: check that it arrived.')).toBeTruthy();
    expect(fake.client.testChannel).toHaveBeenCalledWith({
      channel: expect.objectContaining({
        id: 'gotify',
        type: 'gotify',
        url: 'https://push.example.org',
        token: 'AbCdEf123456',
      }),
    });
  });

  it('shows a stored secret only as set, sends its marker to the test, and keeps it unless retyped', async () => {
    const user = userEvent.setup();
    const { fake } = channelsPanel([{ id: 'tg', type: 'telegram', token: '123456:SECRET-TOKEN-VALUE', chatId: 42 }]);
    const card = await screen.findByRole('group', { name: 'Telegram: tg' });
    expect(within(card).getByText('set')).toBeTruthy();
    const token = within(card).getByLabelText('Bot token') as HTMLInputElement;
    expect(token.value).toBe('');
    expect(document.body.innerHTML).not.toContain('SECRET-TOKEN-VALUE');
    expect((within(card).getByLabelText('Chat ID') as HTMLInputElement).value).toBe('42');
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    await within(card).findByText(/^Sent in/);
    expect(fake.client.testChannel).toHaveBeenLastCalledWith({
      channel: expect.objectContaining({ id: 'tg', token: { set: true }, chatId: 42 }),
    });
    // A retyped token is checked by the channel's own rule, and can be taken back.
    await user.type(token, 'not-a-token');
    expect(within(card).getByText(/expected a bot token like/)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Keep the stored bot token' }));
    expect(within(card).queryByText(/expected a bot token like/)).toBeNull();
    expect(within(card).getByText('set')).toBeTruthy();
  });

  it('gives a secret from an environment variable instead of its value', async () => {
    const user = userEvent.setup();
    const { draft } = channelsPanel();
    await user.selectOptions(await screen.findByLabelText('Type of the new channel'), 'ntfy');
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const card = screen.getByRole('group', { name: 'ntfy: ntfy' });
    await user.type(within(card).getByLabelText('Topic'), 'home-ip');
    await user.selectOptions(within(card).getByLabelText('Access token: given as'), 'env');
    await user.type(within(card).getByLabelText('Access token'), 'NTFY_TOKEN');
    expect(within(card).getByText('from environment variable NTFY_TOKEN')).toBeTruthy();
    const channels = (draft().notifications as { channels: Record<string, unknown>[] }).channels;
    expect(channels.at(-1)).toMatchObject({ id: 'ntfy', type: 'ntfy', topic: 'home-ip', token: { env: 'NTFY_TOKEN' } });
  });

  it('keeps the common fields and drops the old options when the type changes', async () => {
    const user = userEvent.setup();
    channelsPanel([{ id: 'hook', type: 'webhook', url: 'https://example.org/h', mask: 'partial' }]);
    const card = await screen.findByRole('group', { name: 'Webhook: hook' });
    await user.selectOptions(within(card).getByLabelText('Type'), 'slack');
    const slack = screen.getByRole('group', { name: 'Slack: hook' });
    expect((within(slack).getByLabelText('Addresses in messages') as HTMLSelectElement).value).toBe('partial');
    expect(within(slack).queryByLabelText('Method')).toBeNull();
    expect(within(slack).getByLabelText('Webhook URL').getAttribute('type')).toBe('password');
  });
});
