/**
 * The shell around the engine, in the order main.ts needs it: first the parts the runtime
 * is built with (the window manager and the desktop notifier), then, given the runtime,
 * the tray, the IPC handlers, the updater. Every part returns its dispose, called in
 * reverse by dispose().
 */
import os from 'node:os';
import path from 'node:path';

import { app, ipcMain, session, shell as electronShell } from 'electron';

import type { EngineEvent } from '../../shared/types';
import type { Logger } from '../engine/logger';
import type { Redactor } from '../engine/secrets/redact';
import { createAppApi } from './app-api';
import { openAppState } from './app-state';
import { createAutostart } from './autostart';
import { setupIpc } from './ipc';
import { createElectronNotifier } from './notifications';
import type { AppRuntime } from './runtime-host';
import type { SecretVault } from './secrets';
import { openSettingsStore } from './settings-store';
import { createShellApi } from './shell-api';
import { type Page, setupTray, type TrayHandle } from './tray';
import { iconsDir, trayIconPath } from './tray-icons';
import type { UpdatesHandle } from './updates';
import { isAppUrl, setupWindows } from './windows';

export interface ShellOptions {
  dataDir: string;
  appUrl: string;
  preload: string;
  logger: Logger;
  logFile: string;
  redactor: Redactor;
  vault: SecretVault;
  env: NodeJS.ProcessEnv;
  /** Starts electron-updater when this build updates itself (updates.ts); null otherwise. */
  startUpdates: ((onReady: () => void) => UpdatesHandle) | null;
  quit(): void;
}

export function createShell(o: ShellOptions) {
  const appState = openAppState(o.dataDir);
  const icons = iconsDir(app.isPackaged, app.getAppPath(), process.resourcesPath ?? '');
  const appIcon = path.join(icons, 'app', '256x256.png');
  const windows = setupWindows({
    app,
    session: session.defaultSession,
    appUrl: o.appUrl,
    preload: o.preload,
    logger: o.logger.child('windows'),
    bounds: { get: () => appState.bounds(), set: (b) => appState.setBounds(b) },
    icon: appIcon,
  });
  // Events reach the notifier before the runtime exists; they are forwarded once it does.
  const listeners = new Set<(e: EngineEvent) => void>();
  const onEvent = (l: (e: EngineEvent) => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const desktop = createElectronNotifier({
    onEvent,
    open: (route) => windows.open(route),
    logger: o.logger.child('notifications'),
    icon: appIcon,
  });
  const autostart = createAutostart({
    platform: process.platform,
    app,
    env: process.env,
    home: os.homedir(),
    execPath: process.execPath,
  });
  const disposers: (() => void)[] = [() => windows.dispose(), () => desktop.dispose()];
  let tray: TrayHandle | null = null;

  return {
    desktop,
    appState,
    open: (page: Page | string) => windows.open(page),
    /** Builds the parts that need the running engine. */
    attach(host: AppRuntime) {
      const { runtime } = host;
      disposers.push(runtime.engine.on((e) => listeners.forEach((l) => l(e))));
      const updates = o.startUpdates?.(() => tray?.refresh()) ?? null;
      if (updates) disposers.push(() => updates.dispose());
      const settings = openSettingsStore(o.dataDir, o.env);
      tray = setupTray({
        status: () => runtime.status(),
        onEvent,
        checkNow: () => runtime.engine.checkNow('manual'),
        pause: () => runtime.pause(),
        resume: () => runtime.resume(),
        open: (page) => windows.open(page),
        startAtLogin: autostart,
        updateReady: () => updates?.ready() ?? null,
        restartToUpdate: () => updates?.restart(),
        quit: o.quit,
        iconPath: (state) => trayIconPath(state, icons),
        logger: o.logger.child('tray'),
      });
      const t = tray;
      disposers.push(() => t.dispose());
      disposers.push(
        setupIpc({
          ipcMain,
          api: createAppApi(host, {
            dataDir: o.dataDir,
            version: app.getVersion(),
            redactor: o.redactor,
            vault: o.vault,
          }),
          shell: createShellApi({
            vault: o.vault,
            appState,
            autostart,
            settings,
            desktop,
            logFile: o.logFile,
            openPath: (p) => electronShell.openPath(p),
            updateReady: () => updates?.ready() ?? null,
            restartToUpdate: () => updates?.restart() ?? false,
            changed: () => t.refresh(),
            secretsChanged: () => runtime.updateSettings(host.settings()),
          }),
          isAppUrl: (url) => isAppUrl(url, o.appUrl),
          // Events leave the main process redacted, like the status.
          onEvent: (l) => onEvent((e) => l(o.redactor.deep(e))),
          logger: o.logger.child('ipc'),
        }),
      );
      return t;
    },
    get tray() {
      return tray;
    },
    dispose() {
      for (const d of disposers.reverse()) d();
      disposers.length = 0;
    },
  };
}
export type Shell = ReturnType<typeof createShell>;
