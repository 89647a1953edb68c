/**
 * A service monitor's notice in words (message.ts renders the rest). The monitor is named, never
 * its target, so no address reaches a channel whatever its mask. `why` is said from its code in the
 * channel's language (the English `why` for a notice queued before codes, or a reason without one).
 */
import { type Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import { formatDuration } from '../../../shared/words/duration';
import { sayReason } from '../../../shared/words/reason';
import type { Message, ServiceNotice } from './types';

export function serviceBody(
  n: ServiceNotice,
  w: Translator = english,
): Pick<Message, 'title' | 'summary' | 'fields' | 'tone'> {
  const { name } = n;
  const fields = [{ name: w.t('notice.field.monitor'), value: name }];
  if (n.kind === 'service-down') {
    const afterChange = n.afterChange ? 'yes' : 'no';
    const why = n.why ? sayReason(n.reason, n.why, w) : null;
    if (why) fields.push({ name: w.t('notice.field.why'), value: why });
    return {
      title: w.t('notice.service.downTitle', { name, afterChange }),
      summary: why
        ? w.t('notice.service.downSummaryWhy', { name, afterChange, why })
        : w.t('notice.service.downSummary', { name, afterChange }),
      fields,
      tone: 'bad',
    };
  }
  const duration = n.downForMs === null ? null : formatDuration(n.downForMs, 2, w);
  if (duration) fields.push({ name: w.t('notice.field.downFor'), value: duration });
  return {
    title: w.t('notice.service.upTitle', { name }),
    summary: duration
      ? w.t('notice.service.upSummaryAfter', { name, duration })
      : w.t('notice.service.upSummary', { name }),
    fields,
    tone: 'good',
  };
}
