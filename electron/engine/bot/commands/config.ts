/**
 * /config show and /config set: the check interval, this guild's masking, its notification
 * channel and the events posted there. Administrators only. A change is validated by the
 * shared settings schema and written back through the host's settings write, which then
 * applies it like any other edit.
 */
import * as z from 'zod/mini';

import { MASK_MODES, NOTIFY_EVENTS } from '../../../../shared/notify-types';
import { monitorSchema } from '../../../../shared/settings';
import { guildSchema } from '../../../../shared/settings/discord';
import { COLOR, embed } from '../format';
import { defineCommand } from './define';

const events = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) => s.split(/[\s,]+/).filter(Boolean)),
  ),
  z
    .array(z.enum(NOTIFY_EVENTS, { error: `events are a comma-separated list of: ${NOTIFY_EVENTS.join(', ')}` }))
    .check(z.minLength(1, 'name at least one event')),
);

const schema = z.discriminatedUnion('sub', [
  z.strictObject({ sub: z.literal('show') }),
  z
    .strictObject({
      sub: z.literal('set'),
      // The interval's own bounds and words, without its default.
      interval: z.optional(monitorSchema.shape.intervalSec._zod.def.innerType),
      mask: z.optional(z.enum(MASK_MODES, { error: `mask must be one of ${MASK_MODES.join(', ')}` })),
      channel: z.optional(z.string().check(z.regex(/^\d{17,20}$/, 'channel must be a text channel'))),
      events: z.optional(events),
    })
    .check(z.refine((o) => Object.keys(o).length > 1, 'give at least one of interval, mask, channel, events')),
]);

const asObject = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const config = defineCommand({
  name: 'config',
  description: 'Show or change IPWatch settings for this server',
  options: [
    { type: 1, name: 'show', description: 'Show the settings' },
    {
      type: 1,
      name: 'set',
      description: 'Change settings',
      options: [
        {
          type: 4,
          name: 'interval',
          description: 'Seconds between checks (10-86400)',
          min_value: 10,
          max_value: 86_400,
        },
        {
          type: 3,
          name: 'mask',
          description: 'How addresses appear here',
          choices: MASK_MODES.map((m) => ({ name: m, value: m })),
        },
        // type 7 = channel; 0 = guild text channel.
        { type: 7, name: 'channel', description: 'Channel for change posts', channel_types: [0] },
        {
          type: 3,
          name: 'events',
          description: `Posted events, comma-separated (${NOTIFY_EVENTS.slice(0, 3).join(', ')}…)`,
        },
      ],
    },
  ],
  level: 'admin',
  schema,
  run: async ({ options, guild }, services) => {
    if (options.sub === 'show') {
      const s = services.settings();
      return {
        embeds: [
          embed({
            title: 'IPWatch settings for this server',
            color: COLOR.info,
            fields: [
              { name: 'interval', value: `${s.monitor.intervalSec} s` },
              { name: 'mask', value: guild.mask },
              { name: 'channel', value: guild.channel ? `<#${guild.channel}>` : 'none' },
              { name: 'events', value: guild.events.join(', ') },
              { name: 'registration', value: s.discord.registration },
            ],
          }),
        ],
      };
    }
    if (!services.editSettings) return { content: 'This IPWatch cannot write its settings from Discord.' };
    const { interval, mask, channel, events: ev } = options;
    await services.editSettings((raw) => {
      if (interval !== undefined) raw.monitor = { ...asObject(raw.monitor), intervalSec: interval };
      const discord = asObject(raw.discord);
      const list = Array.isArray(discord.guilds) ? [...(discord.guilds as unknown[])] : [];
      const i = list.findIndex((g) => g === guild.id || asObject(g).id === guild.id);
      const current = i >= 0 ? asObject(typeof list[i] === 'string' ? { id: list[i] } : list[i]) : { id: guild.id };
      const next = {
        ...current,
        ...(mask !== undefined ? { mask } : {}),
        ...(channel !== undefined ? { channel } : {}),
        ...(ev !== undefined ? { events: ev } : {}),
      };
      guildSchema.parse(next);
      if (i >= 0) list[i] = next;
      else list.push(next);
      raw.discord = { ...discord, guilds: list };
    });
    const changed = Object.entries({ interval, mask, channel, events: ev?.join(', ') })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} = ${k === 'channel' ? `<#${String(v)}>` : String(v)}`);
    return { content: `Saved: ${changed.join('; ')}.` };
  },
});
