import { describe, expect, it } from 'vitest';

import { parseSettings } from '../../../shared/settings';
import { discordSchema, normalizeApiBase } from '../../../shared/settings/discord';

const G = '100000000000000001';

describe('discord settings', () => {
  it('defaults to no bot, guild registration and rate limits', () => {
    expect(discordSchema.parse({})).toEqual({
      token: null,
      registration: 'guild',
      guilds: [],
      rateLimit: { checkSec: 30, exportSec: 60 },
      apiBase: 'https://discord.com/api',
      bots: [],
    });
  });

  it('fills a guild given as a bare id with the defaults', () => {
    expect(discordSchema.parse({ guilds: [G] }).guilds[0]).toEqual({
      id: G,
      channel: null,
      events: ['ipv4-changed', 'ipv6-changed', 'flap', 'nat-changed', 'site-changed', 'site-offline', 'site-online'],
      mask: 'none',
      read: { roles: [], users: [] },
      admin: { roles: [], users: [] },
    });
  });

  it.each([
    [{ token: '' }, 'discord.token'],
    [{ token: { env: 'bad name' } }, 'discord.token'],
    [{ guilds: ['123'] }, 'discord.guilds.0.id'],
    [{ guilds: [G, G] }, 'discord.guilds.1.id: duplicate guild'],
    [{ guilds: [{ id: G, channel: 'general' }] }, 'discord.guilds.0.channel'],
    [{ guilds: [{ id: G, events: ['nope'] }] }, 'discord.guilds.0.events.0'],
    [{ guilds: [{ id: G, admin: { roles: ['x'] } }] }, 'discord.guilds.0.admin.roles.0'],
    [{ registration: 'everywhere' }, 'discord.registration'],
    [{ apiBase: 'ftp://x' }, 'discord.apiBase'],
    [{ apiBase: 'discord.com/api' }, 'discord.apiBase'],
    [{ apiBase: 'https://discord.com/api?v=10' }, 'discord.apiBase: a base address takes no ? query and no # fragment'],
  ])('rejects %j with an error at %s', (discord, where) => {
    const r = parseSettings({ discord });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith(where))).toBe(true);
  });

  it.each([
    ['https://discord.com/api', 'https://discord.com/api'],
    ['https://discord.com/api/', 'https://discord.com/api'],
    ['https://discord.com/api//', 'https://discord.com/api'],
    ['https://discord.com/api/v10', 'https://discord.com/api'],
    ['https://discord.com/api/v9/', 'https://discord.com/api'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['https://proxy.example/discord/api/', 'https://proxy.example/discord/api'],
  ])('keeps the REST base %s as %s (no trailing / nor version: discord.js adds /v10)', (given, want) => {
    expect(normalizeApiBase(given)).toBe(want);
    expect(discordSchema.parse({ apiBase: given }).apiBase).toBe(want);
  });

  it('accepts a token reference', () => {
    const r = parseSettings({ discord: { token: { env: 'IPWATCH_DISCORD_TOKEN' }, guilds: [G] } });
    expect(r.ok && r.settings.discord.token).toEqual({ env: 'IPWATCH_DISCORD_TOKEN' });
  });
});
