// @vitest-environment happy-dom
/**
 * The Discord page with several bots (docs/discord-bot.md "Several bots"): below the first bot,
 * each further bot with its label, state, Discord user, servers and commands, and a refused
 * token said in words.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { botOff } from '../../shared/bot-types';
import { fakeEngine, renderApp } from './fake-engine';

afterEach(cleanup);

describe('the Discord page with several bots', () => {
  it('shows each further bot as itself, and a refused token in words', async () => {
    const fake = fakeEngine();
    const st = await fake.client.getStatus();
    const main = { ...botOff(), state: 'connected' as const, user: 'Home#0001' };
    fake.setStatus({
      ...st,
      bot: main,
      bots: [
        { ...main, id: 'main', name: '' },
        {
          ...botOff(),
          id: 'office',
          name: 'Office bot',
          state: 'connected',
          user: 'Office#0002',
          guilds: [{ id: '200000000000000001', name: 'Work', channel: '200000000000000002', problem: null }],
          commands: { registered: true, scope: 'guild', at: 1, error: null },
        },
        {
          ...botOff(),
          id: 'spare',
          name: '',
          state: 'token rejected',
          lastError: {
            message: 'Discord rejected the bot token',
            at: 1,
            reason: { code: 'reason.bot.tokenRejected', values: {} },
          },
        },
      ],
    });
    renderApp(fake, '#/discord');
    const more = await screen.findByRole('region', { name: 'More bots' });
    const office = within(more).getByRole('article', { name: 'Office bot' });
    expect(within(office).getByText('as Office#0002')).toBeTruthy();
    expect(within(office).getByText(/Work/)).toBeTruthy();
    expect(within(office).getByText('Registered in each configured server.')).toBeTruthy();
    const spare = within(more).getByRole('article', { name: 'spare' });
    expect(within(spare).getByText('token rejected')).toBeTruthy();
    expect(within(spare).getByText(/token/i, { selector: '.error-text *, .error-text' })).toBeTruthy();
    // The first bot is shown above, not again among the more bots.
    expect(within(more).queryByText(/Home#0001/)).toBeNull();
  });
});
