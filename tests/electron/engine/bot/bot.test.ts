/** The bot against the Discord stand-in with a real discord.js Client: login, registration, commands, buttons. */
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';

import { inviteUrl } from '../../../../electron/engine/bot/invite';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { alice, answered, type BotHarness, callback, connected, embedText, startBot } from './helpers';

let h: BotHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('discord bot', () => {
  it('logs in and registers its commands in each configured guild', async () => {
    h = await startBot();
    await connected(h);
    const names = (h.discord.commands.guild.get(h.discord.home.id) ?? []).map((c) => c.name).sort();
    expect(names).toEqual([
      'check',
      'config',
      'export',
      'help',
      'history',
      'ip',
      'map',
      'path',
      'pause',
      'resume',
      'sites',
      'stats',
      'status',
    ]);
    expect(h.discord.commands.global).toEqual([]);
    // The admin commands are listed only to members with Manage Server; the others to everyone.
    const shownTo = Object.fromEntries(
      (h.discord.commands.guild.get(h.discord.home.id) ?? []).map((c) => [c.name, c.default_member_permissions]),
    );
    const manageGuild = String(PermissionFlagsBits.ManageGuild);
    expect(shownTo).toEqual({
      check: undefined,
      config: manageGuild,
      export: undefined,
      help: undefined,
      history: undefined,
      ip: undefined,
      pause: manageGuild,
      resume: manageGuild,
      stats: undefined,
      status: undefined,
    });
    const s = h.runtime.status().bot;
    expect(s.user).toBe('IPWatch');
    expect(s.inviteUrl).toBe(inviteUrl(h.discord.appId, PermissionFlagsBits));
    expect(s.guilds).toEqual([
      { id: h.discord.home.id, name: 'Home', channel: h.discord.home.channels[0]!.id, problem: null },
    ]);
  });

  it('registers globally when asked to', async () => {
    h = await startBot({ settings: () => ({ registration: 'global' }) });
    await connected(h);
    expect(h.discord.commands.global.map((c) => c.name)).toContain('ip');
    // The other scope is emptied, so a switch leaves no second copy of each command.
    expect(h.discord.commands.guild.get(h.discord.home.id)).toEqual([]);
    expect(h.runtime.status().bot.commands.scope).toBe('global');
  });

  it('registers the commands again after Discord failed the registration with a 5xx', async () => {
    h = await startBot();
    await connected(h);
    const route = /^PUT \/applications\/\d+\/commands$/;
    h.discord.failNext(route, 1, 502);
    const puts = () => h!.discord.requests.filter((r) => route.test(`${r.method} ${r.path}`));
    const before = puts().length;
    (h.raw.discord as Record<string, unknown>).registration = 'global';
    await h.runtime.updateSettings(settingsFrom(h.raw as never));
    await until(() => h!.runtime.status().bot.commands.error !== null, { what: 'the failed registration' });
    // One request for that try (no retries inside the REST client).
    expect(puts().length - before).toBe(1);
    await until(() => h!.runtime.status().bot.commands.registered, { what: 'registered again', timeoutMs: 15_000 });
    expect(h.discord.commands.global.map((c) => c.name)).toContain('ip');
    expect(h.runtime.status().bot.commands).toMatchObject({ scope: 'global', error: null });
  }, 20_000);

  it('connects through an apiBase written with a trailing /', async () => {
    h = await startBot({ settings: (d) => ({ apiBase: `${d.apiBase}/` }) });
    await connected(h);
    expect(h.discord.requests.every((r) => r.status !== 404)).toBe(true);
  });

  it('/ip answers with both addresses, Discord timestamps and three buttons; ephemeral outside the channel', async () => {
    h = await startBot();
    await connected(h);
    const chat = h.discord.home.channels[1]!.id;
    const log = h.discord.command('ip', {}, alice, chat);
    await answered(log);
    const body = callback(log);
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    const text = embedText(body.data);
    expect(text).toContain('81.2.69.142');
    expect(text).toContain('2a02:1:2:3::5');
    expect(text).toMatch(/<t:\d+:R>/);
    const labels = JSON.stringify(body.data?.components);
    for (const l of ['Refresh', 'History', 'Check now']) expect(labels).toContain(l);
    // In the notification channel the same answer is public.
    const pub = h.discord.command('ip', {}, alice, h.discord.home.channels[0]!.id);
    await answered(pub);
    expect(callback(pub).data?.flags ?? 0).toBe(0);
    const rows = () =>
      h!.store
        .auditLog({ limit: 10 })
        .filter((a) => a.action === 'discord /ip' && a.result === 'ok' && a.actor === `discord:${alice.user.id}`);
    await until(() => rows().length === 2, { what: 'an audit row per /ip' });
  });

  it('refuses every command in a server that is not configured, and audits it', async () => {
    h = await startBot({ settings: () => ({ guilds: [] }) });
    await until(() => h!.runtime.status().bot.state === 'connected', { what: 'connected' });
    const log = h.discord.command('ip', {}, alice);
    await answered(log);
    expect(callback(log).data).toMatchObject({ content: 'IPWatch is not set up for this server.', flags: 64 });
    await until(() => h!.store.auditLog({ limit: 5 }).some((a) => a.action === 'discord /ip' && a.result === 'denied'));
  });
});
