/** Buttons, validation, permissions, rate limits and the admin commands, through a real discord.js Client. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { until } from '../../../helpers/until';
import { admin, alice, answered, audited, type BotHarness, callback, connected, embedText, startBot } from './helpers';

let h: BotHarness;
const mod = { user: { id: '300000000000000003', username: 'mod' }, roles: ['400000000000000001'] };
const outsider = { user: { id: '300000000000000004', username: 'eve' }, roles: ['400000000000000009'] };

beforeAll(async () => {
  h = await startBot({
    discord: { roles: ['400000000000000001', '400000000000000009'] },
    settings: () => ({
      rateLimit: { checkSec: 30, exportSec: 60 },
    }),
  });
  await connected(h);
  // Some history to page through: three changes of IPv4.
  for (const ip of ['81.2.69.143', '81.2.69.144', '81.2.69.145']) {
    h.world.setIp(ip, '2a02:1:2:3::5');
    await h.runtime.engine.checkNow('manual');
  }
});
afterAll(async () => h?.close());

describe('buttons', () => {
  it('Refresh updates the /ip message in place', async () => {
    const log = h.discord.command('ip', {}, alice);
    await answered(log);
    const click = h.discord.click({ ...callback(log).data, id: '1' }, 'ipw:ip:refresh', alice);
    await answered(click);
    expect(callback(click).type).toBe(7); // UPDATE_MESSAGE
    expect(embedText(callback(click).data)).toContain('81.2.69.145');
  });

  it('/history pages with Previous and Next', async () => {
    const log = h.discord.command('history', { family: '4', limit: 2 }, alice);
    await answered(log);
    const first = callback(log).data!;
    expect(JSON.stringify(first.embeds)).toContain('Page 1 of 2');
    expect(JSON.stringify(first.embeds)).toContain('81.2.69.145');
    const buttons = (
      first.components as { components: { custom_id: string; label: string; disabled: boolean }[] }[]
    )[0]!.components;
    expect(buttons.find((b) => b.label === 'Previous')?.disabled).toBe(true);
    const next = buttons.find((b) => b.label === 'Next')!;
    const click = h.discord.click({ ...first, id: '2' }, next.custom_id, alice);
    await answered(click);
    const second = JSON.stringify(callback(click).data?.embeds);
    expect(second).toContain('Page 2 of 2');
    expect(second).toContain('81.2.69.142');
    expect(second).not.toContain('81.2.69.145');
  });

  it('/history takes the family as a member writes it (IPv4, v6...)', async () => {
    const log = h.discord.command('history', { family: 'IPv4', limit: 2 }, alice);
    await answered(log);
    const text = JSON.stringify(callback(log).data?.embeds);
    expect(text).toContain('Address history (IPv4)');
    expect(text).toContain('81.2.69.145');
    expect(text).not.toContain('2a02:1:2:3::5');
  });

  it('Check now defers the update, then edits it with the result', async () => {
    const log = h.discord.click({ id: '3', embeds: [] }, 'ipw:check', mod);
    await answered(log, true);
    expect(callback(log).type).toBe(6); // DEFERRED_UPDATE_MESSAGE
    expect(JSON.stringify(log.edits[0])).toContain('Checked');
  });
});

describe('commands', () => {
  it('/check is deferred, then edited with the result, and rate limited per user', async () => {
    const log = h.discord.command('check', {}, alice);
    await answered(log, true);
    expect(callback(log).type).toBe(5);
    expect(JSON.stringify(log.edits[0])).toContain('81.2.69.145');
    const again = h.discord.command('check', {}, alice);
    await answered(again);
    expect(String(callback(again).data?.content)).toMatch(/try again in \d+ s/);
    expect(callback(again).data?.flags).toBe(64);
    await audited(h, { action: 'discord /check', result: /^rate limited/ });
  });

  it('rejects bad options with a clear ephemeral reply and audits it', async () => {
    const log = h.discord.command('history', { limit: 500 }, alice);
    await answered(log);
    expect(callback(log).data).toMatchObject({ content: 'Invalid option: limit must be between 1 and 25.', flags: 64 });
    await audited(h, {
      action: 'discord /history',
      result: 'invalid: limit must be between 1 and 25',
    });
    const bad = h.discord.command('stats', { period: 'forever' }, alice);
    await answered(bad);
    expect(String(callback(bad).data?.content)).toContain('period must look like 24h, 7d or 12w');
  });

  it('/status shows monitor, sources, channels and the bot', async () => {
    const log = h.discord.command('status', {}, alice);
    await answered(log);
    const text = embedText(callback(log).data);
    for (const s of ['Last check', 'Next check', 'Sources', 'Notifications', 'discord-bot', 'connected', 'Uptime'])
      expect(text).toContain(s);
    // The router watch is off in tests: the router is not asked, so the NAT is not known.
    expect(text).toContain('"Router","value":"not asked (Router › Ask the router is off)"');
    expect(text).toContain('"NAT","value":"**Unknown**: ');
    expect(text).toContain('"Network changes","value":');
    // No outage since the start: every monitored moment was online, shown as a percentage once.
    // A run that reaches /status within a second of the first check has "under 1 s" monitored.
    expect(text).toMatch(/"Uptime \(30 days, monitored time\)","value":"100 % (over \d+ s|under 1 s) monitored"/);
    // The one health state the dashboard and the tray show (shared/health.ts).
    expect(text).toMatch(/"Monitor","value":"Online · running for /);
  });

  it('/stats attaches a PNG chart', async () => {
    const log = h.discord.command('stats', { period: '7d' }, alice);
    await answered(log, true);
    expect(JSON.stringify(log.edits[0])).toContain('attachment://stats.png');
    // The three replaced addresses; the first address of each family is no change.
    expect(JSON.stringify(log.edits[0])).toContain('{"name":"Changes","value":"3"}');
    expect(JSON.stringify(log.edits[0])).toMatch(
      /"Uptime \(monitored time\)","value":"100 % (over [^"]+|under 1 s) monitored"/,
    );
    const png = log.files.find((f) => f.name === 'stats.png');
    expect(png?.data.subarray(1, 4).toString()).toBe('PNG');
  }, 20_000);

  it('/export csv attaches the history as a file; a second one is rate limited', async () => {
    const log = h.discord.command('export', { format: 'csv' }, mod);
    await answered(log, true);
    const file = log.files.find((f) => f.name === 'ipwatch-history.csv');
    const lines = file!.data.toString().trim().split('\n');
    expect(lines[0]).toMatch(/^family,ip/);
    expect(lines).toHaveLength(1 + 5);
    const again = h.discord.command('export', { format: 'json' }, mod);
    await answered(again);
    expect(String(callback(again).data?.content)).toMatch(/try again in \d+ s/);
    const bad = h.discord.command('export', { format: 'json', from: '2026-13-45' }, alice);
    await answered(bad);
    expect(String(callback(bad).data?.content)).toMatch(/Invalid option: from/);
  });

  it('a mistyped option does not spend the rate limit: the corrected command runs at once', async () => {
    const typo = { user: { id: '300000000000000005', username: 'typo' } };
    const bad = h.discord.command('export', { format: 'csv', from: '2026-02-30x' }, typo);
    await answered(bad);
    expect(String(callback(bad).data?.content)).toMatch(/^Invalid option: from/);
    const fixed = h.discord.command('export', { format: 'csv', from: '2026-01-01' }, typo);
    await answered(fixed);
    expect(callback(fixed).data?.content).toBeUndefined();
    expect(callback(fixed).type).toBe(5);
    await answered(fixed, true);
    expect(fixed.files.map((f) => f.name)).toEqual(['ipwatch-history.csv']);
    // The valid one was the use: a second valid one now waits.
    const again = h.discord.command('export', { format: 'json' }, typo);
    await answered(again);
    expect(String(callback(again).data?.content)).toMatch(/try again in \d+ s/);
  });

  it('autocompletes families and periods', async () => {
    const log = h.discord.autocomplete('stats', 'period', '3', alice);
    await answered(log);
    expect(callback(log)).toEqual({
      type: 8,
      data: {
        choices: [
          { name: '30d', value: '30d' },
          { name: '365d', value: '365d' },
        ],
      },
    });
    const fam = h.discord.autocomplete('history', 'family', 'v6', alice);
    await answered(fam);
    expect(callback(fam).data).toEqual({ choices: [{ name: 'IPv6', value: '6' }] });
  });

  it('/help lists only what the member may use', async () => {
    const log = h.discord.command('help', {}, alice);
    await answered(log);
    expect(embedText(callback(log).data)).not.toContain('/config');
    const adm = h.discord.command('help', {}, admin);
    await answered(adm);
    expect(embedText(callback(adm).data)).toContain('/config');
  });
});

describe('permissions', () => {
  it('denies admin commands to members without Manage Server, and audits both outcomes', async () => {
    const log = h.discord.command('pause', {}, alice);
    await answered(log);
    expect(String(callback(log).data?.content)).toContain('Only administrators');
    await audited(h, {
      actor: `discord:${alice.user.id}`,
      action: 'discord /pause',
      result: 'denied',
    });
    expect(h.runtime.status().pausedSince).toBeNull();

    const ok = h.discord.command('pause', {}, admin);
    await answered(ok);
    expect(h.runtime.status().pausedSince).not.toBeNull();
    await audited(h, { actor: `discord:${admin.user.id}`, action: 'discord /pause', result: 'ok' });
    const resume = h.discord.command('resume', {}, admin);
    await answered(resume, true);
    expect(h.runtime.status().pausedSince).toBeNull();
  });

  it('/config set validates, writes the settings back and applies them', async () => {
    const bad = h.discord.command('config set', { interval: 5 }, admin);
    await answered(bad);
    expect(String(callback(bad).data?.content)).toMatch(/Invalid option: .*10/);
    const log = h.discord.command('config set', { interval: 120, mask: 'partial' }, admin);
    await answered(log);
    expect(String(callback(log).data?.content)).toContain('Saved');
    await until(
      () => h.runtime.status().bot.guilds.length > 0 && (h.raw.monitor as { intervalSec?: number }).intervalSec === 120,
    );
    const show = h.discord.command('config show', {}, admin);
    await answered(show);
    expect(embedText(callback(show).data)).toContain('120 s');
    expect(embedText(callback(show).data)).toContain('partial');
    const ip = h.discord.command('ip', {}, alice);
    await answered(ip);
    expect(embedText(callback(ip).data)).not.toContain('81.2.69.145');
    expect(embedText(callback(ip).data)).toContain('81.2.69.xxx');
  });

  it('narrows reading to the listed roles when the guild lists any', async () => {
    await h.runtime.updateSettings({
      ...(await import('../../../helpers/engine')).settingsFrom({
        ...(h.raw as object),
        discord: {
          ...(h.raw.discord as object),
          guilds: [{ id: h.discord.home.id, read: { roles: [mod.roles[0]!] } }],
        },
      }),
    });
    const denied = h.discord.command('ip', {}, outsider);
    await answered(denied);
    expect(String(callback(denied).data?.content)).toContain('do not allow');
    const allowed = h.discord.command('ip', {}, mod);
    await answered(allowed);
    expect(callback(allowed).data?.embeds).toBeDefined();
    const boss = h.discord.command('ip', {}, admin);
    await answered(boss);
    expect(callback(boss).data?.embeds).toBeDefined();
  });
});
