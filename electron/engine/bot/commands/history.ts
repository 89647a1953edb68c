/** /history [family] [limit]: the address runs, newest first, a page at a time with Previous and Next. */
import * as z from 'zod/mini';

import type { GuildSettings } from '../../../../shared/settings/discord';
import { address, button, COLOR, embed, formatDuration, row, stamp } from '../format';
import { type BotServices, buttonId, defineButton, defineCommand, type Reply } from './define';

export const FAMILY_CHOICES = [
  { name: 'both', value: 'all' },
  { name: 'IPv4', value: '4' },
  { name: 'IPv6', value: '6' },
];
type Family = 'all' | '4' | '6';

/**
 * The family a member typed, in any case and the usual spellings: `4`, `v4`, `ip4`, `IPv4`
 * (and the same for 6), or `all`/`both`/`any`; null when the text names no family.
 */
export function parseFamily(text: string): Family | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (t === 'all' || t === 'both' || t === 'any') return 'all';
  const m = /^(?:ip)?v?([46])$/.exec(t);
  return m ? (m[1] as '4' | '6') : null;
}

const family = z.pipe(
  z.string(),
  z.transform((text, ctx): Family => {
    const f = parseFamily(text);
    if (f) return f;
    const shown = text.length > 20 ? `${text.slice(0, 19)}…` : text;
    ctx.issues.push({
      code: 'custom',
      input: text,
      message: `family must be IPv4, IPv6 or both (like 4, v6, all), not "${shown}"`,
    });
    return z.NEVER;
  }),
);
const limit = z
  .number({ error: 'limit must be a whole number' })
  .check(
    z.int('limit must be a whole number'),
    z.gte(1, 'limit must be between 1 and 25'),
    z.lte(25, 'limit must be between 1 and 25'),
  );

export function historyReply(
  services: BotServices,
  guild: GuildSettings,
  fam: Family,
  size: number,
  offset: number,
): Reply {
  const page = services.history.history({
    ...(fam === 'all' ? {} : { family: fam === '4' ? 4 : 6 }),
    limit: size,
    offset,
  });
  const lines = page.items.map((e) => {
    const lasted = formatDuration(e.lastSeen - e.firstSeen);
    return `**IPv${e.family}** ${address(e.ip, guild.mask)} · ${stamp(e.firstSeen, 'f')} → ${stamp(e.lastSeen, 'R')} (${lasted})`;
  });
  const pages = Math.max(1, Math.ceil(page.total / size));
  const at = Math.floor(offset / size) + 1;
  return {
    embeds: [
      embed({
        title: `Address history${fam === 'all' ? '' : ` (IPv${fam})`}`,
        description: lines.join('\n') || 'Nothing recorded yet.',
        color: COLOR.info,
        footer: { text: `Page ${at} of ${pages} · ${page.total} runs` },
      }),
    ],
    components: [
      row(
        button(buttonId('history', fam, size, Math.max(0, offset - size)), 'Previous', 2, offset === 0),
        button(buttonId('history', fam, size, offset + size), 'Next', 2, offset + size >= page.total),
      ),
    ],
  };
}

export const history = defineCommand({
  name: 'history',
  description: 'Past public addresses, newest first',
  options: [
    { type: 3, name: 'family', description: 'IPv4, IPv6 or both', required: false, autocomplete: true },
    {
      type: 4,
      name: 'limit',
      description: 'Rows per page (1-25, default 10)',
      required: false,
      min_value: 1,
      max_value: 25,
    },
  ],
  level: 'read',
  schema: z.strictObject({ family: z._default(family, 'all'), limit: z._default(limit, 10) }),
  run: async ({ options, guild }, services) => historyReply(services, guild, options.family, options.limit, 0),
  autocomplete: (_option, value) => FAMILY_CHOICES.filter((c) => c.name.toLowerCase().includes(value.toLowerCase())),
});

/** `ipw:history:<family>:<limit>:<offset>`: a page, replacing the message clicked (or a new reply from /ip). */
export const historyButton = defineButton({
  name: 'history',
  level: 'read',
  mode: 'update',
  run: async ([fam, size, offset], input, services) => {
    const f = family.safeParse(fam);
    const l = limit.safeParse(Number(size));
    const o = Number(offset);
    if (!f.success || !l.success || !Number.isInteger(o) || o < 0) return { content: 'That button is out of date.' };
    return historyReply(services, input.guild, f.data, l.data, o);
  },
});
