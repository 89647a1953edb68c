/**
 * Times and numbers in a language, through Intl: one formatter per kind, each Intl object built
 * once per language and zone. Durations are shared/words/duration.ts's (the catalogue's units).
 * Pure, and free of FormatJS, so any side may take it.
 */
import type { Language } from './languages';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/** A moment to the second, 24-hour, with its zone: what every language's line shows (its month is its own). */
const TO_THE_SECOND = {
  year: 'numeric',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
} as const satisfies Intl.DateTimeFormatOptions;

/** English's shape: ISO 8601's order, which no reader misreads ("2026-11-23 01:40:06 GMT+1"). */
function isoLike(at: number, timeZone: string | undefined): string {
  const f = cached(
    `iso|${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat('en-US', { ...TO_THE_SECOND, timeZone, month: '2-digit' }),
  );
  const parts = f.formatToParts(new Date(at));
  const p = (t: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}:${p('second')} ${p('timeZoneName')}`;
}

/**
 * A moment in the user's time zone ('' = this machine's), as the language writes it: English
 * keeps IPWatch's ISO-like line ("2026-11-23 01:40:06 GMT+1"), German and Indonesian their own
 * ("23.11.2026, 01:40:06 MEZ", "23 Nov 2026, 01.40.06 GMT+1"), 24-hour and with the zone.
 */
export function formatDateTime(at: number, language: Language, timeZone: string): string {
  const zone = timeZone || undefined;
  if (language === 'en') return isoLike(at, zone);
  const f = cached(
    `${language}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(language, {
        ...TO_THE_SECOND,
        timeZone: zone,
        month: language === 'de' ? '2-digit' : 'short',
      }),
  );
  return f.format(new Date(at));
}

/** A number as the language writes it ("1,234.5", "1.234,5", "1.234,5"). */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(language, options)).format(value);
}

/** Items joined as the language joins a short list ("IPv4 and IPv6", "IPv4 und IPv6", "IPv4 dan IPv6"). */
export function formatList(items: readonly string[], language: Language): string {
  let f = lists.get(language);
  if (!f) {
    f = new Intl.ListFormat(language, { type: 'conjunction' });
    lists.set(language, f);
  }
  return f.format(items);
}

const lists = new Map<Language, Intl.ListFormat>();
