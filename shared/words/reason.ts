/**
 * A reason the engine decided (shared/contract/reason.ts), in words: the engine says it in
 * English for the API's field beside it, the dashboard and the bot in their reader's language.
 * One place reads the values' conventions, so every reader says a reason alike. Pure.
 */
import type { Reason, WireReason } from '../contract/reason';
import type { MessageId, MessageValues, Translator } from '../i18n/translator';
import { actionWords } from './actions';
import { formatDuration } from './duration';
import { asSentence, errorInLine, errorInWords, type ErrorWords } from './error';
import { answersInWords, dnsErrorInLine } from './server-answers';

type Flat = Pick<WireReason, 'code' | 'values'>;

/** Where a request with an error went, when the reason names it: error.ts says it when the text does not. */
const urlOf = (r: Flat): string | undefined => (typeof r.values.url === 'string' ? r.values.url : undefined);

/** The values as the message takes them: a duration worded, a raw error said, `inner` said first. */
function argumentsOf(r: Flat, words: Translator, inner: string | undefined): MessageValues {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(r.values)) {
    if (key.endsWith('Ms') && typeof value === 'number') out[key.slice(0, -2)] = formatDuration(value, 2, words);
    else if (key === 'error' && typeof value === 'string') out.error = errorInWords(value, words, urlOf(r));
    else if (key === 'errorLine' && typeof value === 'string') out.errorLine = errorInLine(value, words, urlOf(r));
    else if (key === 'answers' && typeof value === 'string') out.answers = answersInWords(value, words);
    else if (key === 'dnsError' && typeof value === 'string') out.dnsError = dnsErrorInLine(value, words);
    else if (key === 'method' && typeof value === 'string') out.method = actionWords(value, words) ?? value;
    else out[key] = value;
  }
  if (inner !== undefined) out.inner = inner;
  return out;
}

const say = (r: Flat, words: Translator, inner?: string): string =>
  words.t(r.code as MessageId, argumentsOf(r, words, inner));

/** A reason the engine built, in `words`' language (the engine's English field: `english`). */
export const reasonWords = (r: Reason, words: Translator): string =>
  say(r, words, r.inner ? say(r.inner, words) : undefined);

/** Whether `code` is a reason's (a key of the `reasons` areas) that `words`' catalogue holds. */
const known = (code: string, words: Translator): boolean => code.startsWith('reason.') && words.has(code);

/**
 * A reason from the API, in `words`' language; `english`, the API's field beside it, when there
 * is none or its code is not one this reader knows (an engine of another version). The code is
 * looked up before it is formatted, so an unknown one is not reported missing (react-intl logs
 * that to the console); a message whose values do not fit (another version's) falls back too.
 */
export function sayReason(r: WireReason | null | undefined, english: string, words: Translator): string {
  if (!r || !known(r.code, words) || (r.inner && !known(r.inner.code, words))) return english;
  try {
    return say(r, words, r.inner ? say(r.inner, words) : undefined);
  } catch {
    return english;
  }
}

/**
 * An error the engine worded and gave with its code (a plugin channel's failure) as ErrorText shows
 * it, a sentence in `words`' language with nothing under Details; undefined without a code, so the
 * raw text is read instead (shared/words/error.ts).
 */
export const codedErrorWords = (
  code: WireReason | null | undefined,
  english: string,
  words: Translator,
): ErrorWords | undefined => (code ? { words: asSentence(sayReason(code, english, words)), details: null } : undefined);
