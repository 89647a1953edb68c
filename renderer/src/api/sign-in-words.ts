/**
 * The sign-in form's words for the refusals the server answers by status, for a person: a wrong
 * token, and the limit on failed sign-ins per address (10 a minute, then 429 with Retry-After),
 * which refuses every sign-in from that address, the right token too, until the wait is over;
 * and no answer at all, where the browser has only "TypeError: Failed to fetch". Pure.
 *
 * Each is a message of the catalogue (`refusal`), which the form says in the page's language;
 * the HTTP client, which holds no catalogue, keeps the English beside it for its error text, and
 * tests/renderer/sign-in-words.test.ts holds the two Englishes equal.
 */
import type { MessageId, MessageValues } from '../../../shared/i18n/translator';

/** A refusal as a message of the catalogue and its values. */
export interface SignInRefusal {
  id: MessageId;
  values?: MessageValues;
}

export const WRONG_TOKEN_WORDS = 'That token is not right.';
export const WRONG_TOKEN: SignInRefusal = { id: 'web.signIn.wrongToken' };

const waitOf = (retryAfter: string | null): number | null =>
  retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? Number(retryAfter) : null;

/** `retryAfter`: the 429's Retry-After header (seconds), or null when it has none. */
export function tooManySignInsWords(retryAfter: string | null): string {
  const seconds = waitOf(retryAfter);
  const wait = seconds === null ? 'for a while' : `for the next ${seconds} s`;
  return `Too many wrong tokens or sign-ins from this address. Every sign-in from it is refused ${wait}, even with the right token.`;
}

export function tooManySignIns(retryAfter: string | null): SignInRefusal {
  const seconds = waitOf(retryAfter);
  return seconds === null
    ? { id: 'web.signIn.tooManyWhile' }
    : { id: 'web.signIn.tooManyFor', values: { seconds: String(seconds) } };
}

/**
 * No answer: the runner stopped, or the network between the browser and it is down. Said after
 * "Could not load status: " by the pages and after "Sign-in failed: " by the form.
 */
export const NO_ANSWER_WORDS =
  'no answer from IPWatch (it may have stopped, or the network between you and it is down)';
/** The form's whole line for it: "Sign-in failed: no answer from IPWatch (...)." */
export const NO_ANSWER: SignInRefusal = { id: 'web.signIn.noAnswer' };
