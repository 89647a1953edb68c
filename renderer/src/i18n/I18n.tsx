/**
 * The dashboard's words: react-intl over the chosen language's catalogue (shared/i18n/catalogues).
 * The language follows dashboardLanguage(); while a newly chosen one loads, the page keeps the
 * words it has. `useTranslator()` gives components the shared `Translator` the words modules take.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';

import type { DashboardCatalogue, DashboardId, SettingsCatalogue } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';
import type { Translator } from '../../../shared/i18n/translator';
import { useStatus } from '../api/queries';
import { useAppearance } from '../appearance';
import { loadCatalogue, loadedCatalogue } from './catalogue';
import { browserLanguages, dashboardLanguage } from './choice';

/** Fixed words: a language and every word a page may show (the tests' whole catalogues). */
export interface Words {
  language: Language;
  messages: DashboardCatalogue & SettingsCatalogue;
}
/** Words shown: the first words; Settings' own come with their pages (settings-words.tsx). */
interface Shown {
  language: Language;
  messages: DashboardCatalogue;
}

/**
 * react-intl types its `messages` as every id: a chunk holds some, and SettingsWords adds the
 * rest where a page names them (tests/renderer/i18n/dashboard-ids.test.ts holds each page to its
 * chunk).
 */
export const asMessages = (messages: Partial<Record<DashboardId, string>>) => messages as Record<DashboardId, string>;

const shownNow = (language: Language): Shown | null => {
  const messages = loadedCatalogue(language);
  return messages ? { language, messages } : null;
};

/** The language this dashboard speaks now: this browser's choice, the app's setting, the browser's. */
export function useDashboardLanguage(): Language {
  const [appearance] = useAppearance();
  const status = useStatus();
  return dashboardLanguage(appearance.language, status.data?.language?.chosen, browserLanguages());
}

// Fixed words are whole (Settings' own too): SettingsWords has nothing to add to them.
const WholeWords = createContext(false);

/** Whether the words given hold Settings' own already (the tests' fixed catalogues). */
export const useWholeWords = (): boolean => useContext(WholeWords);

/**
 * `fixed` words replace the chosen language's (the tests' pseudo-language: tests/helpers/
 * pseudo-language.ts); without them the page speaks the language useDashboardLanguage() picks.
 */
export function I18nProvider({ children, fixed }: { children: ReactNode; fixed?: Words }) {
  if (fixed)
    return (
      <IntlProvider locale={fixed.language} defaultLocale="en" messages={fixed.messages}>
        <WholeWords value>{children}</WholeWords>
      </IntlProvider>
    );
  return <ChosenWords>{children}</ChosenWords>;
}

function ChosenWords({ children }: { children: ReactNode }) {
  const wanted = useDashboardLanguage();
  const [shown, setShown] = useState<Shown | null>(() => shownNow(wanted));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (shown?.language === wanted) return;
    let live = true;
    loadCatalogue(wanted).then(
      (messages) => live && setShown({ language: wanted, messages }),
      // A chunk that cannot be fetched (the server went away mid-update): keep the words shown,
      // or, with none yet, fall back to English's chunk once.
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, shown?.language]);
  useEffect(() => {
    if (!failed || shown) return;
    void loadCatalogue('en').then((messages) => setShown({ language: 'en', messages }));
  }, [failed, shown]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.language;
  }, [shown]);
  if (!shown) return null;
  return (
    <IntlProvider locale={shown.language} defaultLocale="en" messages={asMessages(shown.messages)}>
      {children}
    </IntlProvider>
  );
}

/** The shared words modules' Translator over this page's react-intl. */
export function useTranslator(): Translator {
  const intl = useIntl();
  return useMemo(
    () => ({
      language: intl.locale as Language,
      // The shared words modules name only the dashboard's ids here: tests/renderer/
      // dashboard-ids.test.ts reads every id they and the pages name and finds it in the chunk.
      t: (id, values) => intl.formatMessage({ id: id as DashboardId }, values),
      has: (id) => Object.hasOwn(intl.messages, id),
    }),
    [intl],
  );
}
