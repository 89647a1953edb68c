/**
 * A dynamic DNS record's state in words, the same wherever it is shown in text: the tray menu,
 * the bot's /status and the runner's readable lines (contract-ddns.ts has the status). Pure;
 * the table is in tests/shared/words/ddns.test.ts.
 */
import type { DdnsRecordStatus, DdnsState } from '../contract/ddns';
import { formatNumber } from '../i18n/format';
import type { MessageId, Translator } from '../i18n/translator';
import { cutLines } from './cut-lines';
import { sayReason } from './reason';
import { utcTime } from './utc-time';

export const DDNS_STATE_WORDS: Record<DdnsState, string> = {
  'in-step': 'in step',
  updating: 'updating',
  propagating: 'propagating',
  waiting: 'waiting to retry',
  // IPWatch switched it off until a person acts (its settings still say on): the dashboard's words.
  stopped: 'switched off',
  failed: 'failed',
  off: 'off',
};

/** The same words in the catalogue (`ddns.state.*`), for the callers that speak a language (the tray). */
const STATE_MESSAGE: Record<DdnsState, MessageId> = {
  'in-step': 'ddns.state.inStep',
  updating: 'ddns.state.updating',
  propagating: 'ddns.state.propagating',
  waiting: 'ddns.state.waiting',
  stopped: 'ddns.state.stopped',
  failed: 'ddns.state.failed',
  off: 'ddns.state.off',
};

/** A record's state word in a language; English (DDNS_STATE_WORDS, for the callers not yet given a language) without one. */
export const ddnsStateWords = (state: DdnsState, words?: Translator): string =>
  words ? words.t(STATE_MESSAGE[state]) : DDNS_STATE_WORDS[state];

const seconds = (ms: number, words: Translator) =>
  ms < 1000
    ? `${ms} ms`
    : `${formatNumber(ms / 1000, words.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;

/**
 * A record's why in `words`' language: its code said (shared/words/reason.ts), or the engine's
 * English where it has none (a job saved before codes, a provider's answer not yet a code).
 */
export const ddnsWhy = (r: Pick<DdnsRecordStatus, 'why' | 'reason'>, words: Translator): string | null =>
  r.why === null ? null : sayReason(r.reason, r.why, words);

/**
 * One record on one line, in a language, e.g. "home.example.org A: in step at 198.51.100.7 (in
 * step 1.2 s after the update)" or "home.example.org A: switched off: the provider refused the
 * credentials" (the why is the engine's or the provider's text). `address` formats (or masks) an
 * address.
 */
export function ddnsRecordLine(
  r: DdnsRecordStatus,
  words: Translator,
  address: (ip: string) => string = (ip) => ip,
): string {
  const head = words.t('ddns.line.head', { name: r.name, type: r.type, state: ddnsStateWords(r.state, words) });
  const to = r.address ? words.t('ddns.line.to', { address: address(r.address) }) : '';
  const notAsked = r.notAsked.length ? words.t('ddns.line.notAsked', { servers: r.notAsked.join(', ') }) : '';
  const why = ddnsWhy(r, words);
  switch (r.state) {
    case 'in-step': {
      const at = r.address ? words.t('ddns.line.at', { address: address(r.address) }) : '';
      const took =
        r.lastPropagationMs !== null ? words.t('ddns.line.took', { took: seconds(r.lastPropagationMs, words) }) : '';
      const how = why ? `; ${why}` : '';
      return `${head}${at}${took}${how}${notAsked}`;
    }
    case 'propagating': {
      const waiting = r.waitingFor.length ? words.t('ddns.line.waitingFor', { servers: r.waitingFor.join(', ') }) : '';
      return `${head}${to}${waiting}${notAsked}`;
    }
    case 'updating':
      return `${head}${to}${why ? ` (${why})` : ''}`;
    case 'waiting': {
      const next = r.nextAttemptAt !== null ? words.t('ddns.line.retryAt', { time: utcTime(r.nextAttemptAt) }) : '';
      return `${head}${to}${next}${why ? `: ${why}` : ''}`;
    }
    case 'stopped':
    case 'failed':
    case 'off':
      return `${head}${why ? `: ${why}` : ''}`;
  }
}

/** Every record's line, cut to `max` characters (Discord's field, a tray item) with how many were left out. */
export const ddnsLines = (
  records: readonly DdnsRecordStatus[],
  words: Translator,
  address?: (ip: string) => string,
  max = 1000,
): string =>
  cutLines(
    records.map((r) => ddnsRecordLine(r, words, address)),
    max,
    words,
  );

/** What a runner prints again: a record's state, why, address, servers, next attempt or propagation time changed (not the time of a look). */
export const ddnsLineKey = (records: readonly DdnsRecordStatus[]): string =>
  JSON.stringify(
    records.map((r) => [
      r.id,
      r.state,
      r.why,
      r.address,
      r.lastPropagationMs,
      r.waitingFor,
      r.notAsked,
      r.nextAttemptAt,
    ]),
  );
