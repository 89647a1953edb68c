/**
 * The plain log's words for an outage and a check (issue 75): one line when an outage begins,
 * one when it ends with what was tried meanwhile, and a source's failure said in words, never its
 * raw code (that follows in brackets only when `verbose` asks). electron/host/readable-log.ts
 * decides which lines are written; the log is English (docs/i18n.md), the words the catalogue's.
 *
 * `outageBeginsLine` takes the outage's cause as the engine said it (OfflineEvent.cause): the one
 * place the log words a cause, so a worded cause the engine computes once can be given here.
 */
import type { WireReason } from '../contract/reason';
import type { Translator } from '../i18n/translator';
import { formatDuration } from './duration';
import { errorInLine } from './error';
import { sayReason } from './reason';

/** What the checks tried while the machine was offline. */
export interface OutageTried {
  /** Checks made during the outage, every family's counted. */
  checks: number;
  /** Distinct sources they asked. */
  sources: number;
}

/** "<cause>. IPWatch keeps checking by itself and says here when it is back." (after OFFLINE) */
export const outageBeginsLine = (cause: string, words: Translator): string => words.t('log.outage.begins', { cause });

/** "after 3 min offline; meanwhile 12 checks asked 14 sources, none with an address." (after ONLINE) */
export function outageEndsLine(offlineMs: number, tried: OutageTried | null, words: Translator): string {
  // Under a second said in ms, as a check's time is: "0 s" would say no outage.
  const duration = offlineMs < 1000 ? `${offlineMs} ms` : formatDuration(offlineMs, 2, words);
  if (!tried || tried.checks === 0) return words.t('log.outage.endsUnchecked', { duration });
  return words.t('log.outage.ends', { duration, checks: tried.checks, sources: tried.sources });
}

/** A failed attempt as the log says it. */
export interface FailedAttempt {
  sourceId: string;
  error?: string | undefined;
  errorCode?: WireReason | undefined;
}

/** Why a source failed, in words; its raw text in brackets when `verbose` and it says more. */
export function failureReason(a: Omit<FailedAttempt, 'sourceId'>, words: Translator, verbose: boolean): string {
  const raw = a.error ?? '';
  const plain = raw ? errorInLine(raw, words) : words.t('log.check.noReason');
  const said = sayReason(a.errorCode, plain, words);
  return `${said}${verbose && raw && raw !== said ? ` [${raw}]` : ''}`;
}

/** One source's failure in words: "ipify-v4: the name was not found"; its raw text in brackets when `verbose`. */
export const failureWords = (a: FailedAttempt, words: Translator, verbose: boolean): string =>
  `${a.sourceId}: ${failureReason(a, words, verbose)}`;

/** "6 sources asked" and, when some failed, "; 3 failed: a: …; b: …". */
export function askedWords(
  asked: number,
  failed: readonly FailedAttempt[],
  words: Translator,
  verbose: boolean,
): string {
  const head = words.t('log.check.asked', { count: asked });
  if (failed.length === 0) return head;
  const list = failed.map((a) => failureWords(a, words, verbose)).join('; ');
  return `${head}; ${words.t('log.check.failed', { count: failed.length, list })}`;
}
