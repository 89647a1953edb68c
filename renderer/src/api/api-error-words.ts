/**
 * A failed call in the page's language. The API answers in English (`{ error: { code, message } }`,
 * http.ts's ApiError keeps both); the page says it from the code and the status:
 *
 * | what came back                                   | said                                           |
 * |--------------------------------------------------|------------------------------------------------|
 * | no answer (status 0), signed out (401)           | the catalogue's sentence                       |
 * | a code whose sentence is fixed (internal, cross_site, disk_full) | the catalogue's sentence (its English is the API's) |
 * | a dangerous change refused (`dangerous`)        | how to make it (`ipwatch open` at the host), then the API's sentence quoted |
 * | a code the page says itself (foreign_schema)     | the catalogue's sentence, without the file's names |
 * | any other refusal, on an English page            | the API's own English, as it was               |
 * | any other refusal, in another language           | the status in words; "the app answered: “…”", cut to a line |
 * | a body with no sentence                          | the status in words, never "HTTP 403" alone    |
 *
 * Any other error (the app's IPC, which carries no status) is its message, quoted as the app's
 * answer in another language. Pure.
 */
import { DANGEROUS_CODE, DISK_FULL_CODE, FOREIGN_SCHEMA_CODE } from '../../../shared/contract/error-codes';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { ApiError } from './http';

/** The API's codes whose English sentence never varies: the catalogue's English is that sentence. */
const FIXED: Readonly<Record<string, MessageId>> = {
  internal: 'web.apiError.internal',
  cross_site: 'web.apiError.crossSite',
  [DISK_FULL_CODE]: 'web.apiError.diskFull',
};

/**
 * The API's codes the page says in its own sentence, English too: the API's English adds what
 * came from the file (the names of a restored file's planted objects), which the page leaves out.
 */
const SAID_BY_CODE: Readonly<Record<string, MessageId>> = {
  [FOREIGN_SCHEMA_CODE]: 'web.apiError.foreignSchema',
};

/** At most this many characters of the API's own sentence are quoted. */
export const SAID_MAX = 160;

/** The status in words: what kind of refusal or failure it was. */
function statusWords(status: number, words: Translator): string {
  if (status === 403) return words.t('web.apiError.forbidden');
  if (status === 404) return words.t('web.apiError.notFound');
  if (status === 409) return words.t('web.apiError.conflict');
  if (status === 413) return words.t('web.apiError.tooLarge');
  if (status === 503) return words.t('web.apiError.busy', { status });
  return words.t(status >= 500 ? 'web.apiError.failed' : 'web.apiError.refused', { status });
}

const cut = (text: string): string => (text.length > SAID_MAX ? `${text.slice(0, SAID_MAX - 1)}…` : text);

/** `refusal`, and the app's own sentence quoted after it when it gave one. */
const withSaid = (refusal: string, said: string | null, words: Translator): string =>
  said === null ? refusal : words.t('web.apiError.said', { refusal, said: cut(said) });

/** A failed call (`error` as react-query holds it) in `words`' language. */
export function apiErrorWords(error: Error, words: Translator): string {
  const english = words.language === 'en';
  if (!(error instanceof ApiError))
    return english ? error.message : words.t('web.apiError.answered', { said: cut(error.message) });
  if (error.status === 0) return words.t('web.apiError.noAnswer');
  if (error.status === 401) return words.t('web.apiError.signedOut');
  // Which change, in the API's English; how to make it anyway, in the reader's language (issue 73).
  if (error.code === DANGEROUS_CODE) return withSaid(words.t('web.apiError.dangerous'), error.said, words);
  const fixed = error.code === null ? undefined : (FIXED[error.code] ?? SAID_BY_CODE[error.code]);
  if (fixed) return words.t(fixed);
  if (english && error.said !== null) return error.message;
  return withSaid(statusWords(error.status, words), english ? null : error.said, words);
}
