/** /history [family] [limit]: the address runs, newest first, a page at a time with Previous and Next. */
import * as z from 'zod/mini';

import type { Translator } from '../../../../shared/i18n/translator';
import { english } from '../../../../shared/i18n/translators';
import { maskedBlock, networkShiftWords } from '../../../../shared/network-shift';
import type { GuildSettings } from '../../../../shared/settings/discord';
import { showAddress } from '../../format/display';
import { address, button, COLOR, embed, formatDuration, row, stamp } from '../format';
import { type BotServices, buttonId, defineButton, defineCommand, type Reply } from './define';

/** The families offered as a member types, in their language ("beide", "keduanya"). */
export const familyChoices = (w: Translator) => [
  { name: w.t('bot.history.both'), value: 'all' },
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
    // Its values go with it, so the member reads it in their language (define.ts issueWords).
    ctx.issues.push({
      code: 'custom',
      input: text,
      message: english.t('bot.invalid.family', { shown }),
      params: { shown },
    });
    return z.NEVER;
  }),
);
const WHOLE = english.t('bot.invalid.limitWhole');
const RANGE = english.t('bot.invalid.limitRange');
const limit = z.number({ error: WHOLE }).check(z.int(WHOLE), z.gte(1, RANGE), z.lte(25, RANGE));

export function historyReply(
  services: BotServices,
  guild: GuildSettings,
  fam: Family,
  size: number,
  offset: number,
  w: Translator,
): Reply {
  const page = services.history.history({
    ...(fam === 'all' ? {} : { family: fam === '4' ? 4 : 6 }),
    limit: size,
    offset,
  });
  const lines = page.items.map((e) => {
    const lasted = formatDuration(e.lastSeen - e.firstSeen, 2, w);
    const line = `**IPv${e.family}** ${address(e.ip, guild.mask, w)} · ${stamp(e.firstSeen, 'f')} → ${stamp(e.lastSeen, 'R')} (${lasted})`;
    const shift = e.change?.network;
    if (!shift) return line;
    const block = maskedBlock((ip) => showAddress(ip, guild.mask, w), guild.mask === 'hidden');
    return `${line}\n↳ ${networkShiftWords(shift, w, block)}`;
  });
  const pages = Math.max(1, Math.ceil(page.total / size));
  const at = Math.floor(offset / size) + 1;
  return {
    embeds: [
      embed({
        title: fam === 'all' ? w.t('bot.history.title') : w.t('bot.history.titleFamily', { family: fam }),
        description: lines.join('\n') || w.t('bot.history.empty'),
        color: COLOR.info,
        footer: { text: w.t('bot.history.footer', { page: at, pages, total: page.total }) },
      }),
    ],
    components: [
      row(
        button(
          buttonId('history', fam, size, Math.max(0, offset - size)),
          w.t('bot.history.previous'),
          2,
          offset === 0,
        ),
        button(buttonId('history', fam, size, offset + size), w.t('bot.button.next'), 2, offset + size >= page.total),
      ),
    ],
  };
}

export const history = defineCommand({
  name: 'history',
  options: [
    { type: 3, name: 'family', required: false, autocomplete: true },
    { type: 4, name: 'limit', required: false, min_value: 1, max_value: 25 },
  ],
  level: 'read',
  schema: z.strictObject({ family: z._default(family, 'all'), limit: z._default(limit, 10) }),
  run: async ({ options, guild, words }, services) =>
    historyReply(services, guild, options.family, options.limit, 0, words),
  autocomplete: (_option, value, _services, words) =>
    familyChoices(words).filter((c) => c.name.toLowerCase().includes(value.toLowerCase())),
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
    if (!f.success || !l.success || !Number.isInteger(o) || o < 0)
      return { content: input.words.t('bot.reply.outOfDate') };
    return historyReply(services, input.guild, f.data, l.data, o, input.words);
  },
});
