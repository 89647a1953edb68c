/**
 * The page's formatters bound to its language (react-intl's) and this browser's zone and clock
 * (Appearance): one hook, so a component says `f.time(ms)` and never passes either by hand.
 */
import { useMemo } from 'react';

import { formatNumber } from '../../../shared/i18n/format';
import type { Translator } from '../../../shared/i18n/translator';
import { formatDuration } from '../../../shared/words/duration';
import { useAppearance } from '../appearance';
import { formatRelative, formatTime } from '../format';
import { useTranslator } from './I18n';

export interface Formatters {
  /** The page's words (for the shared words modules). */
  words: Translator;
  /** A moment, date and time ("—" for none). */
  time: (ms: number | null | undefined) => string;
  /** "in 40 s", "12 min ago". */
  relative: (ms: number | null | undefined, now: number) => string;
  /** "3 d 4 h": the two largest units. */
  duration: (ms: number) => string;
  /** A number as the language writes it. */
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
}

export function useFormat(): Formatters {
  const words = useTranslator();
  const [appearance] = useAppearance();
  const { timeZone, clock } = appearance;
  return useMemo(
    () => ({
      words,
      time: (ms) => formatTime(ms, { timeZone, clock }, words.language),
      relative: (ms, now) => formatRelative(ms, now, words),
      duration: (ms) => formatDuration(ms, 2, words),
      number: (n, options) => formatNumber(n, words.language, options),
    }),
    [words, timeZone, clock],
  );
}
