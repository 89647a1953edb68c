/**
 * A reason the engine decided, as the API gives it: the code and its values, and the English
 * field beside it written from that same code (shared/contract/reason.ts), so the two can never
 * say different things.
 */
import type { Reason } from '../../shared/contract/reason';
import { english } from '../../shared/i18n/translators';
import { reasonWords } from '../../shared/words/reason';

export { reason } from '../../shared/reason';

/** The reason in English: the API's and the log's words for it. */
export const inEnglish = (r: Reason): string => reasonWords(r, english);
