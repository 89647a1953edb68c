/**
 * /status site:<name>: one site of the fleet (issue 51) in the words of the Sites page
 * (shared/words/fleet.ts): online or offline since when, its addresses (masked as the channel
 * is), health, NAT, DNS records, service monitors, and its recent events; and the site names
 * offered as the member types.
 */
import type { Translator } from '../../../../shared/i18n/translator';
import type { MaskMode } from '../../../../shared/notify-types';
import {
  fleetEventWords,
  notWatchingWords,
  siteAddressWords,
  siteHealthWords,
  siteNatWords,
  siteNoteWords,
  siteSinceWords,
  siteStateWords,
} from '../../../../shared/words/fleet';
import { address, COLOR, embed, stamp } from '../format';
import type { BotServices, Choice, Reply } from './define';
import { commandName } from './localise';
import { siteSeenWords } from './sites';

/** Events shown under a site. */
const EVENTS = 8;

export async function siteStatusReply(
  services: BotServices,
  name: string,
  mask: MaskMode,
  w: Translator,
): Promise<Reply> {
  const all = await services.fleet.sites();
  if (!all.watching) return { content: notWatchingWords(w), ephemeral: true };
  const d = await services.fleet.site(name, EVENTS);
  if (!d) return { content: w.t('bot.site.unknown', { name, sites: commandName(w, 'sites') }), ephemeral: true };
  const s = d.site;
  const state = siteStateWords(s, w);
  const st = s.state;
  const list = (items: string[]) => items.join('\n') || w.t('bot.none');
  return {
    embeds: [
      embed({
        title: w.t('bot.site.title', { name: s.site }),
        color: state.tone === 'good' ? COLOR.good : state.tone === 'bad' ? COLOR.bad : COLOR.warn,
        ...(siteNoteWords(s, w).length ? { description: siteNoteWords(s, w).join('\n') } : {}),
        fields: [
          {
            name: w.t('bot.site.state'),
            value: `${siteSinceWords(s, services.clock.now(), w)} · ${siteSeenWords(s, w)}`,
          },
          { name: w.t('bot.site.addresses'), value: list(siteAddressWords(s, w, (ip) => address(ip, mask, w))) },
          { name: w.t('bot.site.health'), value: siteHealthWords(s, w) },
          { name: w.t('bot.field.nat'), value: siteNatWords(st?.nat ?? null, w) },
          ...(st?.ddns.length
            ? [{ name: w.t('bot.field.ddns'), value: list(st.ddns.map((r) => `${r.name} ${r.type}: ${r.state}`)) }]
            : []),
          ...(st?.monitors.length
            ? [{ name: w.t('bot.field.services'), value: list(st.monitors.map((m) => `${m.name}: ${m.state}`)) }]
            : []),
          {
            name: w.t('bot.site.events'),
            value: list(d.events.map((e) => `${stamp(e.at)} ${fleetEventWords(e, w)}`)),
          },
          ...(st?.version ? [{ name: 'IPWatch', value: st.version }] : []),
        ],
      }),
    ],
  };
}

/** The watched sites whose names hold what the member typed, at most 25 (Discord's bound). */
export async function siteChoices(services: BotServices, typed: string): Promise<Choice[]> {
  const all = await services.fleet.sites();
  const t = typed.trim().toLowerCase();
  return all.sites
    .filter((s) => s.site.toLowerCase().includes(t))
    .slice(0, 25)
    .map((s) => ({ name: s.site, value: s.site }));
}
