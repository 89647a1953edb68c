// @vitest-environment happy-dom
/**
 * The more bots in the Discord section (docs/discord-bot.md "Several bots"): a bot added with
 * its id, token and server goes into `discord.bots`; a saved one is a row with its state, and
 * its refused token said in words; removed, it leaves the list; the list stops at 10 bots.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DiscordPanel } from '../../renderer/src/settings/discord/DiscordPanel';
import { botOff } from '../../shared/bot-types';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';

afterEach(cleanup);

const GUILD = '123456789012345678';

describe('the more bots in the Discord section', () => {
  it('adds a bot with its own token and server into discord.bots', async () => {
    const user = userEvent.setup();
    const { draft } = renderPanel(
      fakeEngine(),
      storedView((s) => s),
      (ctx) => <DiscordPanel ctx={ctx} />,
    );
    expect(await screen.findByText('No other bot: only the one above.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a bot' }));
    const form = screen.getByRole('group', { name: 'Bot bot-2' });
    const id = within(form).getByLabelText('Bot id');
    await user.clear(id);
    await user.type(id, 'Second');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/lowercase letters, digits and dashes/)).toBeTruthy();
    await user.clear(id);
    await user.type(id, 'second');
    await user.type(within(form).getByLabelText('Label'), 'Office bot');
    await user.type(within(form).getByLabelText('Bot token'), 'MTIz.second.token');
    await user.click(within(form).getByRole('button', { name: 'Add a server' }));
    await user.type(within(form).getByLabelText('Server id'), GUILD);
    expect(draft().discord).toMatchObject({
      bots: [{ id: 'second', name: 'Office bot', token: 'MTIz.second.token', guilds: [{ id: GUILD }] }],
    });
  });

  it("shows a saved bot's refused token in words, removes it, and stops at 10 bots", async () => {
    const user = userEvent.setup();
    const second = {
      ...botOff(),
      id: 'second',
      name: 'Office bot',
      state: 'token rejected' as const,
      lastError: { message: 'Discord rejected the bot token', at: 0 },
    };
    const fake = fakeEngine({ status: status({ bots: [{ ...botOff(), id: 'main', name: '' }, second] }) });
    const bots = [{ id: 'second', name: 'Office bot', token: 'MTIz.secret', guilds: [] }];
    const { draft } = renderPanel(
      fake,
      storedView((s) => ({ ...s, discord: { bots } })),
      (ctx) => <DiscordPanel ctx={ctx} />,
    );
    const list = await screen.findByRole('list', { name: 'More bots' });
    const row = within(list).getByRole('listitem', { name: 'Office bot' });
    expect(await within(row).findByText('token rejected')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('MTIz.secret');
    await user.click(within(row).getByRole('button', { name: /Remove/ }));
    expect((draft().discord as { bots: unknown[] }).bots).toEqual([]);
    for (let i = 0; i < 9; i++) await user.click(screen.getByRole('button', { name: 'Add a bot' }));
    expect(screen.queryByRole('button', { name: 'Add a bot' })).toBeNull();
    expect(screen.getByText('At most 10 bots in one IPWatch.')).toBeTruthy();
  });
});
