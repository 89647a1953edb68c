/**
 * The zone, clock and language every time on the pages and the charts is written in:
 * Appearance's zone and clock, and the language shown. The locale follows formatTime's rule
 * (renderer/src/format.ts): English keeps the browser's own (as the dashboard always did), German
 * and Indonesian are written as their language writes them, on the axes as in the tables.
 */
import { useMemo } from 'react';
import { useIntl } from 'react-intl';

import type { Language } from '../../../shared/i18n/languages';
import { useAppearance } from '../appearance';
import type { Zone } from './time-ticks';

export interface PageZone extends Zone {
  language: Language;
}

export function useZone(): PageZone {
  const [appearance] = useAppearance();
  const language = useIntl().locale as Language;
  const { timeZone, clock } = appearance;
  return useMemo(
    () => ({ timeZone, clock, language, ...(language === 'en' ? {} : { locale: language }) }),
    [timeZone, clock, language],
  );
}
