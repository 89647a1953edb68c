/**
 * A dynamic DNS record's notice in words (message.ts renders the rest): what happened to the
 * record, why, and what IPWatch does next. Addresses, in the fields and inside `why` (a server's
 * answer, a drift), are masked as the channel asks.
 */
import { isIP } from 'node:net';

import type { MaskMode } from '../../../shared/notify-types';
import { DDNS_STATE_WORDS } from '../../../shared/words/ddns';
import { formatDuration } from '../../../shared/words/duration';
import { formatTime, showAddress } from '../format/display';
import type { DdnsNotice, Message } from './types';

/** Candidate addresses inside a text: dotted quads and groups with two colons or more. */
const ADDRESS_LIKE = /\b\d{1,3}(?:\.\d{1,3}){3}\b|(?:[0-9a-fA-F]{0,4}:){2,}[0-9a-fA-F.]*[0-9a-fA-F]/g;

/** The text with every address in it shown as the mask allows. */
export function maskAddressesIn(text: string, mask: MaskMode): string {
  if (mask === 'none') return text;
  return text.replace(ADDRESS_LIKE, (s) => (isIP(s) ? showAddress(s, mask) : s));
}

const stateWords = (state: string): string => (DDNS_STATE_WORDS as Record<string, string>)[state] ?? state;

export function ddnsBody(
  n: DdnsNotice,
  o: { mask: MaskMode; timezone: string },
): Pick<Message, 'title' | 'summary' | 'fields' | 'tone'> {
  const record = `${n.name} (${n.recordType})`;
  const why = n.why ? maskAddressesIn(n.why, o.mask) : null;
  const fields = [{ name: 'Record', value: record }];
  if (why) fields.push({ name: 'Why', value: why });
  if (n.address) fields.push({ name: 'Address', value: showAddress(n.address, o.mask) });
  const because = why ? `: ${why}` : '';
  switch (n.kind) {
    case 'ddns-stopped':
      return {
        title: `${n.name} ${n.recordType} ${DDNS_STATE_WORDS.stopped}: it needs you`,
        summary: `The DNS record ${record} is no longer updated${because}. It stays ${DDNS_STATE_WORDS.stopped} until its settings are changed or it is tried again (Try again, in Settings).`,
        fields,
        tone: 'bad',
      };
    case 'ddns-waiting': {
      const next = n.nextAttemptAt !== null ? ` at ${formatTime(n.nextAttemptAt, o.timezone)}` : '';
      if (n.nextAttemptAt !== null) fields.push({ name: 'Next try', value: formatTime(n.nextAttemptAt, o.timezone) });
      return {
        title: `${n.name} ${n.recordType} waits to retry`,
        summary: `The update of the DNS record ${record} did not go through${because}. IPWatch tries again by itself${next}.`,
        fields,
        tone: 'warn',
      };
    }
    case 'ddns-failed':
      return {
        title: `${n.name} ${n.recordType} is not in step`,
        summary: `The DNS record ${record} is not in step${because}. IPWatch keeps looking.`,
        fields,
        tone: 'bad',
      };
    case 'ddns-in-step': {
      const after = n.troubleMs !== null ? ` after ${formatDuration(n.troubleMs)} (it was ${stateWords(n.was)})` : '';
      if (n.troubleMs !== null) fields.push({ name: 'Not in step for', value: formatDuration(n.troubleMs) });
      return {
        title: `${n.name} ${n.recordType} is in step again`,
        summary: `The DNS record ${record} is in step again${after}.`,
        fields,
        tone: 'good',
      };
    }
  }
}
