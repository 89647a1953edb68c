/**
 * The shell's real operations (electron/shell/shell-api.ts) over a temp folder, under the one
 * electron mock: the real vault, app state, settings store and XDG autostart. Tests replace
 * the parts they watch (the desktop notifier, the vault with a redactor...).
 */
import path from 'node:path';

import { safeStorage } from 'electron';

import { createLogger } from '../../../electron/engine/logger';
import { openAppState } from '../../../electron/shell/app-state';
import { createAutostart } from '../../../electron/shell/autostart';
import type { ShellHandlers } from '../../../electron/shell/ipc';
import { openSecretVault } from '../../../electron/shell/secrets';
import { openSettingsStore } from '../../../electron/shell/settings-store';
import { createShellApi, type ShellApiDeps } from '../../../electron/shell/shell-api';

export const XDG_EXEC = '/opt/IPWatch/ipwatch';

export function testShellApi(dir: string, over: Partial<ShellApiDeps> = {}): ShellHandlers {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  return createShellApi({
    vault: openSecretVault({ file: path.join(dir, 'secrets.json'), safeStorage, logger, platform: 'linux' }),
    appState: openAppState(dir),
    autostart: createAutostart({
      platform: 'linux',
      app: {} as never,
      env: { XDG_CONFIG_HOME: dir },
      home: dir,
      execPath: XDG_EXEC,
    }),
    settings: openSettingsStore(dir, {}),
    desktop: { notify: async () => undefined },
    logFile: path.join(dir, 'logs', 'ipwatch.log'),
    openPath: async () => '',
    updateReady: () => null,
    restartToUpdate: () => false,
    restartApp: () => false,
    changed: () => undefined,
    secretsChanged: async () => undefined,
    ...over,
  });
}
