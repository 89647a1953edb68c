/**
 * The shared contract's operations in the app: the engine's one implementation
 * (electron/engine/api, the same the HTTP API serves) over the app's runtime, its history and
 * settings.json (secrets typed in go to the vault). Calls from the window are audited as the "ui"; the IPC layer validates every
 * input with the contract's schemas before it arrives here.
 */
import { createApiCore } from '../engine/api';
import type { AppState } from './app-state';
import type { ApiHandlers } from './ipc';
import type { AppRuntime } from './runtime-host';
import type { SecretVault } from './secrets';
import { vaultedSettingsAccess } from './vault-settings';

export function createAppApi(
  host: AppRuntime,
  o: {
    dataDir: string;
    version: string;
    vault: SecretVault;
    appState: Pick<AppState, 'firstRunDone' | 'setFirstRunDone'>;
  },
): ApiHandlers {
  const { handlers } = createApiCore({
    services: host.runtime.services,
    // Secrets typed into the settings go to the keychain vault; settings.json gets references.
    settings: vaultedSettingsAccess(host.settingsAccess, o.vault),
    dataDir: o.dataDir,
    logger: host.logger.child('api'),
    version: o.version,
    // The window's own wizard keeps the app's first-run flag; the contract reports the same one.
    firstRun: {
      pending: () => !o.appState.firstRunDone(),
      end: async () => o.appState.setFirstRunDone(true),
    },
  });
  const ui = { actor: 'ui' };
  return Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      (input: unknown) => (handler as (i: unknown, c: typeof ui) => Promise<unknown>)(input, ui),
    ]),
  ) as ApiHandlers;
}
