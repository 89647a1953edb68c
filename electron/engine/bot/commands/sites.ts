/**
 * /sites: every site of the fleet this runner watches (issue 51), one line each in the words the
 * dashboard's Sites page uses (shared/words/fleet.ts), a page at a time with First and Next;
 * addresses masked as the server's channel is. /status site:<name> tells one (site-status.ts).
 *
 * A page is one `GET /sites` page (the contract's name cursor, docs/fleet.md "Paging the sites"):
 * Next carries the last name shown, so a press reads only the page after it, and a site added or
 * forgotten before it between presses neither repeats a row nor skips one (an offset would). A
 * name cursor goes forward only: the way back is First.
 */
import * as z from 'zod/mini';

import type { FleetSite } from '../../../../shared/contract/fleet';
import type { Translator } from '../../../../shared/i18n/translator';
import { english } from '../../../../shared/i18n/translators';
import type { MaskMode } from '../../../../shared/notify-types';
import {
  fleetSummaryWords,
  neverHeardWords,
  notWatchingWords,
  siteAddressWords,
  siteHealthWords,
  siteNoteWords,
  siteSinceWords,
} from '../../../../shared/words/fleet';
import { address, button, COLOR, embed, row, stamp } from '../format';
import { type BotServices, buttonId, defineButton, defineCommand, type Reply } from './define';

/** Sites on one page of the embed: 15 lines of about 200 characters stay well under its 4,096. */
export const SITES_PER_PAGE = 15;

/** When this watcher last heard the site, as Discord writes a time, or that it never did. */
export const siteSeenWords = (site: FleetSite, w: Translator = english): string =>
  site.lastSeenAt === null ? neverHeardWords(w) : w.t('bot.sites.seen', { at: stamp(site.lastSeenAt) });

/** One site as a line: "**office** · offline for 40 s (connection lost) · IPv4 `203.0.113.9` · Healthy · seen <t:…:R>". */
export function siteLine(site: FleetSite, mask: MaskMode, now: number, w: Translator = english): string {
  const notes = siteNoteWords(site, w);
  return [
    `**${site.site}**${notes.length ? ` (${notes.join('; ')})` : ''}`,
    siteSinceWords(site, now, w),
    siteAddressWords(site, w, (ip) => address(ip, mask, w)).join(', '),
    siteHealthWords(site, w),
    siteSeenWords(site, w),
  ].join(' · ');
}

/** Discord's bound on a button's custom id (discord-api-docs, components: 1 to 100 characters). */
export const CUSTOM_ID_MAX = 100;
/** The most pages a button may name: 2,000 sites (the watcher's bound) are 134 pages of 15. */
const PAGE_MAX = 1000;

/** `ipw:sites:<page>:<cursor>`: the page's number as shown and the last name before it ('' for the first). */
export const sitesPageId = (page: number, after: string): string => buttonId('sites', page, after);

/**
 * How many of a page's sites (`names`, in order) to show so that the last one, as the next page's
 * cursor, fits Next's custom id. A name no IPWatch publisher takes (over 64 characters) may not
 * fit; the page then ends at the last one that does, and the rest open the next page. None
 * fitting (a page of such names): all shown, and Next cannot be offered (0).
 *
 *   names (longest id fitting: "x")  | shown
 *   ---------------------------------+------
 *   a b c                            | 3
 *   a b xxx                          | 2 (xxx opens the next page)
 *   a xxx xxx                        | 1
 *   xxx xxx                          | 0
 */
export function sitesShown(names: readonly string[], page: number): number {
  for (let n = names.length; n > 0; n--) if (sitesPageId(page + 1, names[n - 1]!).length <= CUSTOM_ID_MAX) return n;
  return 0;
}

/** Page `page` of the sites, the one after `after` (none: the first). */
export async function sitesReply(
  services: BotServices,
  mask: MaskMode,
  w: Translator,
  page: number,
  after?: string,
): Promise<Reply> {
  const got = await services.fleet.page({ limit: SITES_PER_PAGE, ...(after ? { after } : {}) });
  if (!got.watching) return { content: notWatchingWords(w) };
  // Every site after the cursor gone since the button was drawn: the first page again.
  if (after && got.sites.length === 0 && got.summary.sites > 0) return sitesReply(services, mask, w, 1);
  const now = services.clock.now();
  const fit = sitesShown(
    got.sites.map((s) => s.site),
    page,
  );
  const shown = fit > 0 ? got.sites.slice(0, fit) : got.sites;
  const next = fit === 0 ? null : fit < got.sites.length ? shown[fit - 1]!.site : got.next;
  const more = next !== null || (fit === 0 && got.next !== null);
  const pages = more ? Math.max(page + 1, Math.ceil(got.total / SITES_PER_PAGE)) : page;
  const summary = got.summary;
  const stuck = fit === 0 && got.next !== null ? ` · ${w.t('bot.sites.tooLong')}` : '';
  return {
    embeds: [
      embed({
        title: w.t('bot.sites.title'),
        // No site yet: the summary's own words say so, once, in the description.
        description: shown.map((s) => siteLine(s, mask, now, w)).join('\n') || fleetSummaryWords(summary, w),
        color: summary.offline ? COLOR.warn : COLOR.good,
        ...(got.total > 0
          ? {
              footer: {
                text: `${w.t('bot.sites.footer', { page, pages, summary: fleetSummaryWords(summary, w) })}${stuck}`,
              },
            }
          : {}),
      }),
    ],
    ...(page > 1 || more
      ? {
          components: [
            row(
              button(sitesPageId(1, ''), w.t('bot.sites.first'), 2, page === 1),
              button(sitesPageId(page + 1, next ?? ''), w.t('bot.button.next'), 2, next === null),
            ),
          ],
        }
      : {}),
  };
}

export const sites = defineCommand({
  name: 'sites',
  options: [],
  level: 'read',
  schema: z.object({}),
  run: ({ guild, words }, services) => sitesReply(services, guild.mask, words, 1),
});

/** `ipw:sites:<page>:<cursor>`: a page, replacing the message clicked. A name may hold `:`. */
export const sitesButton = defineButton({
  name: 'sites',
  level: 'read',
  mode: 'update',
  run: async ([page, ...cursor], input, services) => {
    const p = Number(page);
    // An offset button of before (`ipw:sites:15`) carries no cursor: out of date as well.
    if (!Number.isInteger(p) || p < 1 || p > PAGE_MAX || cursor.length === 0)
      return { content: input.words.t('bot.reply.outOfDate') };
    const after = cursor.join(':');
    return sitesReply(services, input.guild.mask, input.words, after === '' ? 1 : p, after || undefined);
  },
});
