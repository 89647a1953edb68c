/**
 * /path [now]: the path to the internet (docs/path.md): the last path traced, its hops with their
 * networks and what changed since the one before; with `now`, a trace first (deferred: it takes up
 * to the tracer's own limit, 60 s), an admin's act as on the API, rate limited per member. Off, or no tool, says so.
 * The words are shared/words/path.ts's, the same as the page's and `ipwatch path`'s.
 */
import * as z from 'zod/mini';

import { pathReport } from '../../../../shared/words/path';
import { address, COLOR, embed, when } from '../format';
import { defineCommand } from './define';

export const path = defineCommand({
  name: 'path',
  options: [{ type: 5, name: 'now', required: false }],
  level: 'read',
  // A trace is the API's POST /paths/trace, an admin's act there: the same rule here.
  raised: (o) => (o.now ? 'admin' : null),
  // Reading the last path costs nothing; a trace costs a minute of probes.
  limited: (o) => (o.now ? 'path' : null),
  deferred: true,
  schema: z.object({ now: z.prefault(z.boolean(), false) }),
  run: async ({ options, guild, words: w }, services) => {
    const enabled = services.settings().path.enabled;
    const tz = services.settings().notifications.timezone;
    const part = services.path;
    const run = part && options.now ? await part.trace() : undefined;
    const last = run?.ran || !part ? null : ((await part.recent(1))[0] ?? null);
    // The hops are masked as the server masks addresses: the first public hop is next to this one's.
    const report = pathReport(
      { enabled, last, ...(run ? { run } : {}) },
      w,
      (at) => when(at, tz, w.language),
      (ip) => address(ip, guild.mask, w),
    );
    const p = report.path;
    const description = [...report.notes, ...(p ? [p.heading, p.reached] : [])].join('\n');
    return {
      embeds: [
        embed({
          title: w.t('web.path.title'),
          description,
          color: !p || (run && !run.ran) ? COLOR.warn : run ? COLOR.good : COLOR.info,
          fields: p
            ? [
                { name: w.t('bot.path.hops'), value: p.hops },
                { name: w.t('bot.path.changed'), value: p.changed.join('\n') },
              ]
            : [],
        }),
      ],
    };
  },
});
