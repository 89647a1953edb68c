/**
 * What IPWatch says of a dynamic DNS record, from its status (shared/contract/ddns.ts): one word
 * or two for its state, shared/words/ddns.ts's as the tray, the bot and the runner say it (in
 * step, updating, propagating and for whom, waiting to retry, switched off or failed and why,
 * off), how long the last update took to reach every authoritative server, and a Test's result. The
 * Settings rows, the dashboard card and the first-run step all say it this way. Pure.
 */
import type { DdnsRecordStatus, DdnsTestResult } from '../../../../shared/contract/ddns';
import type { WireReason } from '../../../../shared/contract/reason';
import { formatNumber } from '../../../../shared/i18n/format';
import type { Translator } from '../../../../shared/i18n/translator';
import { DDNS_PROVIDER_NAMES } from '../../../../shared/settings/ddns-providers/names';
import { ddnsWhy, ddnsStateWords as stateWord } from '../../../../shared/words/ddns';
import { asSentence } from '../../../../shared/words/error';
import { sayReason } from '../../../../shared/words/reason';
import type { ItemState } from '../item-states';
import type { TestWords } from '../items/test-words';

/** Each provider's short name, as the dashboard and the rows say it: names, the same in every language. */
export const PROVIDER_NAMES = DDNS_PROVIDER_NAMES;

/** "ns1.example.org", "ns1.example.org and ns2.example.org", "ns1, ns2 and 3 more". */
export function serverList(names: readonly string[], words: Translator): string {
  const [first = '', second = '', third = ''] = names;
  if (names.length <= 1) return first;
  if (names.length === 2) return words.t('editors.ddns.serversTwo', { first, second });
  if (names.length === 3) return words.t('editors.ddns.servers', { first, second, third });
  return words.t('editors.ddns.serversMore', { first, second, more: names.length - 2 });
}

/** A record's state as its status says: the word, its tone, and the reason behind it. */
export function ddnsStateWords(status: DdnsRecordStatus, words: Translator): ItemState {
  const word = stateWord(status.state, words);
  const noReason = words.t('editors.noReason');
  const why = ddnsWhy(status, words);
  switch (status.state) {
    case 'in-step':
      // Known from the provider's API rather than the servers (a proxied Cloudflare record): said so.
      return why ? { word, tone: 'good', detail: why } : { word, tone: 'good' };
    case 'updating':
      return { word, tone: 'neutral', detail: why };
    case 'propagating':
      return status.waitingFor.length
        ? {
            word: words.t('editors.ddns.waitingFor', { state: word, servers: serverList(status.waitingFor, words) }),
            tone: 'warn',
            detail: why,
          }
        : { word, tone: 'warn', detail: why };
    case 'waiting':
      return { word, tone: 'warn', detail: why };
    case 'stopped':
      // IPWatch switched it off until a person acts (its settings still say on): "switched off: why".
      return { word, tone: 'bad', detail: why ?? noReason };
    case 'failed':
      return { word, tone: 'bad', detail: why ?? noReason };
    case 'off':
      return { word, tone: 'neutral', detail: why };
  }
}

/**
 * A row of the Settings list: as the status says, once the record is saved as shown and the
 * engine has it; a new record has not run, so nothing about it has failed.
 */
export function ddnsItemState(
  status: DdnsRecordStatus | undefined,
  saved: boolean,
  enabled: boolean,
  words: Translator,
): ItemState {
  if (!saved) return { word: words.t('editors.notSaved'), tone: 'neutral' };
  if (!enabled)
    return { word: words.t('editors.off'), tone: 'neutral', detail: status ? ddnsWhy(status, words) : null };
  if (!status) return { word: words.t('editors.starting'), tone: 'neutral' };
  const state = ddnsStateWords(status, words);
  // A failure's why may carry the engine's error text (a code): said in words, its text under Details.
  if (FAILURES.has(status.state) && state.detail) return { word: state.word, tone: state.tone, error: state.detail };
  return state;
}

/** The states whose why is a failure. */
const FAILURES: ReadonlySet<DdnsRecordStatus['state']> = new Set(['waiting', 'stopped', 'failed']);

/** 850 ms, 1.4 s, 12 s, 2 min 5 s: how long the servers took to answer the new address. */
export function propagationWords(ms: number | null, words: Translator): string | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return words.t('editors.ddns.ms', { n: Math.round(ms) });
  if (ms < 10_000) {
    const tenths = Math.floor(ms / 100) / 10;
    const n = formatNumber(tenths, words.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return words.t('editors.ddns.s', { n });
  }
  const s = Math.round(ms / 1000);
  if (s < 60) return words.t('editors.ddns.s', { n: s });
  const min = Math.floor(s / 60);
  return s % 60 ? words.t('editors.ddns.minS', { min, s: s % 60 }) : words.t('editors.ddns.min', { min });
}

/** A settings schema's message in the page's language (Settings' author-words.ts), or as written. */
export type SchemaWords = (message: string) => string;

/**
 * A record whose settings the engine cannot build (`reason.ddns.badSettings`): each of its
 * `path: message` lines with the message said by `schemaWords`.
 */
function withIssuesSaid(r: WireReason, schemaWords: SchemaWords): WireReason {
  if (r.code !== 'reason.ddns.badSettings' || typeof r.values.issues !== 'string') return r;
  const issues = r.values.issues
    .split('; ')
    .map((line) =>
      line.replace(/^([^:]+): (.+)$/, (_, path: string, message: string) => `${path}: ${schemaWords(message)}`),
    )
    .join('; ');
  return { ...r, values: { ...r.values, issues } };
}

/**
 * A Test's answer in words: whether the credentials work and the record already holds the
 * address; a failure's error is the engine's, said in words with its text under Details.
 * `schemaWords` is passed in so the dashboard's card, which shares this module, loads no schema.
 */
export function ddnsTestWords(
  result: DdnsTestResult,
  words: Translator,
  where?: string,
  schemaWords: SchemaWords = (message) => message,
): TestWords {
  if (!result.ok) {
    const error = { raw: result.error, url: where };
    // Said from its code, the engine's English under Details; where that is the English itself
    // (an English page, an unknown code), read from the text as before.
    const said = result.reason && sayReason(withIssuesSaid(result.reason, schemaWords), result.error, words);
    if (!said || said === result.error) return { ok: false, text: words.t('editors.failed'), error };
    const inWords = { words: asSentence(said), details: result.error };
    return { ok: false, text: words.t('editors.failed'), error: { ...error, said: inWords } };
  }
  const told = sayReason(result.reason, result.detail, words);
  const detail = told.trim() ? ` ${asSentence(told)}` : '';
  const head = words.t(
    result.holds === true
      ? 'editors.ddns.holds'
      : result.holds === false
        ? 'editors.ddns.willSet'
        : 'editors.ddns.accepted',
  );
  return { ok: true, text: words.t('editors.ddns.tested', { head, detail, ms: result.ms }) };
}
