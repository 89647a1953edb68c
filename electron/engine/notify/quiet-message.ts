/**
 * The summary a quiet window's end sends each channel (issue 78): how many notices it held and
 * from when to when, then each one on its own line, its time as the line's name and its summary
 * (what changed, from what to what) as the channel would have said it, in the channel's language.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { formatTime } from '../format/display';
import type { Message, Notice, QuietSummaryNotice } from './types';

type Body = Pick<Message, 'title' | 'summary' | 'fields' | 'tone'>;

export function quietBody(
  n: QuietSummaryNotice,
  timezone: string,
  w: Translator,
  summaryOf: (held: Notice) => string,
): Body {
  const time = (at: number) => formatTime(at, timezone, w.language);
  const fields = n.notices.map((held) => ({ name: time(held.at), value: summaryOf(held) }));
  const more = n.count - n.notices.length;
  if (more > 0) fields.push({ name: w.t('notice.field.more'), value: w.t('notice.quiet.more', { count: more }) });
  return {
    title: w.t('notice.quiet.title', { count: n.count }),
    summary: w.t('notice.quiet.summary', { count: n.count, since: time(n.since), until: time(n.at) }),
    fields,
    tone: 'info',
  };
}
