/**
 * The zone, clock and locale every time on the pages and the charts is written in: Appearance's
 * zone and clock, and the language shown. The locale is the browser's own tag when it speaks that
 * language (an en-GB browser keeps its day-month order in English), else the language itself.
 */
import { useMemo } from 'react';
import { useIntl } from 'react-intl';

import { type Language, lookupLanguage } from '../../../shared/i18n/languages';
import { useAppearance } from '../appearance';
import { browserLanguages } from '../i18n/choice';
import type { Zone } from './time-ticks';

/** The first of the browser's tags that is `language`, else the language's own tag. Pure. */
export function dateLocale(language: string, browser: readonly string[]): string {
  return browser.find((tag) => lookupLanguage(tag) === (language as Language)) ?? language;
}

export function useZone(): Zone {
  const [appearance] = useAppearance();
  const { locale } = useIntl();
  const { timeZone, clock } = appearance;
  return useMemo(
    () => ({ timeZone, clock, locale: dateLocale(locale, browserLanguages()) }),
    [timeZone, clock, locale],
  );
}
