/**
 * Another site's notice in words (message.ts renders the rest): the site's name first, so it is
 * never read as this machine's own news. "office: IPv4 203.0.113.7 → 198.51.100.4", "office went
 * offline 40 s ago (connection lost)", "office is back, offline for 12 min". The "ago" is
 * counted at sending time (`now`), from when the site was last heard: its will, or the time its
 * clean stop gives. Addresses are masked per channel as this machine's own are.
 */
import type { MaskMode } from '../../../shared/notify-types';
import { formatDuration } from '../../../shared/words/duration';
import { formatTime, showAddress } from '../format/display';
import type { Message, SiteNotice } from './types';

type Body = Pick<Message, 'title' | 'summary' | 'fields' | 'tone'>;

const AWAY = 'while this watcher was away';

/** Why a site went offline, as its state says it, in words. */
const REASONS: Record<string, string> = {
  'connection lost': 'its connection to the broker died (its last will)',
  stopped: 'IPWatch there was stopped',
};

/** `IPv4 address` → `IPv4`. */
const family = (what: string) => what.replace(/ address$/, '');

export function siteBody(n: SiteNotice, o: { timezone: string; mask: MaskMode; now?: number }): Body {
  const fields = [{ name: 'Site', value: n.site }];
  if (n.whileAway) fields.push({ name: 'Learnt', value: `on reconnecting (${AWAY})` });
  if (n.kind === 'site-changed') {
    const ip = (a: string | null) => showAddress(a, o.mask);
    const each = n.changes.map((c) => ({ name: family(c.what), value: `${ip(c.from)} → ${ip(c.to)}` }));
    const words =
      o.mask === 'hidden'
        ? `its ${n.changes.map((c) => family(c.what)).join(' and ')} address changed`
        : each.map((c) => `${c.name} ${c.value}`).join('; ');
    return {
      title: `${n.site}: new address`,
      summary: `${n.site}: ${words}${n.whileAway ? ` (${AWAY})` : ''}`,
      fields: [...fields, ...each],
      tone: 'info',
    };
  }
  if (n.kind === 'site-offline') {
    const why = n.reason ? (REASONS[n.reason] ?? n.reason) : null;
    if (why) fields.push({ name: 'Why', value: why });
    if (n.offlineSince !== null) fields.push({ name: 'Offline since', value: formatTime(n.offlineSince, o.timezone) });
    const when =
      n.offlineSince === null
        ? AWAY
        : `${formatDuration(Math.max(0, (o.now ?? n.at) - n.offlineSince))} ago${n.whileAway ? ` (${AWAY})` : ''}`;
    return {
      title: `${n.site} went offline`,
      summary: `${n.site} went offline ${when}${n.reason ? ` (${n.reason})` : ''}`,
      fields,
      tone: 'bad',
    };
  }
  const lasted = n.offlineMs === null ? null : formatDuration(n.offlineMs);
  if (lasted) fields.push({ name: n.whileAway ? 'Offline for at most' : 'Offline for', value: lasted });
  const after =
    lasted === null ? '' : n.whileAway ? ` (${AWAY}), offline for at most ${lasted}` : `, offline for ${lasted}`;
  return { title: `${n.site} is back`, summary: `${n.site} is back${after}`, fields, tone: 'good' };
}
