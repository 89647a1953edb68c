/**
 * The sign-in form's words for the refusals the server answers by status, for a person: a wrong
 * token, and the limit on failed sign-ins per address (10 a minute, then 429 with Retry-After),
 * which refuses every sign-in from that address, the right token too, until the wait is over. Pure.
 */
export const WRONG_TOKEN_WORDS = 'That token is not right.';

/** `retryAfter`: the 429's Retry-After header (seconds), or null when it has none. */
export function tooManySignInsWords(retryAfter: string | null): string {
  const seconds = retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
  const wait = seconds === null ? 'for a while' : `for the next ${seconds} s`;
  return `Too many wrong tokens or sign-ins from this address. Every sign-in from it is refused ${wait}, even with the right token.`;
}
