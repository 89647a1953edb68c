/**
 * A source's error in words (issue 62): `SourceHealth.lastError` or an attempt's `error`, with its
 * code beside it (`lastErrorCode`, `errorCode`, the reasons-2 area). An answer the engine did not
 * take (empty, an HTML page, a private address...) or a source the quorum outvoted is said from
 * its code in the reader's language, as a sentence; a request's raw error (`reason.source.failed`),
 * or an error from an engine without codes, is the OS's or the remote's own text, said by
 * error.ts with the raw text kept for "Details". Pure.
 */
import type { WireReason } from '../contract/reason';
import type { Translator } from '../i18n/translator';
import type { SourceHealth } from '../types';
import { asSentence, errorMessageOf, errorWords, type ErrorWords } from './error';
import { sayReason } from './reason';

/** The code of a request's raw error: its value is the text itself, worded by error.ts. */
const RAW = 'reason.source.failed';

/** Whether the error is the OS's or the remote's own text (worded by error.ts), not a reason of ours. */
export const isRawSourceError = (code: WireReason | null | undefined): boolean => !code || code.code === RAW;

/**
 * `raw` (the English field) and its code in words, and the raw text for Details when there is one.
 * A name not found is the user's to check for typos only in their `own` source; a built-in's name
 * not found says where to look instead: this network's name service (issue 75).
 */
export function sourceErrorWords(
  raw: string,
  code: WireReason | null | undefined,
  words: Translator,
  url?: string,
  own = false,
): ErrorWords {
  if (isRawSourceError(code)) {
    if (!own && errorMessageOf(raw) === 'error.nameNotFound')
      return { words: words.t('sourceError.builtInNameNotFound'), details: raw.trim() };
    return errorWords(raw, words, url);
  }
  return { words: asSentence(sayReason(code, raw, words)), details: null };
}

/** The same on one line, for a reply with no Details beside it. */
export const sourceErrorLine = (
  raw: string,
  code: WireReason | null | undefined,
  words: Translator,
  own = false,
): string => sourceErrorWords(raw, code, words, undefined, own).words;

/**
 * The sources failing or set aside, one line each with its last error ("portal-v4: An HTML page,
 * not an address."): the bot's /status. An error a source recovered from is not its state, so a
 * healthy source has no line.
 */
export function sourceErrorLines(sources: readonly SourceHealth[], words: Translator): string[] {
  return sources.flatMap((s) =>
    s.lastError !== undefined && (s.state !== 'closed' || s.consecutiveFailures > 0)
      ? [
          words.t('sourceError.line', {
            source: s.id,
            error: sourceErrorLine(s.lastError, s.lastErrorCode, words, s.own === true),
          }),
        ]
      : [],
  );
}
