/**
 * What IPWatch says of a dynamic DNS record, from its status (shared/contract/ddns.ts): one word
 * or two for its state, shared/words/ddns.ts's as the tray, the bot and the runner say it (in
 * step, updating, propagating and for whom, waiting to retry, switched off or failed and why,
 * off), how long the last update took to reach every authoritative server, and a Test's result. The
 * Settings rows, the dashboard card and the first-run step all say it this way. Pure.
 */
import type { DdnsRecordStatus, DdnsTestResult } from '../../../../shared/contract/ddns';
import type { DdnsProviderId } from '../../../../shared/settings/ddns';
import { DDNS_STATE_WORDS as WORD } from '../../../../shared/words/ddns';
import { asSentence } from '../../../../shared/words/error';
import type { ItemState } from '../item-states';
import type { TestWords } from '../items/test-words';

/** Each provider's short name, as the dashboard and the rows say it. */
export const PROVIDER_NAMES: Record<DdnsProviderId, string> = {
  rfc2136: 'RFC 2136',
  cloudflare: 'Cloudflare',
  dyndns2: 'dyndns2',
  duckdns: 'DuckDNS',
  desec: 'deSEC',
};

/** "ns1.example.org", "ns1.example.org and ns2.example.org", "ns1, ns2 and 3 more". */
export function serverList(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  if (names.length === 3) return `${names[0]}, ${names[1]} and ${names[2]}`;
  return `${names[0]}, ${names[1]} and ${names.length - 2} more`;
}

/** A record's state as its status says: the word, its tone, and the reason behind it. */
export function ddnsStateWords(status: DdnsRecordStatus): ItemState {
  switch (status.state) {
    case 'in-step':
      // Known from the provider's API rather than the servers (a proxied Cloudflare record): said so.
      return status.why
        ? { word: WORD['in-step'], tone: 'good', detail: status.why }
        : { word: WORD['in-step'], tone: 'good' };
    case 'updating':
      return { word: WORD.updating, tone: 'neutral', detail: status.why };
    case 'propagating':
      return status.waitingFor.length
        ? {
            word: `${WORD.propagating} (waiting for ${serverList(status.waitingFor)})`,
            tone: 'warn',
            detail: status.why,
          }
        : { word: WORD.propagating, tone: 'warn', detail: status.why };
    case 'waiting':
      return { word: WORD.waiting, tone: 'warn', detail: status.why };
    case 'stopped':
      // IPWatch switched it off until a person acts (its settings still say on): "switched off: why".
      return { word: WORD.stopped, tone: 'bad', detail: status.why ?? 'No reason was given: see the log.' };
    case 'failed':
      return { word: WORD.failed, tone: 'bad', detail: status.why ?? 'No reason was given: see the log.' };
    case 'off':
      return { word: WORD.off, tone: 'neutral', detail: status.why };
  }
}

/**
 * A row of the Settings list: as the status says, once the record is saved as shown and the
 * engine has it; a new record has not run, so nothing about it has failed.
 */
export function ddnsItemState(status: DdnsRecordStatus | undefined, saved: boolean, enabled: boolean): ItemState {
  if (!saved) return { word: 'not saved yet', tone: 'neutral' };
  if (!enabled) return { word: 'off', tone: 'neutral', detail: status?.why ?? null };
  if (!status) return { word: 'starting', tone: 'neutral' };
  const state = ddnsStateWords(status);
  // A failure's why may carry the engine's error text (a code): said in words, its text under Details.
  if (FAILURES.has(status.state) && state.detail) return { word: state.word, tone: state.tone, error: state.detail };
  return state;
}

/** The states whose why is a failure. */
const FAILURES: ReadonlySet<DdnsRecordStatus['state']> = new Set(['waiting', 'stopped', 'failed']);

/** 850 ms, 1.4 s, 12 s, 2 min 5 s: how long the servers took to answer the new address. */
export function propagationWords(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s / 60} min`;
}

/**
 * A Test's answer in words: whether the credentials work and the record already holds the
 * address; a failure's error is the engine's, said in words with its text under Details.
 */
export function ddnsTestWords(result: DdnsTestResult, where?: string): TestWords {
  if (!result.ok) return { ok: false, text: 'Failed:', error: { raw: result.error, url: where } };
  const detail = result.detail.trim() ? ` ${asSentence(result.detail)}` : '';
  const head =
    result.holds === true
      ? 'Works: the record already points at this address.'
      : result.holds === false
        ? 'Works: the record will be set to this address once you save.'
        : 'Works: the provider accepted the credentials.';
  return { ok: true, text: `${head}${detail} (${result.ms} ms)` };
}
