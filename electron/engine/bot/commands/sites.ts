/**
 * /sites: every site of the fleet this runner watches (issue 51), one line each in the words the
 * dashboard's Sites page uses (shared/words/fleet.ts), a page at a time with Previous and Next;
 * addresses masked as the server's channel is. /status site:<name> tells one (site-status.ts).
 */
import { z } from 'zod';

import type { FleetSite } from '../../../../shared/contract/fleet';
import { fleetSummary } from '../../../../shared/fleet-summary';
import type { MaskMode } from '../../../../shared/notify-types';
import {
  fleetSummaryWords,
  NEVER_HEARD_WORDS,
  NOT_WATCHING_WORDS,
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
export const siteSeenWords = (site: FleetSite): string =>
  site.lastSeenAt === null ? NEVER_HEARD_WORDS : `seen ${stamp(site.lastSeenAt)}`;

/** One site as a line: "**office** · offline for 40 s (connection lost) · IPv4 `203.0.113.9` · Healthy · seen <t:…:R>". */
export function siteLine(site: FleetSite, mask: MaskMode, now: number): string {
  const notes = siteNoteWords(site);
  return [
    `**${site.site}**${notes.length ? ` (${notes.join('; ')})` : ''}`,
    siteSinceWords(site, now),
    siteAddressWords(site, (ip) => address(ip, mask)).join(', '),
    siteHealthWords(site),
    siteSeenWords(site),
  ].join(' · ');
}

export async function sitesReply(services: BotServices, mask: MaskMode, offset: number): Promise<Reply> {
  const all = await services.fleet.sites();
  if (!all.watching) return { content: NOT_WATCHING_WORDS };
  const now = services.clock.now();
  const total = all.sites.length;
  // A page past the end (sites gone since the button was drawn) shows the last one.
  const last = total === 0 ? 0 : Math.floor((total - 1) / SITES_PER_PAGE) * SITES_PER_PAGE;
  const at = Math.min(offset - (offset % SITES_PER_PAGE), last);
  const page = all.sites.slice(at, at + SITES_PER_PAGE);
  const summary = fleetSummary(all.sites, now);
  const pages = Math.max(1, Math.ceil(total / SITES_PER_PAGE));
  return {
    embeds: [
      embed({
        title: 'Sites',
        // No site yet: the summary's own words say so, once, in the description.
        description: page.map((s) => siteLine(s, mask, now)).join('\n') || fleetSummaryWords(summary),
        color: summary.offline ? COLOR.warn : COLOR.good,
        ...(total > 0
          ? {
              footer: {
                text: `Page ${Math.floor(at / SITES_PER_PAGE) + 1} of ${pages} · ${fleetSummaryWords(summary)}`,
              },
            }
          : {}),
      }),
    ],
    ...(total > SITES_PER_PAGE
      ? {
          components: [
            row(
              button(buttonId('sites', Math.max(0, at - SITES_PER_PAGE)), 'Previous', 2, at === 0),
              button(buttonId('sites', at + SITES_PER_PAGE), 'Next', 2, at + SITES_PER_PAGE >= total),
            ),
          ],
        }
      : {}),
  };
}

export const sites = defineCommand({
  name: 'sites',
  description: 'Every site of the fleet: online or offline, addresses, health',
  options: [],
  level: 'read',
  schema: z.object({}),
  run: ({ guild }, services) => sitesReply(services, guild.mask, 0),
});

/** `ipw:sites:<offset>`: a page, replacing the message clicked. */
export const sitesButton = defineButton({
  name: 'sites',
  level: 'read',
  mode: 'update',
  run: async ([offset], input, services) => {
    const o = Number(offset);
    if (!Number.isInteger(o) || o < 0) return { content: 'That button is out of date.' };
    return sitesReply(services, input.guild.mask, o);
  },
});
