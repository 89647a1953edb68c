/**
 * Whether this page may press a Test or Check now (issue 50): those send or spend a request
 * outside (`acts` in shared/contract/), which the API gives to admins only. In a browser the page
 * asks who it acts for once (useWhoAmI, shared with the header); the app's own window is admin.
 * When that cannot be told the buttons stay on: the API still refuses a viewer, in words.
 */
import { viewersCannotTest } from '../../../shared/words/roles';
import { useTranslator } from '../i18n/I18n';
import { useEngine } from './engine';
import { useWhoAmI } from './who-am-i';

/** The reason this page may not press a Test or Check now, or null when it may (or cannot tell). */
export function useTestBlocked(): string | null {
  const { http } = useEngine();
  const role = useWhoAmI(http)?.role;
  const words = useTranslator();
  return role === undefined || role === 'admin' ? null : viewersCannotTest(words);
}
