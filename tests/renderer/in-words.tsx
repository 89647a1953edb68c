/**
 * A component alone (not the whole App) in a language: testing-library's `wrapper` with the
 * dashboard's I18nProvider fixed to `words`, English unless told (the pseudo-language, German...).
 */
import type { ReactNode } from 'react';

import { I18nProvider, type Words } from '../../renderer/src/i18n/I18n';
import { en } from '../../shared/i18n/catalogues/en';

export const ENGLISH: Words = { language: 'en', messages: en };

export const inWords =
  (words: Words = ENGLISH) =>
  ({ children }: { children: ReactNode }) => <I18nProvider fixed={words}>{children}</I18nProvider>;

/** English words around a component rendered alone: `render(<X />, { wrapper: InEnglish })`. */
export const InEnglish = inWords();
