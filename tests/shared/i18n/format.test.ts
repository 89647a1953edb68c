/** Durations, times and numbers in the three languages: one formatter each, through the catalogue and Intl. */
import { describe, expect, it } from 'vitest';

import { formatDateTime, formatNumber } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { english, translator } from '../../../shared/i18n/translators';
import { DDNS_STATE_WORDS, ddnsStateWords } from '../../../shared/words/ddns';
import { formatDuration } from '../../../shared/words/duration';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

describe('formatDuration in a language', () => {
  it.each<[number, 1 | 2, Language, string]>([
    [3 * D + 4 * H + 5 * MIN, 2, 'en', '3 d 4 h'],
    [3 * D + 4 * H + 5 * MIN, 2, 'de', '3 Tg. 4 Std.'],
    [3 * D + 4 * H + 5 * MIN, 2, 'id', '3 hr 4 jam'],
    [4 * MIN + 18 * S, 2, 'en', '4 min 18 s'],
    [4 * MIN + 18 * S, 2, 'de', '4 Min. 18 Sek.'],
    [4 * MIN + 18 * S, 2, 'id', '4 mnt 18 dtk'],
    [4 * MIN + 18 * S, 1, 'de', '4 Min.'],
    [2 * H + 30 * S, 2, 'id', '2 jam'],
    [42 * S, 2, 'de', '42 Sek.'],
    [0, 2, 'de', '0 Sek.'],
    [999, 2, 'id', '0 dtk'],
    [-1, 2, 'de', '—'],
    [Number.NaN, 2, 'id', '—'],
    [1234 * D, 2, 'de', '1234 Tg.'],
  ])('%d ms, %d units, %s -> %j', (ms, units, language, text) =>
    expect(formatDuration(ms, units, translator(language))).toBe(text),
  );

  it("says English through the catalogue exactly as the untranslated callers' English", () => {
    const spans = [
      0,
      999,
      1000,
      59 * S,
      MIN,
      61 * MIN + 5 * S,
      25 * H,
      3 * D + 59 * MIN,
      400 * D + 3 * H,
      -5,
      Infinity,
    ];
    for (const ms of spans)
      for (const units of [1, 2] as const)
        expect(formatDuration(ms, units, english), `${ms} ${units}`).toBe(formatDuration(ms, units));
  });
});

describe('ddnsStateWords', () => {
  it('says in English what DDNS_STATE_WORDS says', () => {
    for (const [state, words] of Object.entries(DDNS_STATE_WORDS))
      expect(ddnsStateWords(state as keyof typeof DDNS_STATE_WORDS, english)).toBe(words);
  });
  it.each<[Language, string]>([
    ['de', 'abgeschaltet'],
    ['id', 'dinonaktifkan'],
  ])('switched off in %s: %s', (language, words) =>
    expect(ddnsStateWords('stopped', translator(language))).toBe(words),
  );
});

describe('formatDateTime: in the language and the zone', () => {
  const AT = Date.UTC(2026, 10, 23, 0, 40, 6);
  it.each<[Language, string, string]>([
    ['en', 'Europe/Berlin', '2026-11-23 01:40:06 GMT+1'],
    ['en', 'UTC', '2026-11-23 00:40:06 UTC'],
    ['de', 'Europe/Berlin', '23.11.2026, 01:40:06 MEZ'],
    ['de', 'UTC', '23.11.2026, 00:40:06 UTC'],
    ['id', 'Asia/Jakarta', '23 Nov 2026, 07.40.06 WIB'],
    ['id', 'Europe/Berlin', '23 Nov 2026, 01.40.06 GMT+1'],
  ])('%s in %s -> %j', (language, zone, text) => expect(formatDateTime(AT, language, zone)).toBe(text));

  it("reads '' as this machine's zone", () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatDateTime(AT, 'de', '')).toBe(formatDateTime(AT, 'de', here));
  });
});

describe('formatNumber', () => {
  it.each<[number, Language, Intl.NumberFormatOptions, string]>([
    [1234.5, 'en', {}, '1,234.5'],
    [1234.5, 'de', {}, '1.234,5'],
    [1234.5, 'id', {}, '1.234,5'],
    [0.995, 'de', { style: 'percent', maximumFractionDigits: 1 }, '99,5\u00a0%'],
    [0.995, 'id', { style: 'percent', maximumFractionDigits: 1 }, '99,5%'],
  ])('%d in %s %j -> %j', (n, language, options, text) => expect(formatNumber(n, language, options)).toBe(text));
});
