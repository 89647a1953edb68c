/**
 * /status: monitor and bot health, sources' breakers, uptime over monitored time, last and next
 * check, the router, the NAT verdict, how network changes are seen, channels. With `site:`, one
 * site of the fleet instead (site-status.ts).
 */
import type { APIEmbedField } from 'discord-api-types/v10';
import * as z from 'zod/mini';

import type { AppStatus } from '../../../../shared/contract';
import { english } from '../../../../shared/i18n/translators';
import { formatIdentity } from '../../../../shared/identity';
import type { MaskMode } from '../../../../shared/notify-types';
import { uptimeLine } from '../../../../shared/uptime';
import { ddnsLines } from '../../../../shared/words/ddns';
import { checkResultWords } from '../../../../shared/words/health-no-source';
import { heldTitle, heldWords } from '../../../../shared/words/held';
import { monitorLines } from '../../../../shared/words/monitor';
import { networkWatchText, routerText } from '../../../../shared/words/network';
import { speedLine } from '../../../../shared/words/speed';
import { address, COLOR, embed, formatDuration, stamp, when } from '../format';
import { type BotServices, defineCommand } from './define';
import { siteChoices, siteStatusReply } from './site-status';

/**
 * What stands between the machine and the internet: the router's word on its external address
 * (masked as the server's addresses are), the NAT verdict with what it means for port
 * forwarding, and whether a network change is seen at once or polled (and why).
 */
function networkFields(s: AppStatus, mask: MaskMode): APIEmbedField[] {
  const seen = s.interfaces.lastChangeAt === null ? '' : ` · last change ${stamp(s.interfaces.lastChangeAt)}`;
  const networks = [...new Set(Object.values(s.families).map((f) => formatIdentity(f.identity, english)))].filter(
    Boolean,
  );
  return [
    ...(networks.length ? [{ name: 'Network', value: networks.join('\n') }] : []),
    { name: 'Router', value: routerText(s.router, english, (ip) => address(ip, mask)) },
    { name: 'NAT', value: `**${s.nat.label}**: ${s.nat.detail}` },
    { name: 'Network changes', value: `${networkWatchText(s.interfaces, english)}${seen}` },
  ];
}

/** Held notices listed in the embed: a field holds 1,024 characters, and each line is about 200. */
const MAX_HELD_LINES = 4;

export const status = defineCommand({
  name: 'status',
  description: 'Monitor, sources, bot and notification health; or one site of the fleet',
  options: [
    { type: 3, name: 'site', description: 'A site of the fleet (see /sites)', required: false, autocomplete: true },
  ],
  level: 'read',
  schema: z.object({ site: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(256))) }),
  autocomplete: (_option, value, services) => siteChoices(services, value),
  run: async (input, services) => {
    if (input.options.site !== undefined) return siteStatusReply(services, input.options.site, input.guild.mask);
    const s = services.status();
    const tz = services.settings().notifications.timezone;
    const now = services.clock.now();
    const last = [s.families.v4.lastCheck, s.families.v6.lastCheck]
      .filter((c) => c !== null)
      .sort((a, b) => b.at - a.at)[0];
    const interval = services.settings().monitor.intervalSec * 1000;
    const next = s.pausedSince !== null ? 'paused' : last ? `about ${stamp(last.at + interval)}` : 'soon';
    const open = s.sources.filter((x) => x.state !== 'closed');
    const uptime = services.history.stats({ days: 30, hourly: false }).uptime;
    const { bot } = s;
    const channels = s.notifications.map((c) => `${c.id}: ${c.state}${c.pending ? ` (${c.pending} pending)` : ''}`);
    // The one health state the dashboard's badge and the tray show too (shared/health.ts).
    const { health } = s;
    const since =
      health.state === 'paused' && s.pausedSince !== null
        ? ` since ${stamp(s.pausedSince)}`
        : health.state === 'no-internet' && s.offlineSince !== null
          ? ` since ${stamp(s.offlineSince)}`
          : '';
    const why = health.state === 'ok' ? '' : `\n${health.detail}`;
    return {
      embeds: [
        embed({
          title: 'IPWatch status',
          color: health.state === 'ok' ? COLOR.good : COLOR.warn,
          fields: [
            {
              name: 'Monitor',
              value: `${health.label}${since} · running for ${formatDuration(now - services.startedAt)}${why}`,
            },
            {
              name: 'Last check',
              value: last ? `${when(last.at, tz)} · ${checkResultWords(last, english)}` : 'none yet',
            },
            { name: 'Next check', value: next },
            { name: 'Uptime (30 days, monitored time)', value: uptimeLine(uptime, 'no data yet') },
            {
              name: 'Sources',
              value: `${s.sources.length - open.length} of ${s.sources.length} healthy${
                open.length ? `; open breakers: ${open.map((x) => `${x.id} (${x.state})`).join(', ')}` : ''
              }`,
            },
            ...networkFields(s, input.guild.mask),
            { name: 'Notifications', value: channels.join('\n') || 'no channels' },
            ...(s.ddns?.records.length
              ? [
                  {
                    name: 'Dynamic DNS',
                    value: ddnsLines(s.ddns.records, english, (ip) => address(ip, input.guild.mask)),
                  },
                ]
              : []),
            ...(s.monitors?.items.length ? [{ name: 'Services', value: monitorLines(s.monitors.items, english) }] : []),
            ...heldField(services),
            ...speedField(s, tz),
            { name: 'Bot', value: `${bot.state}${bot.pingMs !== null ? ` · gateway ping ${bot.pingMs} ms` : ''}` },
            ...(s.lastError ? [{ name: 'Last error', value: `${s.lastError.where}: ${s.lastError.message}` }] : []),
          ],
        }),
      ],
    };
  },
});

/**
 * The notices the alert policy holds, as the dashboard lists them (issue 59): what each says and
 * when it goes unless the condition clears, then why, in shared/words/held.ts's words; the moment
 * as a Discord timestamp, which each member reads in their own zone. None when nothing is held.
 */
function heldField(services: BotServices): APIEmbedField[] {
  const held = services.history.held(services.settings().notifications);
  if (!held.length) return [];
  const lines = held.slice(0, MAX_HELD_LINES).map((n) => `${heldWords(n, (ms) => stamp(ms, 'f'), english)} (${n.why})`);
  const more = held.length - lines.length;
  return [{ name: heldTitle(english), value: `${lines.join('\n')}${more > 0 ? `\n… and ${more} more` : ''}` }];
}

/** The speed test's line and when ("Speed: 512 Mbps down, 48.2 up, 12 ms · <t:…:R>"); none when it is off and never ran. */
function speedField(s: AppStatus, tz: string): APIEmbedField[] {
  const line = speedLine(s.speedTest, english);
  if (!line) return [];
  return [{ name: 'Speed test', value: line.at === null ? line.text : `${line.text} · ${when(line.at, tz)}` }];
}
