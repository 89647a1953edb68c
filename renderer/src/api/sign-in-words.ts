/**
 * The sign-in form's words for the refusals the server answers by status, for a person: a wrong
 * token, and the limit on failed sign-ins per address (10 a minute, then 429 with Retry-After),
 * which refuses every sign-in from that address, the right token too, until the wait is over;
 * and no answer at all, where the browser has only "TypeError: Failed to fetch". Pure.
 */
export const WRONG_TOKEN_WORDS = 'That token is not right.';

/** `retryAfter`: the 429's Retry-After header (seconds), or null when it has none. */
export function tooManySignInsWords(retryAfter: string | null): string {
  const seconds = retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
  const wait = seconds === null ? 'for a while' : `for the next ${seconds} s`;
  return `Too many wrong tokens or sign-ins from this address. Every sign-in from it is refused ${wait}, even with the right token.`;
}

/**
 * No answer: the runner stopped, or the network between the browser and it is down. Said after
 * "Could not load status: " by the pages and after "Sign-in failed: " by the form.
 */
export const NO_ANSWER_WORDS =
  'no answer from IPWatch (it may have stopped, or the network between you and it is down)';
