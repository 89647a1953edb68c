/**
 * Several bots in the settings (docs/discord-bot.md "Several bots"): the first bot is
 * `discord`'s own fields, the others `discord.bots`; ids are unique (and `main` is the first's),
 * at most 10 bots in all, each bot's servers listed once. Table-driven over the real schema.
 */
import { describe, expect, it } from 'vitest';

import { parseSettings } from '../../../shared/settings';
import { botsOf, discordSchema, MAX_BOTS } from '../../../shared/settings/discord';

const G1 = '100000000000000001';
const G2 = '100000000000000002';
const bot = (id: string, more: Record<string, unknown> = {}) => ({ id, token: `${id}-token`, ...more });

describe('more bots in the discord settings', () => {
  it('lists the first bot first, then the others with their own fields and the shared API address', () => {
    const d = discordSchema.parse({
      token: 'first',
      guilds: [G1],
      apiBase: 'http://127.0.0.1:9/api',
      bots: [bot('second', { name: 'Second', registration: 'global', guilds: [{ id: G2, channel: G1 }] })],
    });
    const [main, second] = botsOf(d);
    expect(main).toMatchObject({ id: 'main', name: '', token: 'first', guilds: [{ id: G1 }] });
    expect(second).toEqual({
      id: 'second',
      name: 'Second',
      token: 'second-token',
      registration: 'global',
      guilds: [expect.objectContaining({ id: G2, channel: G1 })],
      rateLimit: { checkSec: 30, exportSec: 60 },
      apiBase: 'http://127.0.0.1:9/api',
    });
  });

  it.each([
    ['a duplicate id', [bot('b'), bot('b')], 'discord.bots.1.id: duplicate bot id "b"'],
    ["the first bot's id", [bot('main')], 'discord.bots.0.id: duplicate bot id "main"'],
    ['an id with capitals', [bot('Second')], 'discord.bots.0.id: a bot id is 1 to 32 lowercase letters'],
    ['an empty id', [bot('')], 'discord.bots.0.id: a bot id is'],
    [
      'a server listed twice in one bot',
      [bot('b', { guilds: [G1, G1] })],
      'discord.bots.0.guilds.1.id: duplicate guild "100000000000000001"',
    ],
    [
      'more than 10 bots',
      Array.from({ length: MAX_BOTS }, (_, i) => bot(`b${i}`)),
      'discord.bots: at most 10 bots in one IPWatch: the first and 9 more',
    ],
  ])('refuses %s, in words', (_what, bots, words) => {
    const r = parseSettings({ discord: { bots } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(words);
  });

  it('takes 9 more bots, and the same server in two bots', () => {
    const bots = Array.from({ length: MAX_BOTS - 1 }, (_, i) => bot(`b${i}`, { guilds: [G1] }));
    const r = parseSettings({ discord: { token: 't', guilds: [G1], bots } });
    expect(r.ok && botsOf(r.settings.discord).map((b) => b.id)).toEqual(['main', ...bots.map((b) => b.id)]);
  });
});
