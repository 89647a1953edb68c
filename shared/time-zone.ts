/** Time zone names. Pure and free of zod, so the renderer's first page can use it without the schema. */

/** True when Intl knows the IANA time zone name (e.g. `Europe/Berlin`). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
