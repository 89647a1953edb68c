// @vitest-environment happy-dom
/**
 * The web dashboard's first run (renderer/src/first-run/WebFirstRun.tsx): shown instead of the
 * pages while the engine says it is pending, saved once through saveSettings, ended as done
 * or skipped; and the pure steps behind it.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { describeError, discordOf, familiesProblem, stepOf, withDiscord } from '../../renderer/src/first-run/web-steps';
import { english } from '../../shared/i18n/translators';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

const GUILD = '123456789012345678';
const CHANNEL = '223456789012345678';

describe('the first run in the browser', () => {
  it('walks through what to watch, a channel with a test and Discord, saves once and ends as done', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ firstRun: true });
    renderApp(fake, '#/history', { web: true });
    await screen.findByRole('heading', { level: 1, name: 'Set up IPWatch' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    // Step 1: nothing watched is refused before anything is sent.
    await user.click(screen.getByLabelText('IPv4 address'));
    await user.click(screen.getByLabelText('IPv6 address'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Watch at least one of IPv4 and IPv6.')).toBeTruthy();
    await user.click(screen.getByLabelText('IPv4 address'));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: a new ntfy channel, tested before anything is saved.
    expect(await screen.findByRole('heading', { name: 'Step 2 of 4: Notifications' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Type of the new channel'), 'ntfy');
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(screen.getByRole('alert')).getByText(/ntfy: topic: required/)).toBeTruthy();
    await user.type(screen.getByLabelText(/^Topic/), 'home-ip-4f9c2a');
    const card = screen.getByRole('group', { name: /ntfy/ });
    await user.click(within(card).getByRole('button', { name: 'Send a test' }));
    expect(await within(card).findByText(/Sent in 5 ms/)).toBeTruthy();
    expect(fake.client.testChannel).toHaveBeenCalledWith({
      channel: expect.objectContaining({ id: 'ntfy', type: 'ntfy', topic: 'home-ip-4f9c2a' }),
    });
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: the Discord bot's server, checked by the settings schema.
    expect(await screen.findByRole('heading', { name: 'Step 3 of 4: Discord bot' })).toBeTruthy();
    await user.type(screen.getByLabelText('Server ID'), '42');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(within(screen.getByRole('alert')).getByText(/Server ID: expected a Discord id/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Server ID'));
    await user.type(screen.getByLabelText('Server ID'), GUILD);
    await user.type(screen.getByLabelText('Channel ID for change posts'), CHANNEL);
    await user.type(screen.getByLabelText('Bot token'), 'bot-token-from-the-portal');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 4: a host name kept pointing here is optional (first-run-ddns.test.tsx adds one).
    expect(await screen.findByRole('heading', { name: 'Step 4 of 4: Host name' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save and start watching' }));

    // The pages, at the dashboard; the settings saved once, with every step's choice.
    expect(await screen.findByTestId('ip-v4')).toBeTruthy();
    expect(window.location.hash).toBe('#/');
    expect(fake.client.saveSettings).toHaveBeenCalledTimes(1);
    const saved = fake.settings as {
      monitor: { ipv4: boolean; ipv6: boolean };
      notifications: { channels: { id: string; topic?: string }[] };
      discord: { token: unknown; guilds: { id: string; channel: string | null }[] };
    };
    expect(saved.monitor).toMatchObject({ ipv4: true, ipv6: false });
    expect(saved.notifications.channels.find((c) => c.id === 'ntfy')?.topic).toBe('home-ip-4f9c2a');
    expect(saved.discord.guilds).toEqual([expect.objectContaining({ id: GUILD, channel: CHANNEL })]);
    expect(saved.discord.token).toBe('bot-token-from-the-portal');
    expect(fake.client.endFirstRun).toHaveBeenCalledWith({ outcome: 'done' });
  });

  it('goes back to the step of a field the engine refused, and saves nothing more', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ firstRun: true });
    fake.client.saveSettings.mockResolvedValueOnce({
      ok: false,
      errors: [{ path: 'notifications.channels.0.enabled', message: 'not on this server' }],
    });
    renderApp(fake, '#/', { web: true });
    await screen.findByRole('heading', { name: 'Step 1 of 4: What to watch' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Step 3 of 4: Discord bot' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Save and start watching' }));
    expect(await screen.findByRole('heading', { name: 'Step 2 of 4: Notifications' })).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByText('desktop: enabled: not on this server')).toBeTruthy();
    expect(fake.client.endFirstRun).not.toHaveBeenCalled();
  });

  it('"Add Discord", then "The bot", goes on to the wizard\'s own Discord step', async () => {
    const user = userEvent.setup();
    renderApp(fakeEngine({ firstRun: true }), '#/', { web: true });
    await screen.findByRole('heading', { name: 'Step 1 of 4: What to watch' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Step 2 of 4: Notifications' });
    await user.click(screen.getByRole('button', { name: 'The bot: commands too' }));
    expect(await screen.findByRole('heading', { name: 'Step 3 of 4: Discord bot' })).toBeTruthy();
    expect(window.location.hash).not.toContain('settings');
  });

  it('can be skipped, and then shows the pages without saving anything', async () => {
    const user = userEvent.setup();
    const fake = fakeEngine({ firstRun: true });
    renderApp(fake, '#/', { web: true });
    await user.click(await screen.findByRole('button', { name: 'Skip setup' }));
    expect(await screen.findByTestId('ip-v4')).toBeTruthy();
    expect(fake.client.endFirstRun).toHaveBeenCalledWith({ outcome: 'skipped' });
    expect(fake.client.saveSettings).not.toHaveBeenCalled();
  });

  it('is not shown once ended, nor in the app window (which has its own wizard)', async () => {
    const fake = fakeEngine();
    renderApp(fake, '#/', { web: true });
    expect(await screen.findByTestId('ip-v4')).toBeTruthy();
    expect(fake.client.getFirstRun).toHaveBeenCalled();
    cleanup();
    const app = fakeEngine({ firstRun: true });
    renderApp(app, '#/');
    expect(await screen.findByTestId('ip-v4')).toBeTruthy();
    expect(screen.queryByText('Set up IPWatch')).toBeNull();
  });
});

describe('the first-run steps', () => {
  it.each([
    ['monitor.ipv6', 0],
    ['notifications.channels.2.url', 1],
    ['notifications', 1],
    ['discord.guilds.0.id', 2],
    ['discord', 2],
    ['ddns.records.0.name', 3],
    ['history.retentionDays', 3],
  ])('%s is on step %i', (path, step) => expect(stepOf(path)).toBe(step));

  it.each([
    [{ ipv4: true, ipv6: false }, null],
    [{ ipv4: false, ipv6: true }, null],
    [{ ipv4: false, ipv6: false }, 'Watch at least one of IPv4 and IPv6.'],
  ])('families %j: %s', (f, problem) => expect(familiesProblem(f, english)).toBe(problem));

  const stored = {
    discord: {
      token: { set: true },
      guilds: [{ id: GUILD, channel: null, mask: 'partial' }, { id: CHANNEL }],
    },
  };
  it.each([
    [
      'keeps a stored token as it is',
      stored,
      { token: { set: true }, guildId: GUILD, channelId: CHANNEL },
      { token: { set: true }, guilds: [{ id: GUILD, channel: CHANNEL, mask: 'partial' }, { id: CHANNEL }] },
    ],
    [
      'takes a reference instead',
      stored,
      { token: { env: 'DISCORD_TOKEN' }, guildId: GUILD, channelId: '' },
      { token: { env: 'DISCORD_TOKEN' }, guilds: [{ id: GUILD, channel: null, mask: 'partial' }, { id: CHANNEL }] },
    ],
    [
      'removes the first server when its id is cleared',
      stored,
      { token: { set: true }, guildId: ' ', channelId: '' },
      { token: { set: true }, guilds: [{ id: CHANNEL }] },
    ],
    [
      'adds a server to a bot without one',
      {},
      { token: 'abc', guildId: ` ${GUILD} `, channelId: '' },
      { token: 'abc', guilds: [{ id: GUILD, channel: null }] },
    ],
  ])('Discord: %s', (_what, draft, choice, discord) => expect(withDiscord(draft, choice).discord).toEqual(discord));

  it.each([
    [{}, { token: null, guildId: '', channelId: '' }],
    [stored, { token: { set: true }, guildId: GUILD, channelId: '' }],
    [
      { discord: { token: null, guilds: [{ id: GUILD, channel: CHANNEL }] } },
      { token: null, guildId: GUILD, channelId: CHANNEL },
    ],
  ])('Discord as stored: %j', (draft, shown) => expect(discordOf(draft)).toEqual(shown));

  it.each([
    ['notifications.channels.1.url', 'required', 'gotify: url: required'],
    ['notifications.channels.5.url', 'required', 'new channel: url: required'],
    ['discord.guilds.0.id', 'expected a Discord id', 'Server ID: expected a Discord id'],
    ['monitor.ipv4', 'bad', 'monitor.ipv4: bad'],
    ['ddns.records.0.name', 'required', 'home-a: name: required'],
    ['ddns.records.1.zone', 'required', 'new record: zone: required'],
  ])('%s reads "%s"', (path, message, text) => {
    const draft = {
      notifications: { channels: [{ id: 'desktop' }, { id: 'gotify' }] },
      ddns: { records: [{ id: 'home-a' }, {}] },
    };
    expect(describeError(draft, path, message, english)).toBe(text);
  });
});
