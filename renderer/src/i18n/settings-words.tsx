/**
 * Settings' own words (shared/i18n/catalogues/<lang>/settings-page.ts) come with the pages that
 * name them, not with the first frame (bench/README.md "The words on the cold load"). A page's
 * loader wrapped in `withSettingsWords` fetches them beside the page's code and draws the page
 * inside `SettingsWords`, which adds them to the page's words. Until they are here the page
 * suspends, so its Suspense shows the page's loading line, never a raw id.
 */
import { type ComponentType, type ReactNode, use, useMemo } from 'react';
import { IntlProvider, useIntl } from 'react-intl';

import type { DashboardId } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';
import { loadSettingsWords } from './catalogue';
import { asMessages, useWholeWords } from './I18n';

/** `children` with Settings' words beside the page's, in the page's language. */
export function SettingsWords({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const language = intl.locale as Language;
  const whole = useWholeWords();
  const mine = whole ? null : use(loadSettingsWords(language));
  // Strings: the catalogues are never precompiled to ICU trees here.
  const shown = intl.messages as Partial<Record<DashboardId, string>>;
  const messages = useMemo(() => (mine ? { ...shown, ...mine } : null), [shown, mine]);
  if (!messages) return children;
  return (
    <IntlProvider locale={language} defaultLocale={intl.defaultLocale} messages={asMessages(messages)}>
      {children}
    </IntlProvider>
  );
}

/**
 * A page's loader whose page names Settings' words: the words are fetched beside its code (in
 * the language last asked for) and the page is drawn inside SettingsWords.
 */
export function withSettingsWords<P extends object>(
  load: () => Promise<ComponentType<P>>,
): () => Promise<ComponentType<P>> {
  return () =>
    Promise.all([load(), loadSettingsWords()]).then(([Page]) => {
      const WithWords = (props: P) => (
        <SettingsWords>
          <Page {...props} />
        </SettingsWords>
      );
      WithWords.displayName = `WithSettingsWords(${Page.displayName ?? Page.name})`;
      return WithWords;
    });
}
