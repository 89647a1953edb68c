/**
 * The app-only operations (shared/contract/shell.ts) the preload exposes as
 * `window.ipwatch.shell`: the keychain vault, start at login, the first-run wizard, the log
 * folder and updates. Absent in a browser, where those parts of the UI do not show.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';

import type { ShellClient } from '../../../shared/contract/bridge';
import type { AppPrefs, SecretsStatus } from '../../../shared/contract/shell';
// `window.ipwatch` is declared there.
import type {} from './ipc';

export const shellOf = (w: Window = window): ShellClient | null => w.ipwatch?.shell ?? null;

export const PREFS_KEY = ['app-prefs'];
export const SECRETS_KEY = ['app-secrets'];

/** The app's preferences, or undefined in a browser (and until they load). */
export function useAppPrefs(shell: ShellClient | null) {
  return useQuery({
    queryKey: PREFS_KEY,
    queryFn: () => shell!.getPrefs(),
    enabled: shell !== null,
    staleTime: Infinity,
  });
}

export function useVault(shell: ShellClient) {
  return useQuery({ queryKey: SECRETS_KEY, queryFn: () => shell.getSecrets() });
}

/** Puts an answer of the shell where the hooks above read it. */
export function useShellAnswers() {
  const queries = useQueryClient();
  return {
    prefs: (p: AppPrefs) => queries.setQueryData(PREFS_KEY, p),
    secrets: (s: SecretsStatus) => queries.setQueryData(SECRETS_KEY, s),
  };
}
