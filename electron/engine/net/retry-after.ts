/**
 * Retry-After (RFC 9110 section 10.2.3), read the one way the sources and the notification
 * channels both need: delay-seconds or an HTTP date, as ms from `now`.
 *
 *   value                               | result
 *   ------------------------------------+-------------------------------------------
 *   absent, empty, unreadable           | undefined (the caller's own backoff applies)
 *   `120`, ` 5 `, `1.5` (seconds)       | 120000, 5000, 1500
 *   `-5`, `1e3`                         | undefined (not delay-seconds, and not a date)
 *   an HTTP date                        | ms until then; 0 when it has passed
 *   repeated header                     | the first value
 *
 * Fractional seconds are not in the RFC but some services send them; reading them costs nothing.
 * `now` is the caller's clock, so a test with a fake clock gets exact figures.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // All three HTTP date forms open with a day name; Date.parse alone would take "-5" as a year.
  const at = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
