/**
 * Which language a dashboard speaks (docs/i18n.md): this browser's own choice (Appearance), else
 * the app's language setting, else the browser's languages by BCP 47 lookup, else English. Pure.
 */
import { type Language, type LanguageChoice, pickLanguage } from '../../../shared/i18n/languages';

export function dashboardLanguage(
  own: LanguageChoice,
  app: LanguageChoice | undefined,
  browser: readonly string[],
): Language {
  if (own !== 'auto') return own;
  if (app && app !== 'auto') return app;
  return pickLanguage(browser, 'en');
}

/** The browser's languages, most wanted first (navigator.languages, or its one language). */
export const browserLanguages = (): readonly string[] =>
  globalThis.navigator?.languages?.length ? navigator.languages : [globalThis.navigator?.language ?? 'en'];
