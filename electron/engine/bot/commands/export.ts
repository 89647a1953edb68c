/** /export format:csv|json [from] [to]: the address runs as a file attachment, masked as the guild says. */
import * as z from 'zod/mini';

import type { HistoryEntry } from '../../../../shared/contract';
import type { MessageId } from '../../../../shared/i18n/translator';
import { english } from '../../../../shared/i18n/translators';
import { showAddress } from '../../format/display';
import { CSV_HEADER, csvLine, EXPORT_FORMAT_ID } from '../../format/history-file';
import { defineCommand } from './define';
import { commandName } from './localise';

/** Discord takes up to 10 MiB per message without boosts; stay below it. */
const MAX_BYTES = 8 * 1024 * 1024;

/** `2026-11-23` (UTC midnight) or a full ISO time; `shape` and `real` say what is wrong. */
const day = (shape: MessageId, real: MessageId) =>
  z
    .pipe(
      z.string().check(z.trim(), z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, english.t(shape))),
      z.transform((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)),
    )
    .check(z.refine((t) => Number.isFinite(t), english.t(real)));

export const exportCommand = defineCommand({
  name: 'export',
  options: [
    { type: 3, name: 'format', required: true, choices: [{ value: 'csv' }, { value: 'json' }] },
    { type: 3, name: 'from', required: false },
    { type: 3, name: 'to', required: false },
  ],
  level: 'read',
  limited: 'export',
  deferred: true,
  schema: z
    .strictObject({
      format: z.enum(['csv', 'json'], { error: english.t('bot.invalid.format') }),
      from: z.optional(day('bot.invalid.fromShape', 'bot.invalid.fromDate')),
      to: z.optional(day('bot.invalid.toShape', 'bot.invalid.toDate')),
    })
    .check(
      z.refine(
        (o) => o.from === undefined || o.to === undefined || o.from <= o.to,
        english.t('bot.invalid.fromAfterTo'),
      ),
    ),
  run: async ({ options, guild, words: w }, services) => {
    // A bare `to` day means through its end.
    const to = options.to === undefined ? undefined : options.to + 86_399_999;
    const entries: HistoryEntry[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = services.history.history({
        limit: 1000,
        offset,
        ...(options.from !== undefined ? { from: options.from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
      entries.push(
        ...page.items.map((e) => ({
          ...e,
          ip: showAddress(e.ip, guild.mask),
          prefix: guild.mask === 'none' ? e.prefix : null,
        })),
      );
      if (offset + 1000 >= page.total || page.items.length === 0) break;
    }
    // Oldest first in the history's order (its sequence): the pages read newest first.
    entries.reverse();
    const text =
      options.format === 'csv'
        ? CSV_HEADER + entries.map(csvLine).join('')
        : JSON.stringify({ format: EXPORT_FORMAT_ID, exportedAt: services.clock.now(), runs: entries }, null, 1);
    const data = Buffer.from(text);
    if (data.length > MAX_BYTES) {
      const [from, to] = ['from', 'to'].map((o) => commandName(w, 'export', o));
      return { content: w.t('bot.export.tooLarge', { from: from!, to: to! }) };
    }
    const runs = {
      none: 'bot.export.runs',
      hidden: 'bot.export.runsHidden',
      partial: 'bot.export.runsMasked',
    } as const;
    return {
      content: w.t(runs[guild.mask], { count: entries.length }),
      files: [{ name: `ipwatch-history.${options.format}`, data }],
    };
  },
});
