/**
 * Whether this page may change anything (issue 50): Pause, Resume, Save and every other control
 * that calls a `mutates` method of shared/contract/, which the API gives to admins only. It asks
 * who the page acts for the same way as Test and Check now (useTestBlocked): a page that may not
 * test may not change either, so one question answers both and the words are said once.
 */
import { viewersCannotChange } from '../../../shared/words/roles';
import { useTranslator } from '../i18n/I18n';
import { useTestBlocked } from './may-act';

/** The reason this page may not change anything, or null when it may (or cannot tell). */
export function useChangeBlocked(): string | null {
  const words = useTranslator();
  return useTestBlocked() === null ? null : viewersCannotChange(words);
}
