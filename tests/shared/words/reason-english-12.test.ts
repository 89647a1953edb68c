/**
 * The `reasons-12` codes' English is what the Discord bot wrote as its last error before it had
 * them (issue 62): the literals are electron/engine/bot/client.ts's at the commit before them.
 */
import { describe, expect, it } from 'vitest';

import { unresolvedReason } from '../../../electron/engine/secrets/resolve';
import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { reasonWords } from '../../../shared/words/reason';

const BEFORE: [string, Reason, string][] = [
  [
    'token rejected',
    reason('reason.bot.tokenRejected'),
    'Discord rejected the bot token; set a new one (the bot retries only after the token changes)',
  ],
  [
    'a wait before the next login',
    reason('reason.bot.waitToLogin', { seconds: 25_200 }),
    'cannot connect: Discord asked to wait 25200 s before the next login',
  ],
  [
    'the gateway closed for good',
    reason('reason.bot.gatewayClosed', { code: 4014 }),
    'gateway closed for good (code 4014)',
  ],
  // `discord.${resolved.reason}`: the reference's own English, its field under discord.
  [
    'the token’s reference not resolved',
    unresolvedReason({ field: 'discord.token', kind: 'env', name: 'BOT_TOKEN' }),
    'discord.token: environment variable BOT_TOKEN is not set',
  ],
];

describe('each reasons-12 code says in English what the engine wrote before', () => {
  it.each(BEFORE)('%s', (_, r, before) => {
    expect(reasonWords(r, english)).toBe(before);
  });
});
