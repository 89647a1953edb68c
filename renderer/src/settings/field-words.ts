/**
 * The page's words for the settings' fields: the schema's labels, help and choice names looked up
 * by their English (shared/settings/meta-keys.ts) and the form's own words (form-words.ts), through
 * the page's react-intl.
 */
import { useContext, useMemo } from 'react';
import { IntlContext, type IntlShape } from 'react-intl';

import type { Language } from '../../../shared/i18n/languages';
import type { Translator } from '../../../shared/i18n/translator';

/**
 * The page's Translator, or none where no react-intl provider is above (a field drawn alone, as
 * a test does): then the fields keep the schema's English, which is what English looks up anyway.
 */
export function useFieldWords(): Translator | undefined {
  // IntlContext's default is undefined; react-intl's own useIntl throws there instead.
  const intl = useContext(IntlContext) as IntlShape | undefined;
  return useMemo(
    () =>
      intl ? { language: intl.locale as Language, t: (id, values) => intl.formatMessage({ id }, values) } : undefined,
    [intl],
  );
}

export { formWord } from './form-words';
