/**
 * /status: monitor and bot health, sources' breakers, uptime over monitored time, last and next
 * check, the router, the NAT verdict, how network changes are seen, channels. With `site:`, one
 * site of the fleet instead (site-status.ts). Every word in the member's language.
 */
import type { APIEmbedField } from 'discord-api-types/v10';
import * as z from 'zod/mini';

import type { AppStatus } from '../../../../shared/contract';
import type { MemoryAnswer } from '../../../../shared/contract/memory';
import { healthOf } from '../../../../shared/health';
import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import { formatIdentity } from '../../../../shared/identity';
import type { MaskMode } from '../../../../shared/notify-types';
import type { NatVerdict } from '../../../../shared/types';
import { uptimeLine } from '../../../../shared/uptime';
import { botsLines } from '../../../../shared/words/bots';
import { cutLines } from '../../../../shared/words/cut-lines';
import { ddnsLines } from '../../../../shared/words/ddns';
import { checkResultWords } from '../../../../shared/words/health-no-source';
import { heldTitle, heldWords } from '../../../../shared/words/held';
import { memoryStatusText } from '../../../../shared/words/memory';
import { monitorLines } from '../../../../shared/words/monitor';
import { natVerdictWords } from '../../../../shared/words/nat';
import { networkWatchText, routerText } from '../../../../shared/words/network';
import { quietStatusText } from '../../../../shared/words/quiet';
import { sayReason } from '../../../../shared/words/reason';
import { sourceErrorLines } from '../../../../shared/words/source-error';
import { speedLine } from '../../../../shared/words/speed';
import { address, COLOR, embed, formatDuration, stamp, when } from '../format';
import { type BotServices, defineCommand } from './define';
import { siteChoices, siteStatusReply } from './site-status';

type ChannelState = AppStatus['notifications'][number]['state'];
const CHANNEL_STATE: Record<ChannelState, MessageId> = {
  ok: 'bot.channelState.ok',
  retrying: 'bot.channelState.retrying',
  failing: 'bot.channelState.failing',
  invalid: 'bot.channelState.invalid',
  disabled: 'bot.channelState.disabled',
  paused: 'bot.channelState.paused',
  removed: 'bot.channelState.removed',
};

/** Each bot's state (shared/words/bots.ts): one as before, several each by its label. */
function botsField(s: AppStatus, w: Translator): APIEmbedField {
  const several = (s.bots ?? []).length > 1;
  return { name: w.t(several ? 'bot.status.bots' : 'bot.status.bot'), value: botsLines(s, w).join('\n') };
}

/**
 * What stands between the machine and the internet: the router's word on its external address
 * (masked as the server's addresses are), the NAT verdict with what it means for port
 * forwarding, and whether a network change is seen at once or polled (and why).
 */
function networkFields(s: AppStatus, mask: MaskMode, w: Translator): APIEmbedField[] {
  const watch = networkWatchText(s.interfaces, w);
  const changes =
    s.interfaces.lastChangeAt === null
      ? watch
      : w.t('bot.status.lastChange', { watch, at: stamp(s.interfaces.lastChangeAt) });
  const networks = [...new Set(Object.values(s.families).map((f) => formatIdentity(f.identity, w)))].filter(Boolean);
  return [
    ...(networks.length ? [{ name: w.t('bot.status.network'), value: networks.join('\n') }] : []),
    { name: w.t('bot.status.router'), value: routerText(s.router, w, (ip) => address(ip, mask, w)) },
    { name: w.t('bot.field.nat'), value: natField(s.nat.verdict, w) },
    { name: w.t('bot.status.networkChanges'), value: changes },
  ];
}

/** The NAT verdict in the member's language: the status's label and detail are the API's English. */
function natField(verdict: NatVerdict, w: Translator): string {
  const { label, detail } = natVerdictWords(verdict, w);
  return `**${label}**: ${detail}`;
}

/** Held notices listed in the embed: a field holds 1,024 characters, and each line is about 200. */
const MAX_HELD_LINES = 4;

/** The monitor's line: its health, since when (paused or offline), how long this process has run, and why. */
function monitorField(s: AppStatus, w: Translator): APIEmbedField {
  // The one health state the dashboard's badge and the tray show too (shared/health.ts), worded
  // in the member's language from the same status.
  const health = healthOf(s, w);
  const since =
    health.state === 'paused' && s.pausedSince !== null
      ? s.pausedSince
      : health.state === 'no-internet' && s.offlineSince !== null
        ? s.offlineSince
        : null;
  // The process's uptime as the status has it (runtime/index.ts, on the monotonic clock): the API's and the page's figure.
  const duration = formatDuration(s.process.uptimeSec * 1000, 2, w);
  const line =
    since === null
      ? w.t('bot.status.monitor', { health: health.label, duration })
      : w.t('bot.status.monitorSince', { health: health.label, since: stamp(since), duration });
  return { name: w.t('bot.field.monitor'), value: `${line}${health.state === 'ok' ? '' : `\n${health.detail}`}` };
}

/** An embed field's value: Discord holds 1024 characters (format.ts cuts the rest mid-line). */
const FIELD_MAX = 1024;

/** Why the sources failing or set aside fail, in the member's language; none when all answer. */
function sourceErrorsField(s: AppStatus, w: Translator): APIEmbedField[] {
  const lines = sourceErrorLines(s.sources, w);
  return lines.length ? [{ name: w.t('sourceError.title'), value: cutLines(lines, FIELD_MAX, w) }] : [];
}

/** The sources' line: how many are healthy, and which breakers are open. */
function sourcesLine(s: AppStatus, w: Translator): string {
  const open = s.sources.filter((x) => x.state !== 'closed');
  const counts = { healthy: s.sources.length - open.length, total: s.sources.length };
  if (!open.length) return w.t('bot.status.sourcesHealthy', counts);
  const list = open.map((x) => w.t('bot.status.breaker', { source: x.id, state: x.state })).join(', ');
  return w.t('bot.status.sourcesOpen', { ...counts, open: list });
}

export const status = defineCommand({
  name: 'status',
  options: [{ type: 3, name: 'site', required: false, autocomplete: true }],
  level: 'read',
  schema: z.object({ site: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(256))) }),
  autocomplete: (_option, value, services) => siteChoices(services, value),
  run: async (input, services) => {
    const w = input.words;
    if (input.options.site !== undefined) return siteStatusReply(services, input.options.site, input.guild.mask, w);
    const s = services.status();
    const tz = services.settings().notifications.timezone;
    const last = [s.families.v4.lastCheck, s.families.v6.lastCheck]
      .filter((c) => c !== null)
      .sort((a, b) => b.at - a.at)[0];
    const interval = services.settings().monitor.intervalSec * 1000;
    const next =
      s.pausedSince !== null
        ? w.t('bot.status.nextPaused')
        : last
          ? w.t('bot.status.nextAbout', { at: stamp(last.at + interval) })
          : w.t('bot.status.nextSoon');
    const uptime = services.history.stats({ days: 30, hourly: false }).uptime;
    const channels = s.notifications.map((c) => {
      const values = { channel: c.id, state: w.t(CHANNEL_STATE[c.state]) };
      return c.pending
        ? w.t('bot.status.channelPending', { ...values, pending: c.pending })
        : w.t('bot.status.channel', values);
    });
    return {
      embeds: [
        embed({
          title: w.t('bot.status.title'),
          color: s.health.state === 'ok' ? COLOR.good : COLOR.warn,
          fields: [
            monitorField(s, w),
            {
              name: w.t('bot.status.lastCheck'),
              value: last
                ? `${when(last.at, tz, w.language)} · ${checkResultWords(last, w)}`
                : w.t('bot.status.noCheckYet'),
            },
            { name: w.t('bot.status.nextCheck'), value: next },
            { name: w.t('bot.status.uptime'), value: uptimeLine(uptime, w, w.t('bot.status.noData')) },
            { name: w.t('bot.status.sources'), value: sourcesLine(s, w) },
            ...sourceErrorsField(s, w),
            ...networkFields(s, input.guild.mask, w),
            { name: w.t('bot.status.notifications'), value: channels.join('\n') || w.t('bot.status.noChannels') },
            ...(s.ddns?.records.length
              ? [
                  {
                    name: w.t('bot.field.ddns'),
                    value: ddnsLines(s.ddns.records, w, (ip) => address(ip, input.guild.mask, w)),
                  },
                ]
              : []),
            ...(s.monitors?.items.length
              ? [{ name: w.t('bot.field.services'), value: monitorLines(s.monitors.items, w) }]
              : []),
            ...heldField(services, w),
            ...speedField(s, tz, w),
            ...memoryField(await services.memory(), w),
            ...(s.quiet?.on
              ? [
                  {
                    name: w.t('bot.status.quiet'),
                    value: quietStatusText(s.quiet, w, (at) => when(at, tz, w.language)),
                  },
                ]
              : []),
            botsField(s, w),
            ...(s.lastError
              ? [{ name: w.t('bot.status.lastError'), value: `${s.lastError.where}: ${s.lastError.message}` }]
              : []),
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
function heldField(services: BotServices, w: Translator): APIEmbedField[] {
  const held = services.history.held(services.settings().notifications);
  if (!held.length) return [];
  const lines = held
    .slice(0, MAX_HELD_LINES)
    .map((n) => `${heldWords(n, (ms) => stamp(ms, 'f'), w)} (${sayReason(n.reason, n.why, w)})`);
  const more = held.length - lines.length;
  return [
    {
      name: heldTitle(w),
      value: `${lines.join('\n')}${more > 0 ? `\n${w.t('bot.status.heldMore', { count: more })}` : ''}`,
    },
  ];
}

/** The speed test's line and when ("Speed: 512 Mbps down, 48.2 up, 12 ms · <t:…:R>"); none when it is off and never ran. */
function speedField(s: AppStatus, tz: string, w: Translator): APIEmbedField[] {
  const line = speedLine(s.speedTest, w);
  if (!line) return [];
  return [
    {
      name: w.t('bot.status.speedTest'),
      value: line.at === null ? line.text : `${line.text} · ${when(line.at, tz, w.language)}`,
    },
  ];
}

/** The runner's memory as the dashboard's chart says it (shared/words/memory.ts); none where it is not watched. */
function memoryField(m: MemoryAnswer | null, w: Translator): APIEmbedField[] {
  if (!m) return [];
  return [{ name: w.t('bot.status.memory'), value: memoryStatusText(m, w, (ms) => formatDuration(ms, 2, w)) }];
}
