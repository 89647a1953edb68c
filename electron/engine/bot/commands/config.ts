/**
 * /config show and /config set: the check interval, this guild's masking, its notification
 * channel and the events posted there. Administrators only. A change is validated by the
 * shared settings schema and written back through the host's settings write, which then
 * applies it like any other edit.
 */
import * as z from 'zod/mini';

import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import { english } from '../../../../shared/i18n/translators';
import { MASK_MODES, type MaskMode, NOTIFY_EVENTS } from '../../../../shared/notify-types';
import { monitorSchema } from '../../../../shared/settings';
import { guildSchema, MAIN_BOT_ID } from '../../../../shared/settings/discord';
import { COLOR, embed } from '../format';
import { defineCommand, issueWords, ownBot } from './define';
import { commandName } from './localise';

/** The options of /config set, whose names a reply says in the member's language. */
type SetOption = 'interval' | 'mask' | 'channel' | 'events';
const optionName = (w: Translator, option: SetOption) => commandName(w, 'config', 'set', option);
const MASK_NAMES: Record<MaskMode, MessageId> = {
  none: 'bot.cmd.config.set.mask.none',
  partial: 'bot.cmd.config.set.mask.partial',
  hidden: 'bot.cmd.config.set.mask.hidden',
};
const maskName = (w: Translator, mask: MaskMode) => w.t(MASK_NAMES[mask]);

const events = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) => s.split(/[\s,]+/).filter(Boolean)),
  ),
  z
    .array(z.enum(NOTIFY_EVENTS, { error: english.t('bot.invalid.events', { events: NOTIFY_EVENTS.join(', ') }) }))
    .check(z.minLength(1, english.t('bot.invalid.noEvent'))),
);

const schema = z.discriminatedUnion('sub', [
  z.strictObject({ sub: z.literal('show') }),
  z
    .strictObject({
      sub: z.literal('set'),
      // The interval's own bounds and words, without its default.
      interval: z.optional(monitorSchema.shape.intervalSec._zod.def.innerType),
      mask: z.optional(z.enum(MASK_MODES, { error: english.t('bot.invalid.mask', { masks: MASK_MODES.join(', ') }) })),
      channel: z.optional(z.string().check(z.regex(/^\d{17,20}$/, english.t('bot.invalid.channel')))),
      events: z.optional(events),
    })
    .check(z.refine((o) => Object.keys(o).length > 1, english.t('bot.invalid.nothingToSet'))),
]);

const asObject = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const config = defineCommand({
  name: 'config',
  options: [
    { type: 1, name: 'show' },
    {
      type: 1,
      name: 'set',
      options: [
        { type: 4, name: 'interval', min_value: 10, max_value: 86_400 },
        { type: 3, name: 'mask', choices: MASK_MODES.map((m) => ({ value: m })) },
        // type 7 = channel; 0 = guild text channel.
        { type: 7, name: 'channel', channel_types: [0] },
        { type: 3, name: 'events', descriptionValues: { examples: NOTIFY_EVENTS.slice(0, 3).join(', ') } },
      ],
    },
  ],
  level: 'admin',
  schema,
  issueValues: { events: NOTIFY_EVENTS.join(', '), masks: MASK_MODES.join(', ') },
  run: async ({ options, guild, words: w }, services) => {
    if (options.sub === 'show') {
      const s = services.settings();
      return {
        embeds: [
          embed({
            title: w.t('bot.config.title'),
            color: COLOR.info,
            fields: [
              {
                name: optionName(w, 'interval'),
                // The setting's value as a member types it (no digit grouping).
                value: w.t('bot.config.interval', { seconds: String(s.monitor.intervalSec) }),
              },
              { name: optionName(w, 'mask'), value: maskName(w, guild.mask) },
              { name: optionName(w, 'channel'), value: guild.channel ? `<#${guild.channel}>` : w.t('bot.none') },
              { name: optionName(w, 'events'), value: guild.events.join(', ') },
              {
                name: w.t('bot.config.registration'),
                value: w.t('bot.config.registrationScope', { scope: ownBot(services).registration }),
              },
            ],
          }),
        ],
      };
    }
    if (!services.editSettings) return { content: w.t('bot.config.cannotWrite') };
    const { interval, mask, channel, events: ev } = options;
    await services.editSettings((raw) => {
      if (interval !== undefined) raw.monitor = { ...asObject(raw.monitor), intervalSec: interval };
      const found = editOwnGuilds(raw, services.bot?.id ?? MAIN_BOT_ID, (list) => {
        const i = list.findIndex((g) => g === guild.id || asObject(g).id === guild.id);
        const current = i >= 0 ? asObject(typeof list[i] === 'string' ? { id: list[i] } : list[i]) : { id: guild.id };
        const next = {
          ...current,
          ...(mask !== undefined ? { mask } : {}),
          ...(channel !== undefined ? { channel } : {}),
          ...(ev !== undefined ? { events: ev } : {}),
        };
        // The guild's own schema says what is wrong with the edit (its words are the settings').
        const checked = guildSchema.safeParse(next);
        if (!checked.success) throw new Error(checked.error.issues.map((i) => issueWords(i, w, {})).join('; '));
        if (i >= 0) list[i] = next;
        else list.push(next);
        return list;
      });
      if (!found) throw new Error(w.t('bot.config.botGone'));
    });
    const values: Record<SetOption, string | undefined> = {
      interval: interval === undefined ? undefined : String(interval),
      mask: mask === undefined ? undefined : maskName(w, mask),
      channel: channel === undefined ? undefined : `<#${channel}>`,
      events: ev?.join(', '),
    };
    const changed = Object.entries(values)
      .filter((e): e is [SetOption, string] => e[1] !== undefined)
      .map(([k, value]) => w.t('bot.config.change', { name: optionName(w, k), value }));
    return { content: w.t('bot.config.saved', { changes: changed.join('; ') }) };
  },
});

/**
 * Edits the server list of the bot that answers, in the raw settings: `discord.guilds` for the
 * first bot, `discord.bots[n].guilds` for the bot of that id (docs/discord-bot.md "Several bots");
 * false when that bot is no longer listed (nothing is changed).
 */
function editOwnGuilds(raw: Record<string, unknown>, botId: string, edit: (list: unknown[]) => unknown[]): boolean {
  const discord = asObject(raw.discord);
  const bots = Array.isArray(discord.bots) ? [...(discord.bots as unknown[])] : [];
  const at = botId === MAIN_BOT_ID ? -1 : bots.findIndex((b) => asObject(b).id === botId);
  if (botId !== MAIN_BOT_ID && at < 0) return false;
  const own = at >= 0 ? asObject(bots[at]) : discord;
  const list = edit(Array.isArray(own.guilds) ? [...(own.guilds as unknown[])] : []);
  if (at < 0) raw.discord = { ...discord, guilds: list };
  else {
    bots[at] = { ...own, guilds: list };
    raw.discord = { ...discord, bots };
  }
  return true;
}
