/**
 * Another site's notice in words (message.ts renders the rest): the site's name first, so it is
 * never read as this machine's own news. "office: IPv4 203.0.113.7 → 198.51.100.4", "office went
 * offline 40 s ago (connection lost)", "office is back, offline for 12 min". The "ago" is
 * counted at sending time (`now`), from when the site was last heard: its will, or the time its
 * clean stop gives. Addresses are masked per channel as this machine's own are. In the channel's
 * language (`words`); the site's own reason is its state's word, shown as it is.
 */
import { formatList } from '../../../shared/i18n/format';
import { type MessageId, type Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import type { MaskMode } from '../../../shared/notify-types';
import { formatDuration } from '../../../shared/words/duration';
import { formatTime, showAddress } from '../format/display';
import type { Message, SiteNotice } from './types';

type Body = Pick<Message, 'title' | 'summary' | 'fields' | 'tone'>;

/** Why a site went offline, as its state says it, in words. */
const REASONS: Record<string, MessageId> = {
  'connection lost': 'notice.site.reason.connectionLost',
  stopped: 'notice.site.reason.stopped',
};

/** `IPv4 address` → `IPv4`. */
const family = (what: string) => what.replace(/ address$/, '');

export function siteBody(
  n: SiteNotice,
  o: { timezone: string; mask: MaskMode; now?: number },
  w: Translator = english,
): Body {
  const { site } = n;
  const away = w.t('notice.site.away');
  const fields = [{ name: w.t('notice.field.site'), value: site }];
  if (n.whileAway)
    fields.push({ name: w.t('notice.field.learnt'), value: w.t('notice.site.learntOnReconnect', { away }) });
  if (n.kind === 'site-changed') {
    const ip = (a: string | null) => showAddress(a, o.mask, w);
    const each = n.changes.map((c) => ({ name: family(c.what), value: `${ip(c.from)} → ${ip(c.to)}` }));
    const words =
      o.mask === 'hidden'
        ? w.t('notice.site.changedHidden', {
            families: formatList(
              n.changes.map((c) => family(c.what)),
              w.language,
            ),
          })
        : each.map((c) => `${c.name} ${c.value}`).join('; ');
    return {
      title: w.t('notice.site.changedTitle', { site }),
      summary: w.t(n.whileAway ? 'notice.site.changedSummaryAway' : 'notice.site.changedSummary', {
        site,
        words,
        away,
      }),
      fields: [...fields, ...each],
      tone: 'info',
    };
  }
  if (n.kind === 'site-offline') {
    const why = n.reason ? (REASONS[n.reason] ? w.t(REASONS[n.reason]!) : n.reason) : null;
    if (why) fields.push({ name: w.t('notice.field.why'), value: why });
    if (n.offlineSince !== null)
      fields.push({
        name: w.t('notice.field.offlineSince'),
        value: formatTime(n.offlineSince, o.timezone, w.language),
      });
    const ago =
      n.offlineSince === null
        ? ''
        : w.t('duration.ago', { duration: formatDuration(Math.max(0, (o.now ?? n.at) - n.offlineSince), 2, w) });
    const went =
      n.offlineSince === null
        ? w.t('notice.site.offlineAway', { site, away })
        : w.t(n.whileAway ? 'notice.site.offlineAgoAway' : 'notice.site.offlineAgo', { site, ago, away });
    return {
      title: w.t('notice.site.offlineTitle', { site }),
      summary: n.reason ? w.t('notice.withReason', { text: went, reason: n.reason }) : went,
      fields,
      tone: 'bad',
    };
  }
  const duration = n.offlineMs === null ? null : formatDuration(n.offlineMs, 2, w);
  if (duration)
    fields.push({
      name: w.t(n.whileAway ? 'notice.field.offlineForAtMost' : 'notice.field.offlineFor'),
      value: duration,
    });
  const summary =
    duration === null
      ? w.t('notice.site.back', { site })
      : w.t(n.whileAway ? 'notice.site.backAfterAway' : 'notice.site.backAfter', { site, duration, away });
  return { title: w.t('notice.site.backTitle', { site }), summary, fields, tone: 'good' };
}
