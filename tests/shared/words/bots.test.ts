/** The Discord bots' states in words (shared/words/bots.ts), as /status and `ipwatch status` say them. */
import { describe, expect, it } from 'vitest';

import { botOff, type BotStatus, type NamedBotStatus } from '../../../shared/bot-types';
import { english, translator } from '../../../shared/i18n/translators';
import { botsLines } from '../../../shared/words/bots';

const bot = (extra: Partial<BotStatus>): BotStatus => ({ ...botOff(), ...extra });
const named = (id: string, name: string, extra: Partial<BotStatus>): NamedBotStatus => ({ ...bot(extra), id, name });

describe('botsLines', () => {
  it.each<[string, { bot: BotStatus; bots?: NamedBotStatus[] }, string[]]>([
    ['no list: the one bot', { bot: bot({}) }, ['off']],
    [
      'one bot listed: its state alone',
      { bot: bot({ state: 'connected', pingMs: 42 }) },
      ['connected · gateway ping 42 ms'],
    ],
    [
      'several: each by its name, else its Discord user, else its id, the first first',
      {
        bot: bot({ state: 'connected' }),
        bots: [
          named('main', '', { state: 'connected', user: 'IPWatch', pingMs: 40 }),
          named('eu', 'Europe', { state: 'token rejected', user: 'EU bot' }),
          named('home', '', { state: 'failed' }),
        ],
      },
      ['IPWatch: connected · gateway ping 40 ms', 'Europe: token rejected', 'home: failed'],
    ],
  ])('%s', (_name, status, lines) => {
    expect(botsLines(status, english)).toEqual(lines);
  });

  it('in the reader’s language', () => {
    const bots = [named('main', '', { state: 'reconnecting' }), named('b', 'Zwei', { state: 'off' })];
    const lines = botsLines({ bot: bots[0]!, bots }, translator('de'));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toMatch(/reconnecting|\boff\b/);
  });
});
