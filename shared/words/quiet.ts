/**
 * The quiet windows' status in one line (issue 78), as the bot's /status, `ipwatch status` and the
 * page say it: "quiet until 03:15: 2 notices wait for their summary", or that none is on. The
 * status is the notifier's (computed once); `time` words an instant in the reader's way. Pure.
 */
import type { QuietStatus } from '../contract/quiet';
import type { Translator } from '../i18n/translator';

export function quietStatusText(q: QuietStatus, w: Translator, time: (at: number) => string): string {
  return q.on && q.until !== null
    ? w.t('notice.quiet.statusOn', { until: time(q.until), count: q.held })
    : w.t('notice.quiet.statusOff');
}
