/**
 * A failure as a person reads it (shared/words/error.ts): the sentence first, and the engine's own
 * text, codes included, folded under "Details" for whoever wants it, marked `translate="no"`: it is
 * the engine's words as it met them, the same in every language (docs/api.md).
 */
import type { ReactNode } from 'react';

import { type ErrorWords, errorWords } from '../../../shared/words/error';
import { useTranslator } from '../i18n/I18n';

/**
 * `after` goes between the words and Details (when it happened); `said`, words already read from
 * the error's code (shared/words/source-error.ts), instead of reading `raw`.
 */
export function ErrorText({
  raw,
  url,
  after,
  said,
}: {
  raw: string;
  url?: string | undefined;
  after?: ReactNode;
  said?: ErrorWords | undefined;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const { words, details } = said ?? errorWords(raw, translator, url);
  return (
    <>
      <span className="error-words">{words}</span>
      {after}
      {details !== null && (
        <details className="error-details small">
          <summary>{t('web.error.details')}</summary>
          {/* The engine's own text, codes included: never translated (by us or a browser's page translator). */}
          <code translate="no">{details}</code>
        </details>
      )}
    </>
  );
}
