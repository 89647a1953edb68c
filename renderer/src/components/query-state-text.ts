/**
 * The words QueryState shows for what a page loads ("history", "the audit log"), in `words`'
 * language: `what` is already in it (the caller's own message). Pure.
 */
import type { Translator } from '../../../shared/i18n/translator';

/** A phrase that already has its determiner ("the audit log") cannot follow "No". */
const DETERMINED = /^(the|a|an|this|that|these|those|my|your|our|its|their)\s/i;

export function queryStateText(what: string, words?: Translator): { loading: string; failed: string; empty: string } {
  const determined = DETERMINED.test(what) ? 'yes' : 'no';
  // Without a language (a caller not moved over yet): English, as the catalogue's English says it.
  if (!words)
    return {
      loading: `Loading ${what}…`,
      failed: `Could not load ${what}`,
      empty: determined === 'yes' ? `Nothing in ${what} yet.` : `No ${what} yet.`,
    };
  return {
    loading: words.t('web.query.loading', { what }),
    failed: words.t('web.query.failed', { what }),
    empty: words.t('web.query.empty', { what, determined }),
  };
}
