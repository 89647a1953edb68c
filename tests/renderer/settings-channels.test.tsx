// @vitest-environment happy-dom
/**
 * The notification channels on the Settings page: one-line rows with the delivery state, each
 * type's own form (the schema's labels and messages, secrets write-only) opened from its row,
 * "Send a test" before saving, and one "Add Discord" choice.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ChannelsEditor, offeredTypes } from '../../renderer/src/settings/ChannelsEditor';
import { english } from '../../shared/i18n/translators';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

/** The channels panel on settings as a read returns them (secrets as markers). */
function channelsPanel(
  channels: Record<string, unknown>[] = [],
  onDiscordBot?: () => void,
  engineStatus?: ReturnType<typeof status>,
) {
  const fake = fakeEngine(engineStatus ? { status: engineStatus } : {});
  const saved = storedView((s) => ({ ...s, notifications: { ...(s.notifications as object), channels } }));
  const ids = new Set(channels.map((c) => String(c.id)));
  return {
    fake,
    ...renderPanel(fake, saved, (ctx) => <ChannelsEditor ctx={ctx} savedIds={ids} onDiscordBot={onDiscordBot} />),
  };
}

const rows = () => within(screen.getByRole('list', { name: 'Notification channels' }));
const invalidIn = (el: HTMLElement) => el.querySelectorAll('[aria-invalid="true"]').length;

describe('channels as rows', () => {
  it('shows one line per channel with its type and delivery state, and no form until one is edited', async () => {
    channelsPanel([
      { id: 'desktop', type: 'desktop' },
      { id: 'tg', type: 'telegram', token: '123456:SECRET-TOKEN-VALUE', chatId: 42, enabled: false },
    ]);
    // The engine has sent through the desktop channel: working.
    const desktop = rows().getByRole('listitem', { name: 'desktop' });
    expect(within(desktop).getByText('Desktop notification')).toBeTruthy();
    expect((await within(desktop).findByText('working')).className).toContain('badge-good');
    const tg = rows().getByRole('listitem', { name: 'tg' });
    expect(within(tg).getByText('Telegram')).toBeTruthy();
    expect(within(tg).getByText('off')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^Telegram/ })).toBeNull();
    expect(screen.queryByLabelText('Bot token')).toBeNull();
  });

  it('sends a test from a row, and a row whose fields need fixing opens its form with every message', async () => {
    const user = userEvent.setup();
    const { fake } = channelsPanel([
      { id: 'tg', type: 'telegram', token: '123456:SECRET-TOKEN-VALUE', chatId: 42 },
      { id: 'hook', type: 'webhook', url: 'https://example.org/h' },
    ]);
    await user.click(rows().getByRole('button', { name: 'Test tg' }));
    const tg = rows().getByRole('listitem', { name: 'tg' });
    expect(await within(tg).findByText('Sent in 5 ms: check that it arrived.')).toBeTruthy();
    expect(fake.client.testChannel).toHaveBeenLastCalledWith({
      channel: expect.objectContaining({ id: 'tg', token: { set: true }, chatId: 42 }),
    });
    await user.selectOptions(screen.getByLabelText('Type of the new channel'), 'webhook');
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const card = screen.getByRole('group', { name: 'Webhook: webhook' });
    await user.click(rows().getByRole('button', { name: 'Close webhook' }));
    expect(screen.queryByRole('group', { name: /^Webhook: / })).toBeNull();
    await user.click(rows().getByRole('button', { name: 'Test webhook' }));
    const opened = screen.getByRole('group', { name: 'Webhook: webhook' });
    expect(card).not.toBe(opened);
    expect(invalidIn(opened)).toBe(1);
    expect(fake.client.testChannel).toHaveBeenCalledTimes(1);
  });

  it('removes a channel from its row, the open form staying with its own channel', async () => {
    const user = userEvent.setup();
    const { draft } = channelsPanel([
      { id: 'a', type: 'ntfy', topic: 'one' },
      { id: 'b', type: 'ntfy', topic: 'two' },
    ]);
    await user.click(rows().getByRole('button', { name: 'Edit b' }));
    await user.click(rows().getByRole('button', { name: 'Remove a' }));
    const b = screen.getByRole('group', { name: 'ntfy: b' });
    expect((within(b).getByLabelText('Topic') as HTMLInputElement).value).toBe('two');
    const channels = (draft().notifications as { channels: Record<string, unknown>[] }).channels;
    expect(channels.map((c) => c.id)).toEqual(['b']);
  });

  it('adds Discord one way: a webhook channel (posts only) or the bot (commands too), each said in a line', async () => {
    const user = userEvent.setup();
    const onBot = vi.fn();
    const { draft } = channelsPanel([], onBot);
    // Discord is not hidden in the list of types: it has its own choice.
    const types = screen.getByLabelText('Type of the new channel');
    expect(within(types).queryByRole('option', { name: /Discord/ })).toBeNull();
    const choice = screen.getByRole('group', { name: 'Add Discord' });
    const hook = within(choice).getByRole('button', { name: 'A webhook: posts only' });
    const bot = within(choice).getByRole('button', { name: 'The bot: commands too' });
    expect(hook.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(hook.getAttribute('aria-describedby')!)!.textContent).toMatch(/one Discord channel/);
    expect(document.getElementById(bot.getAttribute('aria-describedby')!)!.textContent).toMatch(/\/ip/);
    await user.click(hook);
    const form = screen.getByRole('group', { name: 'Discord webhook: discord-webhook' });
    expect(within(form).getByLabelText('Webhook URL')).toBeTruthy();
    const channels = (draft().notifications as { channels: Record<string, unknown>[] }).channels;
    expect(channels).toEqual([{ id: 'discord-webhook', type: 'discord-webhook', enabled: true }]);
    await user.click(bot);
    expect(onBot).toHaveBeenCalledTimes(1);
  });
});

describe('the type of a new channel', () => {
  it.each([
    [undefined, 'desktop', 'Desktop notification'],
    ['no desktop session: running in a container', 'slack', 'Desktop notification (not here)'],
  ])(
    'where the engine says the desktop is %j, the first offered is %s and the desktop reads %j',
    (noDesktop, first, label) => {
      const offered = offeredTypes(noDesktop, english);
      expect(offered[0]!.type).toBe(first);
      expect(offered.find((o) => o.type === 'desktop')!.label).toBe(label);
      expect(new Set(offered.map((o) => o.type)).size).toBe(offered.length);
    },
  );

  it('on a machine with no desktop, a click on "Add a channel" adds the first other type (Slack), not a desktop channel', async () => {
    const user = userEvent.setup();
    channelsPanel([], undefined, status({ desktopUnavailable: 'no desktop session: no DISPLAY or WAYLAND_DISPLAY' }));
    const types = screen.getByLabelText<HTMLSelectElement>('Type of the new channel');
    await within(types).findByRole('option', { name: 'Desktop notification (not here)' });
    expect(screen.getByText(/^Desktop notifications cannot show here: no desktop session: no DISPLAY/)).toBeTruthy();
    expect(types.value).toBe('slack');
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    expect(screen.getByRole('group', { name: 'Slack: slack' })).toBeTruthy();
  });
});

describe('channel forms', () => {
  it("adds a Gotify channel with its own fields, shows the schema's messages, then tests it unsaved", async () => {
    const user = userEvent.setup();
    const { fake } = channelsPanel();
    await user.selectOptions(await screen.findByLabelText('Type of the new channel'), 'gotify');
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const card = screen.getByRole('group', { name: 'Gotify: gotify' });
    expect(within(rows().getByRole('listitem', { name: 'gotify' })).getByText('not saved yet')).toBeTruthy();
    expect(screen.queryByText(/New option name/)).toBeNull();
    expect(within(card).getByText(/Apps, Create Application/)).toBeTruthy();
    // Priority shows its default, folded with the options few need; nothing is wrong until the user asks for a test.
    const priority = within(card).getByLabelText('Priority');
    expect(priority.getAttribute('placeholder')).toBe('5');
    expect(priority.closest('details')!.querySelector('summary')!.textContent).toBe('More options');
    expect(invalidIn(card)).toBe(0);
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText('Fix the fields marked above to send a test.')).toBeTruthy();
    expect(invalidIn(card)).toBe(2);
    expect(within(card).getByLabelText('Server URL').getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByLabelText('Application token').getAttribute('aria-invalid')).toBe('true');
    expect(fake.client.testChannel).not.toHaveBeenCalled();
    await user.type(within(card).getByLabelText('Server URL'), 'push.example.org');
    expect(within(card).getByLabelText('Server URL').getAttribute('aria-invalid')).toBe('true');
    await user.clear(within(card).getByLabelText('Server URL'));
    await user.type(within(card).getByLabelText('Server URL'), 'https://push.example.org');
    expect(within(card).getByLabelText('Server URL').getAttribute('aria-invalid')).toBeNull();
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
    await user.click(rows().getByRole('button', { name: 'Edit tg' }));
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
    expect(token.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(card).getByRole('button', { name: 'Keep the stored bot token' }));
    expect(invalidIn(card)).toBe(0);
    expect(within(card).getByText('set')).toBeTruthy();
  });

  it('asks for a stored token again at its field when the server moves to another host', async () => {
    const user = userEvent.setup();
    const { fake } = channelsPanel([
      { id: 'n', type: 'ntfy', topic: 'home-ip', server: 'https://ntfy.sh', token: 'tk_x' },
    ]);
    await user.click(rows().getByRole('button', { name: 'Edit n' }));
    const card = await screen.findByRole('group', { name: 'ntfy: n' });
    const server = within(card).getByLabelText('Server URL');
    await user.clear(server);
    await user.type(server, 'https://ntfy.example.org');
    const said = within(card).getByText(/enter the token again/i);
    expect(said.textContent).toMatch(/the channel's server changed \(was ntfy\.sh, now ntfy\.example\.org\)/);
    const token = within(card).getByLabelText('Access token');
    expect(token.getAttribute('aria-invalid')).toBe('true');
    // The test is not sent with the stored token to the new host.
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(fake.client.testChannel).not.toHaveBeenCalled();
    // A path on the same host keeps it.
    await user.clear(server);
    await user.type(server, 'https://ntfy.sh/other');
    expect(within(card).queryByText(/enter the token again/i)).toBeNull();
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
    await user.click(rows().getByRole('button', { name: 'Edit hook' }));
    const card = await screen.findByRole('group', { name: 'Webhook: hook' });
    await user.selectOptions(within(card).getByLabelText('Type'), 'slack');
    const slack = screen.getByRole('group', { name: 'Slack: hook' });
    expect(rows().getByRole('listitem', { name: 'hook' }).querySelector('.item-type')!.textContent).toBe('Slack');
    expect((within(slack).getByLabelText('Addresses in messages') as HTMLSelectElement).value).toBe('partial');
    expect(within(slack).queryByLabelText('Method')).toBeNull();
    expect(within(slack).getByLabelText('Webhook URL').getAttribute('type')).toBe('password');
  });
});
