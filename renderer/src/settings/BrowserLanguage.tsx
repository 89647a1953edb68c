/**
 * This browser's own language, under the app's language setting on Settings' Language page: the
 * one place a language is chosen (issue 75; Appearance links here). 'Automatic' follows the app's
 * language setting, else the browser's; choosing one re-renders the whole dashboard in it at
 * once (i18n/I18n.tsx) and needs no save (appearance.ts keeps it). Folded while it follows the
 * app, so the page shows one selector. Each language is named in itself, so a person who cannot
 * read the page's words still finds theirs.
 */
import { useIntl } from 'react-intl';

import { LANGUAGE_CHOICES, LANGUAGE_NAMES, type LanguageChoice } from '../../../shared/i18n/languages';
import { useAppearance } from '../appearance';
import { FieldRow } from './FieldRow';

export function BrowserLanguage() {
  const [a, update] = useAppearance();
  const t = useIntl().formatMessage;
  return (
    <details className="disclosure" open={a.language !== 'auto' || undefined}>
      <summary>{t({ id: 'settings.language.browser' })}</summary>
      <FieldRow label={t({ id: 'settings.look.language' })} help={t({ id: 'settings.look.languageHelp' })}>
        {(control) => (
          <select
            {...control}
            value={a.language}
            onChange={(e) => update({ language: e.target.value as LanguageChoice })}
          >
            {LANGUAGE_CHOICES.map((l) =>
              l === 'auto' ? (
                <option key={l} value={l}>
                  {t({ id: 'settings.look.languageAuto' })}
                </option>
              ) : (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ),
            )}
          </select>
        )}
      </FieldRow>
    </details>
  );
}
