/**
 * Every bot reply, embed, button and post in the pseudo-language (issue 62): a visible text
 * outside a marker did not come from the catalogue. The commands run over a real runtime's
 * services; the data (addresses, names, Discord's time stamps) are not text. The shared modules'
 * words (uptime, the fleet, the NAT verdict) take the member's translator too, so they are marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { botServices } from '../../../../electron/engine/bot';
import type { BotServices, CommandContext, Reply } from '../../../../electron/engine/bot/commands/define';
import { BUTTONS, COMMANDS } from '../../../../electron/engine/bot/commands/registry';
import { nonceFor, postBody } from '../../../../electron/engine/bot/post';
import { systemClock } from '../../../../electron/engine/clock';
import { renderMessage } from '../../../../electron/engine/notify/message';
import { NOTIFY_EVENTS } from '../../../../shared/notify-types';
import type { SettingsInput } from '../../../../shared/settings';
import { settingsFrom } from '../../../helpers/engine';
import { pseudoTranslator, unmarkedText } from '../../../helpers/pseudo-language';
import { type BotHarness, connected, startBot } from './helpers';

const pseudo = pseudoTranslator();
let h: BotHarness;
let services: BotServices;
let ctx: CommandContext;

beforeAll(async () => {
  h = await startBot();
  await connected(h);
  for (const ip of ['81.2.69.143', '81.2.69.144']) {
    h.world.setIp(ip, '2a02:1:2:3::5');
    await h.runtime.engine.checkNow('manual');
  }
  services = botServices(h.runtime.services, {
    clock: systemClock,
    settings: () => settingsFrom(h.raw as SettingsInput),
    editSettings: async () => undefined,
  });
  const guild = services.settings().discord.guilds[0]!;
  ctx = { guild, userId: '300000000000000001', channelId: guild.channel!, admin: true, words: pseudo };
});
afterAll(async () => h?.close());

/** Every text a member reads in a reply: its content, embeds (title, description, fields, footer) and buttons. */
function visible(r: Reply): string[] {
  return [
    r.content ?? '',
    ...(r.embeds ?? []).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
    ...(r.components ?? []).flatMap((row) => row.components.map((c) => ('label' in c ? (c.label ?? '') : ''))),
  ].filter(Boolean);
}

/** Discord's own markup (time stamps, channel mentions) and the product's and families' names are not words. */
const markup = (text: string) => text.replace(/<t:\d+:[RfF]>|<#\d+>|IPWatch|IPv[46]/g, ' ');

function expectAllMarked(r: Reply, data: string[] = []) {
  const s = services.status();
  const values = [
    ...data,
    ...s.sources.map((x) => x.id),
    ...s.notifications.map((c) => c.id),
    ...(['v4', 'v6'] as const).map((f) => s.families[f].ip ?? ''),
  ];
  for (const text of visible(r)) expect(unmarkedText(markup(text), values), text).toEqual([]);
}

async function run(name: keyof typeof COMMANDS, raw: Record<string, unknown> = {}): Promise<Reply> {
  const prepared = COMMANDS[name].prepare(raw, pseudo);
  if (!prepared.ok) throw new Error(prepared.error);
  return prepared.run(ctx, services);
}

describe('the pseudo-language over the bot', () => {
  it.each(['ip', 'status', 'history', 'help', 'sites', 'path'] as const)('/%s', async (name) => {
    expectAllMarked(await run(name));
  });

  it('/stats, its forecast and chart title', async () => {
    const reply = await run('stats', { period: '7d' });
    // The period's uptime line is shared/uptime.ts's, English until it takes a Translator.
    const uptime = reply.embeds![0]!.fields!.find((f) => f.name === pseudo.t('bot.stats.uptime'))!.value;
    expectAllMarked(reply, [uptime]);
  });

  it('/check, /config show and set, /export, /pause and /resume', async () => {
    expectAllMarked(await run('check'));
    // The events are the settings' ids, as a member types them.
    expectAllMarked(await run('config', { sub: 'show' }), [...NOTIFY_EVENTS]);
    expectAllMarked(await run('config', { sub: 'set', mask: 'partial', interval: 60 }));
    expectAllMarked(await run('export', { format: 'csv' }));
    expectAllMarked(await run('pause'));
    expectAllMarked(await run('pause'));
    expectAllMarked(await run('resume'));
    expectAllMarked(await run('resume'));
  });

  it('the buttons: a history page, an out-of-date one, a site not watched', async () => {
    expectAllMarked(await BUTTONS.history.run(['4', '1', '1'], { ...ctx, options: null }, services));
    expectAllMarked(await BUTTONS.history.run(['x'], { ...ctx, options: null }, services));
    expectAllMarked(await BUTTONS.siteshow.run(['office'], { ...ctx, options: null }, services));
  });

  it('an invalid option, in every command that checks one', () => {
    for (const [name, raw] of [
      ['history', { family: 'ipx' }],
      ['history', { limit: 99 }],
      ['stats', { period: 'soon' }],
      ['export', { format: 'xml', from: '2026-13-99' }],
      ['config', { sub: 'set', events: 'nothing' }],
      ['config', { sub: 'set' }],
    ] as const) {
      const prepared = COMMANDS[name].prepare(raw, pseudo);
      expect(prepared.ok).toBe(false);
      if (!prepared.ok) expect(unmarkedText(prepared.error, ['ipx']), prepared.error).toEqual([]);
    }
  });

  it('a post, its button too', () => {
    const notice = {
      kind: 'ipv4-changed' as const,
      key: 'k',
      at: 1_800_000_000_000,
      family: 4 as const,
      from: '203.0.113.1',
      to: '203.0.113.2',
      fromSince: 1_800_000_000_000 - 3 * 3_600_000,
      sources: ['ipify'],
    };
    const nonce = nonceFor('k', '1');
    const body = postBody(
      notice,
      renderMessage(notice, { timezone: 'UTC', mask: 'none', words: pseudo }),
      nonce,
      pseudo,
    );
    const reply: Reply = { embeds: body.embeds, components: body.components };
    expectAllMarked(reply, ['203.0.113.1', '203.0.113.2', 'ipify', `ref ${nonce}`, 'UTC']);
  });
});
