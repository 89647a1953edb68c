/**
 * A dynamic DNS record's notice in words (message.ts renders the rest): what happened to the
 * record, why, and what IPWatch does next. Addresses, in the fields and inside `why` (a server's
 * answer, a drift), are masked as the channel asks. In the channel's language (`words`); `why` is
 * said from its code, or is the engine's English where it has none (a notice queued before codes,
 * a provider's answer not yet a code).
 */
import { isIP } from 'node:net';

import type { DdnsState } from '../../../shared/contract/ddns';
import type { WireReason } from '../../../shared/contract/reason';
import { type Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import type { MaskMode } from '../../../shared/notify-types';
import { DDNS_STATE_WORDS, ddnsStateWords } from '../../../shared/words/ddns';
import { formatDuration } from '../../../shared/words/duration';
import { sayReason } from '../../../shared/words/reason';
import { formatTime, showAddress } from '../format/display';
import type { DdnsNotice, Message } from './types';

/** Candidate addresses inside a text: dotted quads and groups with two colons or more. */
const ADDRESS_LIKE = /\b\d{1,3}(?:\.\d{1,3}){3}\b|(?:[0-9a-fA-F]{0,4}:){2,}[0-9a-fA-F.]*[0-9a-fA-F]/g;

/** The text with every address in it shown as the mask allows (a hidden one in `words`' language). */
export function maskAddressesIn(text: string, mask: MaskMode, words: Translator = english): string {
  if (mask === 'none') return text;
  return text.replace(ADDRESS_LIKE, (s) => (isIP(s) ? showAddress(s, mask, words) : s));
}

type Flat = Pick<WireReason, 'code' | 'values'>;
const maskFlat = <R extends Flat>(r: R, mask: MaskMode): R => ({
  ...r,
  values: Object.fromEntries(
    Object.entries(r.values).map(([k, v]) => [k, typeof v === 'string' ? maskAddressesIn(v, mask) : v]),
  ),
});

/** A reason's code with every address in its values shown as the mask allows (a notice's data). */
export const maskAddressesInReason = (r: WireReason, mask: MaskMode): WireReason =>
  mask === 'none' ? r : { ...maskFlat(r, mask), ...(r.inner ? { inner: maskFlat(r.inner, mask) } : {}) };

/** A state word in the language; a state this version does not know, as it is. */
const stateWords = (state: string, w: Translator): string =>
  state in DDNS_STATE_WORDS ? ddnsStateWords(state as DdnsState, w) : state;

export function ddnsBody(
  n: DdnsNotice,
  o: { mask: MaskMode; timezone: string },
  w: Translator = english,
): Pick<Message, 'title' | 'summary' | 'fields' | 'tone'> {
  const { name, recordType: type } = n;
  const record = `${name} (${type})`;
  const why = n.why ? maskAddressesIn(sayReason(n.reason, n.why, w), o.mask, w) : null;
  const fields = [{ name: w.t('notice.field.record'), value: record }];
  if (why) fields.push({ name: w.t('notice.field.why'), value: why });
  if (n.address) fields.push({ name: w.t('notice.field.address'), value: showAddress(n.address, o.mask, w) });
  const because = { because: why ? 'yes' : 'no', why: why ?? '' };
  switch (n.kind) {
    case 'ddns-stopped': {
      const stopped = ddnsStateWords('stopped', w);
      return {
        title: w.t('notice.ddns.stoppedTitle', { name, type, stopped }),
        summary: w.t('notice.ddns.stoppedSummary', { record, stopped, ...because }),
        fields,
        tone: 'bad',
      };
    }
    case 'ddns-waiting': {
      const time = n.nextAttemptAt !== null ? formatTime(n.nextAttemptAt, o.timezone, w.language) : '';
      if (time) fields.push({ name: w.t('notice.field.nextTry'), value: time });
      return {
        title: w.t('notice.ddns.waitingTitle', { name, type }),
        summary: w.t('notice.ddns.waitingSummary', { record, ...because, next: time ? 'yes' : 'no', time }),
        fields,
        tone: 'warn',
      };
    }
    case 'ddns-failed':
      return {
        title: w.t('notice.ddns.failedTitle', { name, type }),
        summary: w.t('notice.ddns.failedSummary', { record, ...because }),
        fields,
        tone: 'bad',
      };
    case 'ddns-in-step': {
      const duration = n.troubleMs !== null ? formatDuration(n.troubleMs, 2, w) : '';
      if (duration) fields.push({ name: w.t('notice.field.notInStepFor'), value: duration });
      return {
        title: w.t('notice.ddns.inStepTitle', { name, type }),
        summary: w.t('notice.ddns.inStepSummary', {
          record,
          after: duration ? 'yes' : 'no',
          duration,
          was: stateWords(n.was, w),
        }),
        fields,
        tone: 'good',
      };
    }
  }
}
