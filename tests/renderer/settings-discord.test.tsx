// @vitest-environment happy-dom
/**
 * The Discord section: the bot set up from Settings alone (token, invite, servers as one-line
 * rows with what the bot found there), a test post, and the way to a webhook for posts only.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DiscordPanel } from '../../renderer/src/settings/discord/DiscordPanel';
import { botOff } from '../../shared/bot-types';
import { fakeEngine, renderApp, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const GUILD = '123456789012345678';
const CHANNEL = '234567890123456789';
const INVITE = 'https://discord.com/oauth2/authorize?client_id=42&scope=bot%20applications.commands&permissions=117760';

function connected() {
  return status({
    bot: {
      ...botOff(),
      state: 'connected',
      user: 'IPWatch#0001',
      inviteUrl: INVITE,
      guilds: [{ id: GUILD, name: 'Home', channel: CHANNEL, problem: null }],
    },
  });
}

describe('the Discord section', () => {
  it('takes a token, a server and its channel into the settings, never showing the token again', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine();
    const { draft } = renderPanel(
      fake,
      storedView((s) => s),
      (ctx) => <DiscordPanel ctx={ctx} />,
    );
    // Posts only? The section points to the webhook channel, and the Discord page.
    const hook = await screen.findByRole('link', { name: 'add one under Notification channels' });
    expect(hook.getAttribute('href')).toBe('#/settings/channels');
    expect(screen.getByRole('link', { name: 'Discord page' }).getAttribute('href')).toBe('#/discord');
    // Before a token, the later steps are one line: the section stays short for those without a bot.
    expect(screen.getByText(/those steps show once it has a token/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a server' })).toBeNull();
    const token = screen.getByLabelText('Bot token');
    expect(token.getAttribute('type')).toBe('password');
    await user.type(token, 'MTIz.abc.def');
    expect(await screen.findByText(/appears here/)).toBeTruthy();
    expect(screen.getByText('No server yet: the bot answers nowhere and posts nothing.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a server' }));
    // Its form opens at once, below its row; the row is not red before anything ran.
    const row = within(screen.getByRole('list', { name: 'Discord servers' })).getByRole('listitem', {
      name: 'New server',
    });
    expect(within(row).getByText('not saved yet').className).toContain('badge-neutral');
    const server = screen.getByRole('group', { name: 'Server 1' });
    await user.type(within(server).getByLabelText('Server id'), '123');
    const idField = within(server).getByLabelText('Server id');
    expect(idField.getAttribute('aria-invalid')).toBe('true');
    expect(within(server).getByText(/17 to 20 digits/)).toBeTruthy();
    await user.type(idField, '456789012345678');
    expect(idField.getAttribute('aria-invalid')).toBeNull();
    await user.type(within(server).getByLabelText('Channel for change posts'), CHANNEL);
    await user.selectOptions(within(server).getByLabelText('Address masking'), 'partial');
    expect((within(server).getByLabelText('IPv4 address changed') as HTMLInputElement).checked).toBe(true);
    expect((within(server).getByLabelText('Offline') as HTMLInputElement).checked).toBe(false);
    await user.click(within(server).getByLabelText('Offline'));
    expect(draft().discord).toMatchObject({
      token: 'MTIz.abc.def',
      guilds: [
        {
          id: GUILD,
          channel: CHANNEL,
          mask: 'partial',
          // The defaults (address and NAT changes, the fleet's sites) and Offline, in the order of NOTIFY_EVENTS.
          events: [
            'ipv4-changed',
            'ipv6-changed',
            'flap',
            'offline',
            'nat-changed',
            'site-changed',
            'site-offline',
            'site-online',
          ],
        },
      ],
    });
    // Emptied again, the token field leaves no bot (nothing was stored to keep).
    await user.clear(token);
    expect((draft().discord as { token: unknown }).token).toBeNull();
  });

  it("shows the running bot's invite link and sends a test post through it once saved", async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ status: connected() });
    const saved = storedView((s) => ({
      ...s,
      discord: { token: 'MTIz.secret-token', guilds: [{ id: GUILD, channel: CHANNEL }] },
    }));
    const { draft } = renderPanel(fake, saved, (ctx) => <DiscordPanel ctx={ctx} />);
    const link = await screen.findByRole('link', { name: 'Add the bot to a server' });
    expect(link.getAttribute('href')).toBe(INVITE);
    expect(screen.getByText('set')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('secret-token');
    // The server is a row named as the bot found it; its form opens from there.
    const servers = within(screen.getByRole('list', { name: 'Discord servers' }));
    const home = servers.getByRole('listitem', { name: 'Home' });
    expect(within(home).getByText('joined').className).toContain('badge-good');
    expect(within(home).getByText(`Discord server · posts to ${CHANNEL}`)).toBeTruthy();
    expect(screen.queryByLabelText('Channel for change posts')).toBeNull();
    await user.click(servers.getByRole('button', { name: 'Edit Home' }));
    expect(screen.getByText('The bot is in “Home”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send a test post' }));
    expect(await screen.findByText('Sent in 5 ms: check that it arrived.')).toBeTruthy();
    expect(fake.client.testChannel).toHaveBeenCalledWith({ channel: { id: 'discord-bot', type: 'discord-bot' } });
    // An unsaved edit would not be in the running bot: the test waits for a save.
    await user.type(screen.getByLabelText('Channel for change posts'), '1');
    await user.click(screen.getByRole('button', { name: 'Send a test post' }));
    expect(await screen.findByText('Save first: the test post goes through the running bot.')).toBeTruthy();
    expect(fake.client.testChannel).toHaveBeenCalledTimes(1);
    expect((draft().discord as { token: unknown }).token).toEqual({ set: true });
  });

  it('is where the Discord page sends a user whose bot is off, and the page offers the invite once connected', async () => {
    const off = renderApp(fakeEngine(), '#/discord');
    const setUp = await screen.findByRole('link', { name: 'Set it up in Settings' });
    expect(setUp.getAttribute('href')).toBe('#/settings?section=discord');
    // The other way to Discord, a webhook channel, is named there too.
    const hook = screen.getByRole('link', { name: 'add one under Notification channels' });
    expect(hook.getAttribute('href')).toBe('#/settings?section=channels');
    off.unmount();
    renderApp(fakeEngine({ status: connected() }), '#/discord');
    const invite = await screen.findByRole('link', { name: 'Add the bot to a server' });
    expect(invite.getAttribute('href')).toBe(INVITE);
  });
});
