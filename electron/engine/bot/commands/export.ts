/** /export format:csv|json [from] [to]: the address runs as a file attachment, masked as the guild says. */
import * as z from 'zod/mini';

import type { HistoryEntry } from '../../../../shared/contract';
import { showAddress } from '../../format/display';
import { CSV_HEADER, csvLine, EXPORT_FORMAT_ID } from '../../format/history-file';
import { defineCommand } from './define';

/** Discord takes up to 10 MiB per message without boosts; stay below it. */
const MAX_BYTES = 8 * 1024 * 1024;

/** `2026-11-23` (UTC midnight) or a full ISO time. */
const day = (what: string) =>
  z
    .pipe(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, `${what} must be a date like 2026-11-23`),
        ),
      z.transform((s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)),
    )
    .check(z.refine((t) => Number.isFinite(t), `${what} is not a real date`));

export const exportCommand = defineCommand({
  name: 'export',
  description: 'Download the address history as a file',
  options: [
    {
      type: 3,
      name: 'format',
      description: 'csv or json',
      required: true,
      choices: [
        { name: 'csv', value: 'csv' },
        { name: 'json', value: 'json' },
      ],
    },
    { type: 3, name: 'from', description: 'First day, e.g. 2026-01-31 (UTC)', required: false },
    { type: 3, name: 'to', description: 'Last day, e.g. 2026-02-28 (UTC, inclusive)', required: false },
  ],
  level: 'read',
  limited: 'export',
  deferred: true,
  schema: z
    .strictObject({
      format: z.enum(['csv', 'json'], { error: 'format must be csv or json' }),
      from: z.optional(day('from')),
      to: z.optional(day('to')),
    })
    .check(z.refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, 'from must not be after to')),
  run: async ({ options, guild }, services) => {
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
    entries.sort((a, b) => a.firstSeen - b.firstSeen || a.id - b.id);
    const text =
      options.format === 'csv'
        ? CSV_HEADER + entries.map(csvLine).join('')
        : JSON.stringify({ format: EXPORT_FORMAT_ID, exportedAt: services.clock.now(), runs: entries }, null, 1);
    const data = Buffer.from(text);
    if (data.length > MAX_BYTES) return { content: 'The export is too large for Discord; narrow it with from and to.' };
    return {
      content: `${entries.length} runs${guild.mask === 'none' ? '' : ` (addresses ${guild.mask === 'hidden' ? 'hidden' : 'masked'} as this server's setting says)`}.`,
      files: [{ name: `ipwatch-history.${options.format}`, data }],
    };
  },
});
